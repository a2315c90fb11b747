import type { Readable } from 'node:stream';
import { jsonItemEvent } from './json-item.ts';
import { openCounted } from './file-stream.ts';
import { DEFAULT_READ_LIMITS, type ReadLimits } from './limits.ts';
import type { ReadEvent, ReadProgress } from './types.ts';

/**
 * Streams an NDJSON / JSONL file, one object per line, numbered by line. A broken line, or one
 * longer than the limit (never held whole), is reported and the rest of the file still goes in.
 */
export async function* readNdjson(
  path: string,
  progress: ReadProgress,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
): AsyncGenerator<ReadEvent> {
  let row = 0;
  for await (const line of boundedLines(await openCounted(path, progress), limits.maxLineChars)) {
    row += 1;
    if (line === undefined) {
      const reason = `the line is longer than ${String(limits.maxLineChars)} bytes, the limit`;
      yield { kind: 'broken', broken: { row, reason } };
      continue;
    }
    const text = row === 1 ? line.replace(/^\uFEFF/, '') : line;
    if (!text.trim()) continue;
    yield parseLine(text, row, limits.maxDepth);
  }
}

/**
 * The lines of a byte stream (`\n` or `\r\n`), decoded whole so a character split between two
 * chunks stays whole; a line over `maxBytes` is dropped as it streams in and given as undefined.
 */
async function* boundedLines(
  input: Readable,
  maxBytes: number,
): AsyncGenerator<string | undefined> {
  let pending: Buffer[] = [];
  let size = 0;
  let overlong = false;
  const line = (last: Buffer): string | undefined => {
    const text = overlong ? undefined : Buffer.concat([...pending, last]).toString('utf8');
    pending = [];
    size = 0;
    overlong = false;
    return text?.endsWith('\r') ? text.slice(0, -1) : text;
  };
  for await (const chunk of input as AsyncIterable<Buffer>) {
    let start = 0;
    for (let end = chunk.indexOf(10); end !== -1; end = chunk.indexOf(10, start)) {
      overlong ||= size + end - start > maxBytes;
      yield line(chunk.subarray(start, end));
      start = end + 1;
    }
    const rest = chunk.subarray(start);
    size += rest.length;
    overlong ||= size > maxBytes;
    if (overlong) pending = [];
    else pending.push(rest);
  }
  if (overlong || size > 0) yield line(Buffer.alloc(0));
}

function parseLine(text: string, row: number, maxDepth: number): ReadEvent {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { kind: 'broken', broken: { row, reason: 'the line is not valid JSON' } };
  }
  return jsonItemEvent(value, { row }, maxDepth, 'the line is not a JSON object');
}
