import { existsSync } from 'node:fs';
import type { Provenance } from '../../src/lib/schema/innovation.ts';
import { provenanceKey } from '../record.ts';
import { readNdjsonLines } from '../spool.ts';
import { hash53 } from './groups.ts';

/** Looks up the id an earlier run gave the innovation a source record belonged to. */
export type PreviousIds = (provenance: Provenance) => string | undefined;

export function provenanceHash(p: Provenance): number {
  return hash53(provenanceKey(p));
}

/**
 * The ids of the records published last time, by their source records, so that an innovation
 * keeps its id (and its page's URL) when a record from another programme or an earlier year
 * joins it in a later run. Keys are hashes: a million records cost a few tens of MB.
 */
export async function loadPreviousIds(innovations: string): Promise<PreviousIds> {
  const ids = new Map<number, string>();
  if (existsSync(innovations)) {
    for await (const line of readNdjsonLines(innovations)) {
      const { id, provenance } = line as { id: string; provenance: Provenance[] };
      for (const p of provenance) ids.set(provenanceHash(p), id);
    }
  }
  return (provenance) => ids.get(provenanceHash(provenance));
}
