import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import type { Database } from '../src/infra/database/types.ts';
import {
  changelogNames,
  type SnapshotChanges,
  type SnapshotSummary,
} from '../src/infra/database/snapshot-types.ts';
import { contentHash } from './merge/catalogue.ts';

/** Compressed bytes per stored part (a part is one row: bounded whatever the catalogue's size). */
const partBytes = 1 << 20;

export interface SnapshotOptions {
  /** The published records, one JSON document per line (`DATA_DIR/innovations.ndjson`). */
  file: string;
  /** When the publishing run started: its day names the snapshot. */
  publishedAt: string;
  /** Snapshots kept, newest first (0 keeps none and takes none). */
  keep: number;
}

/**
 * After a publishing run: the published records as a dated snapshot in the store, with what
 * changed since the previous snapshot (by each record's content, apart from when it changed and
 * its interest counts), then the oldest beyond `keep` deleted. Streams both files, holding only
 * each record's id, title and content hash.
 */
export async function takeSnapshot(
  store: Database,
  options: SnapshotOptions,
): Promise<SnapshotSummary | undefined> {
  if (options.keep === 0) return undefined;
  const day = options.publishedAt.slice(0, 10);
  const previous = (await store.snapshots()).find((snapshot) => snapshot.day < day);
  const before = previous && (await fingerprintsOf(store, previous.day));
  const now = await fingerprints(linesOf(createReadStream(options.file)));
  const summary: SnapshotSummary = {
    day,
    publishedAt: options.publishedAt,
    records: now.size,
    changes: changesBetween(before ?? new Map(), now),
  };
  await store.saveSnapshot(summary, parts(createReadStream(options.file).pipe(createGzip())));
  await store.pruneSnapshots(options.keep);
  return summary;
}

// --- internal ---

interface Fingerprint {
  title: string;
  hash: number;
}

async function fingerprintsOf(store: Database, day: string) {
  const stored = await store.snapshotParts(day);
  if (stored === undefined) return undefined;
  return fingerprints(linesOf(Readable.from(stored).pipe(createGunzip())));
}

async function* linesOf(input: NodeJS.ReadableStream): AsyncGenerator<string> {
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    if (line.trim() !== '') yield line;
  }
}

async function fingerprints(lines: AsyncIterable<string>): Promise<Map<string, Fingerprint>> {
  const found = new Map<string, Fingerprint>();
  for await (const line of lines) {
    const record = JSON.parse(line) as Record<string, unknown>;
    const hash = contentHash({ ...record, interestCount: undefined, replicationCount: undefined });
    found.set(String(record.id), { title: String(record.title), hash });
  }
  return found;
}

function changesBetween(
  before: ReadonlyMap<string, Fingerprint>,
  now: ReadonlyMap<string, Fingerprint>,
): SnapshotChanges {
  const added: { id: string; title: string }[] = [];
  const changed: { id: string; title: string }[] = [];
  for (const [id, { title, hash }] of now) {
    const earlier = before.get(id);
    if (earlier === undefined) added.push({ id, title });
    else if (earlier.hash !== hash) changed.push({ id, title });
  }
  const removed = [...before]
    .filter(([id]) => !now.has(id))
    .map(([id, { title }]) => ({ id, title }));
  return {
    counts: { added: added.length, changed: changed.length, removed: removed.length },
    added: added.slice(0, changelogNames),
    changed: changed.slice(0, changelogNames),
    removed: removed.slice(0, changelogNames),
  };
}

/** A compressed stream cut into parts of about `partBytes`. */
async function* parts(compressed: AsyncIterable<Buffer>): AsyncGenerator<Uint8Array> {
  let held: Buffer[] = [];
  let size = 0;
  for await (const chunk of compressed) {
    held.push(chunk);
    size += chunk.length;
    if (size >= partBytes) {
      yield Buffer.concat(held);
      held = [];
      size = 0;
    }
  }
  if (size > 0) yield Buffer.concat(held);
}
