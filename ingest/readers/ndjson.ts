import { createInterface } from 'node:readline';
import { openCounted } from './file-stream.ts';
import type { ReadEvent, ReadProgress } from './types.ts';

/**
 * Streams an NDJSON / JSONL file, one object per line, numbered by line. A broken line is
 * reported and the rest of the file still goes in.
 */
export async function* readNdjson(path: string, progress: ReadProgress): AsyncGenerator<ReadEvent> {
  const lines = createInterface({ input: await openCounted(path, progress), crlfDelay: Infinity });
  let row = 0;
  for await (const line of lines) {
    row += 1;
    const text = row === 1 ? line.replace(/^\uFEFF/, '') : line;
    if (!text.trim()) continue;
    yield parseLine(text, row);
  }
}

function parseLine(text: string, row: number): ReadEvent {
  try {
    const value: unknown = JSON.parse(text);
    if (isObject(value)) return { kind: 'item', item: { row, fields: value } };
    return { kind: 'broken', broken: { row, reason: 'the line is not a JSON object' } };
  } catch {
    return { kind: 'broken', broken: { row, reason: 'the line is not valid JSON' } };
  }
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
