import { openSink } from './sink.ts';

export interface JsonArrayOptions {
  /** Wrap the array as `{"data": [...]}`. */
  wrapInData: boolean;
  bom: boolean;
}

/** Streams items as one JSON array (one item a line), optionally inside `{"data": ...}`. */
export async function writeJsonArray(
  path: string,
  items: Iterable<unknown>,
  options: JsonArrayOptions,
): Promise<void> {
  const sink = await openSink(path);
  await sink.write(`${options.bom ? '\uFEFF' : ''}${options.wrapInData ? '{"data": [' : '['}\n`);
  let first = true;
  for (const item of items) {
    await sink.write(`${first ? '' : ',\n'}  ${JSON.stringify(item)}`);
    first = false;
  }
  await sink.write(`\n]${options.wrapInData ? '}' : ''}\n`);
  await sink.close();
}

/** Streams ready-made lines (NDJSON / JSONL): a planted broken line is just another string. */
export async function writeLines(
  path: string,
  lines: Iterable<string>,
  eol: '\n' | '\r\n',
): Promise<void> {
  const sink = await openSink(path);
  for (const line of lines) await sink.write(line + eol);
  await sink.close();
}

/** A small JSON document, pretty-printed as an API dump. */
export async function writeJson(path: string, value: unknown): Promise<void> {
  const sink = await openSink(path);
  await sink.write(`${JSON.stringify(value, null, 2)}\n`);
  await sink.close();
}
