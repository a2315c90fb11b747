import { join } from 'node:path';
import { toSearchDocument } from '../../src/lib/index/document.ts';
import { innovationSchema } from '../../src/lib/schema/innovation.ts';
import { combine } from '../merge/combine.ts';
import { MergeGroups } from '../merge/groups.ts';
import { IdClaims, IssuedIds, type RenamedId } from '../merge/id-claims.ts';
import { mergeKeysOf } from '../merge/keys.ts';
import type { PreviousCatalogue } from '../merge/previous-ids.ts';
import type { SourceRecord } from '../record.ts';
import { NdjsonWriter, readNdjsonLines } from '../spool.ts';

/** Where the merge writes: the public records, and their search documents when publishing. */
export interface MergeOutput {
  innovations: string;
  documents?: string;
  /** The search documents of the innovations new or changed since last time. */
  changes?: string;
}

export interface MergeResult {
  records: number;
  total: number;
  renamed: RenamedId[];
  /** Innovations new or changed since the last run (written to `changes`). */
  changed: number;
  /** Ids published last time that this run no longer gives. */
  removed: string[];
}

/** Records per bucket: small enough that one bucket's records fit easily in memory. */
const BUCKET_RECORDS = 5_000;

/**
 * The merge stage, in bounded memory: a first pass over the records (in the order given)
 * groups them by merge keys; a second partitions them by group into buckets on disk; then each
 * bucket is combined group by group into `output`.
 */
export async function mergeRecords(
  paths: readonly string[],
  workDir: string,
  output: MergeOutput,
  updatedAt: string,
  previous: PreviousCatalogue,
): Promise<MergeResult> {
  const groups = new MergeGroups();
  const claims = new IdClaims(previous.id);
  for await (const record of readAll(paths)) groups.add(mergeKeysOf(record));
  const bucketCount = Math.max(1, Math.ceil(groups.records / BUCKET_RECORDS));
  const buckets = Array.from({ length: bucketCount }, (_, i) =>
    join(workDir, `bucket-${i}.ndjson`),
  );
  const writers = buckets.map((path) => new NdjsonWriter(path));
  let index = 0;
  for await (const record of readAll(paths)) {
    const group = groups.groupOf(index);
    index += 1;
    claims.claim(record, group);
    await writers[group % bucketCount]?.write([group, record]);
  }
  await Promise.all(writers.map((writer) => writer.close()));
  const out = new NdjsonWriter(output.innovations);
  const documents = output.documents === undefined ? undefined : new NdjsonWriter(output.documents);
  const changes = output.changes === undefined ? undefined : new NdjsonWriter(output.changes);
  const ids = new IssuedIds();
  let total = 0;
  let changed = 0;
  for (const bucket of buckets) {
    for (const [group, members] of await groupsInBucket(bucket)) {
      const combined = combine(members, updatedAt, claims.previousIdsOf(group));
      combined.id = ids.issue(combined.id, combined.title);
      // The one check of the public record, where it is made; its search document is built
      // from it here, so publishing never reads it back.
      const innovation = innovationSchema.parse(combined);
      // `updatedAt` says when something a reader sees changed, not when the last ingest ran.
      const since = previous.unchangedSince(innovation);
      if (since !== undefined) innovation.updatedAt = since;
      const document = toSearchDocument(innovation);
      await out.write(innovation);
      await documents?.write(document);
      if (since === undefined) {
        await changes?.write(document);
        changed += 1;
      }
      total += 1;
    }
  }
  await Promise.all([out.close(), documents?.close(), changes?.close()]);
  const removed = await previous.removed((id) => ids.has(id));
  return { records: groups.records, total, renamed: ids.renamed, changed, removed };
}

async function* readAll(paths: readonly string[]): AsyncGenerator<SourceRecord> {
  for (const path of paths) {
    for await (const line of readNdjsonLines(path)) yield line as SourceRecord;
  }
}

async function groupsInBucket(path: string): Promise<[number, SourceRecord[]][]> {
  const byGroup = new Map<number, SourceRecord[]>();
  for await (const line of readNdjsonLines(path)) {
    const [group, record] = line as [number, SourceRecord];
    const members = byGroup.get(group);
    if (members) members.push(record);
    else byGroup.set(group, [record]);
  }
  return [...byGroup.entries()].sort(([a], [b]) => a - b);
}
