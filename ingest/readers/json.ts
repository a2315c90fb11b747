import { type Duplex, Transform, type TransformCallback } from 'node:stream';
import chain from 'stream-chain';
import { parser } from 'stream-json';
import { pick } from 'stream-json/filters/pick.js';
import { streamArray } from 'stream-json/streamers/stream-array.js';
import { describe, openCounted, readHead } from './file-stream.ts';
import { jsonItemEvent } from './json-item.ts';
import { DEFAULT_READ_LIMITS, type ReadLimits } from './limits.ts';
import type { ReadEvent, ReadProgress } from './types.ts';

type StreamArrayItem = streamArray.StreamArrayItem;

/**
 * Streams the items of a JSON file holding an array, or an object whose `data` is the array,
 * without loading the file whole. Items are numbered from 1; a file that breaks off reports
 * where, and the items before it still go in.
 */
export async function* readJsonItems(
  path: string,
  progress: ReadProgress,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
): AsyncGenerator<ReadEvent> {
  const wrapped = (await readHead(path, 1024))
    .replace(/^\uFEFF/, '')
    .trimStart()
    .startsWith('{');
  const input = (await openCounted(path, progress)).pipe(stripBom());
  const items: Duplex = wrapped
    ? chain([input, parser(), pick({ filter: 'data' }), streamArray()])
    : chain([input, parser(), streamArray()]);
  let row = 0;
  try {
    for await (const { value } of items as AsyncIterable<StreamArrayItem>) {
      row += 1;
      yield jsonItemEvent(value, { row }, limits.maxDepth, 'the item is not a JSON object');
    }
  } catch (error) {
    yield { kind: 'broken', broken: { row: row + 1, reason: `invalid JSON (${describe(error)})` } };
  }
}

/** stream-json does not accept a byte-order mark, which Windows tools like to write. */
function stripBom(): Transform {
  let first = true;
  return new Transform({
    transform(chunk: Buffer, _encoding, done: TransformCallback) {
      const bom = first && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf;
      first = false;
      done(null, bom ? chunk.subarray(3) : chunk);
    },
  });
}
