import { existsSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { Programme } from '../../src/lib/schema/enums.ts';
import { provenanceKey, type SourceRecord } from '../record.ts';
import { NdjsonWriter, readLines } from '../spool.ts';

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
 * Lines are copied as written; a record is parsed only for its provenance, and only when there
 * are earlier records to weigh against the new ones.
 */
export async function nextStore(
  previous: string,
  fresh: string,
  output: string,
  replace: boolean,
): Promise<void> {
  if (replace || !existsSync(previous)) {
    await rename(fresh, output);
    return;
  }
  const renewed = new Set<string>();
  for await (const line of readLines(fresh)) renewed.add(provenanceOf(line));
  const writer = new NdjsonWriter(output);
  for await (const line of readLines(previous)) {
    if (!renewed.has(provenanceOf(line))) await writer.writeRaw(`${line}\n`);
  }
  for await (const line of readLines(fresh)) await writer.writeRaw(`${line}\n`);
  await writer.close();
}

function provenanceOf(line: string): string {
  return provenanceKey((JSON.parse(line) as SourceRecord).provenance);
}
