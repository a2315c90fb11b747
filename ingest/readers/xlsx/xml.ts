import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { Readable } from 'node:stream';

export interface XmlHandlers {
  open?: (name: string, attributes: Record<string, string>) => void;
  text?: (text: string) => void;
  close?: (name: string) => void;
}

/** Element names without their namespace prefix: some writers use `x:row`, most plain `row`. */
function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

/** A streaming XML parser (saxes) with local names and plain string attributes. */
export function xmlParser(handlers: XmlHandlers): SaxesParser {
  const parser = new SaxesParser();
  parser.on('opentag', (tag: SaxesTagPlain) =>
    handlers.open?.(localName(tag.name), tag.attributes),
  );
  parser.on('text', (text) => handlers.text?.(text));
  parser.on('closetag', (tag) => handlers.close?.(localName(tag.name)));
  return parser;
}

/** Parses a whole small part (workbook, relationships, styles). */
export function parseXml(text: string, handlers: XmlHandlers): void {
  xmlParser(handlers).write(text).close();
}

/** Feeds a stream through the parser chunk by chunk, handing out what `drain` built so far. */
export async function* streamXml<T>(
  input: Readable,
  handlers: XmlHandlers,
  drain: () => T[],
  onBytes?: (bytes: number) => void,
): AsyncGenerator<T> {
  const parser = xmlParser(handlers);
  // Decoding in the stream keeps a character split across two chunks whole.
  input.setEncoding('utf8');
  try {
    for await (const chunk of input) {
      const text = chunk as string;
      parser.write(text);
      onBytes?.(text.length);
      yield* drain();
    }
    parser.close();
  } catch (error) {
    // What was built before the parser failed in a chunk is still handed out.
    yield* drain();
    throw error;
  }
  yield* drain();
}

/** Streams a part through the parser when only the handlers' side effects matter. */
export async function consumeXml(input: Readable, handlers: XmlHandlers): Promise<void> {
  const parser = xmlParser(handlers);
  input.setEncoding('utf8');
  for await (const chunk of input) parser.write(chunk as string);
  parser.close();
}
