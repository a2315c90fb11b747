import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Programme } from '../../src/lib/schema/enums.ts';
import { provenanceKey, type SourceRecord } from '../record.ts';
import { NdjsonWriter, readNdjsonLines } from '../spool.ts';

/**
 * Every accepted source record of a programme, as of its last ingest, kept in
 * `<dataDir>/sources/<programme>.ndjson`. Ingesting one programme rebuilds only its store, so the
 * other programmes' records stay and the merge runs across all of them again.
 */
export function storePath(dataDir: string, programme: Programme): string {
  return join(dataDir, 'sources', `${programme}.ndjson`);
}

/**
 * Writes a programme's next store: the new records, and (unless `replace`) every earlier record
 * that the new inputs do not carry again. A re-ingested record is thus updated, never doubled.
 */
export async function nextStore(
  previous: string,
  fresh: string,
  output: string,
  replace: boolean,
): Promise<number> {
  const writer = new NdjsonWriter(output);
  let count = 0;
  if (!replace && existsSync(previous)) {
    const renewed = new Set<string>();
    for await (const record of readNdjsonLines(fresh))
      renewed.add(provenanceKey((record as SourceRecord).provenance));
    for await (const record of readNdjsonLines(previous)) {
      if (renewed.has(provenanceKey((record as SourceRecord).provenance))) continue;
      await writer.write(record);
      count += 1;
    }
  }
  for await (const record of readNdjsonLines(fresh)) {
    await writer.write(record);
    count += 1;
  }
  await writer.close();
  return count;
}
