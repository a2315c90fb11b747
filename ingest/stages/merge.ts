import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import { innovationSchema } from '../../src/lib/schema/innovation.ts';
import { combine } from '../merge/combine.ts';
import type { MergeGroups } from '../merge/groups.ts';
import type { SourceRecord } from '../record.ts';
import { NdjsonWriter, readNdjsonLines } from '../spool.ts';

/** Records per bucket: small enough that one bucket's records fit easily in memory. */
const BUCKET_RECORDS = 25_000;

/**
 * The merge stage, in bounded memory: the spooled records are partitioned by merge group into
 * buckets on disk, then each bucket is combined group by group. The result replaces `output`
 * only once it is complete.
 */
export async function mergeSpool(
  spoolPath: string,
  groups: MergeGroups,
  workDir: string,
  output: string,
  updatedAt: string,
): Promise<number> {
  const bucketCount = Math.max(1, Math.ceil(groups.records / BUCKET_RECORDS));
  const buckets = Array.from({ length: bucketCount }, (_, i) =>
    join(workDir, `bucket-${i}.ndjson`),
  );
  const writers = buckets.map((path) => new NdjsonWriter(path));
  let index = 0;
  for await (const record of readNdjsonLines(spoolPath)) {
    const group = groups.groupOf(index);
    index += 1;
    await writers[group % bucketCount]?.write([group, record]);
  }
  await Promise.all(writers.map((writer) => writer.close()));
  const partial = `${output}.partial`;
  const out = new NdjsonWriter(partial);
  let total = 0;
  for (const bucket of buckets) {
    for (const members of await groupsInBucket(bucket)) {
      await out.write(innovationSchema.parse(combine(members, updatedAt)));
      total += 1;
    }
  }
  await out.close();
  await rename(partial, output);
  return total;
}

async function groupsInBucket(path: string): Promise<SourceRecord[][]> {
  const byGroup = new Map<number, SourceRecord[]>();
  for await (const line of readNdjsonLines(path)) {
    const [group, record] = line as [number, SourceRecord];
    const members = byGroup.get(group);
    if (members) members.push(record);
    else byGroup.set(group, [record]);
  }
  return [...byGroup.entries()].sort(([a], [b]) => a - b).map(([, members]) => members);
}
