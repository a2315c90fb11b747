import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

/** An append-only NDJSON file that respects back-pressure, so a million lines stay on disk. */
export class NdjsonWriter {
  private readonly stream: WriteStream;

  constructor(path: string) {
    this.stream = createWriteStream(path, { encoding: 'utf8' });
  }

  async write(value: unknown): Promise<void> {
    await this.writeRaw(`${JSON.stringify(value)}\n`);
  }

  /** Appends text that is NDJSON already (lines ending in a newline). */
  async writeRaw(text: string): Promise<void> {
    if (!this.stream.write(text)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    this.stream.end();
    await once(this.stream, 'finish');
  }
}

export async function* readNdjsonLines(path: string): AsyncGenerator {
  for await (const line of readLines(path)) yield JSON.parse(line);
}

/** The non-empty lines of a file, as text: for a stage that parses only some of them. */
export async function* readLines(path: string): AsyncGenerator<string> {
  for await (const line of createInterface({
    input: createReadStream(path),
    crlfDelay: Infinity,
  })) {
    if (line) yield line;
  }
}
