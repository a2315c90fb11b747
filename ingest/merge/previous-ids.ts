import { existsSync } from 'node:fs';
import type { Innovation, Provenance } from '../../src/lib/schema/innovation.ts';
import { provenanceKey } from '../record.ts';
import { readNdjsonLines } from '../spool.ts';
import { hash53 } from './groups.ts';

/** Looks up the id an earlier run gave the innovation a source record belonged to. */
export type PreviousIds = (provenance: Provenance) => string | undefined;

/**
 * What the records published last time tell this run: the id each source record had, and each
 * innovation's content (a hash) and change time, so an unchanged innovation keeps its
 * `updatedAt` and only what changed is sent to an index that can be updated in place. Keys are
 * hashes: a million records cost a few tens of MB.
 */
export interface PreviousCatalogue {
  id: PreviousIds;
  /** How many innovations were published last time. */
  total: number;
  /** The earlier `updatedAt` when `innovation` is as it was last time (ignoring `updatedAt`). */
  unchangedSince: (innovation: Innovation) => string | undefined;
  /** The ids of last time that `isIssued` says this run no longer gives. */
  removed: (isIssued: (id: string) => boolean) => Promise<string[]>;
}

export function provenanceHash(p: Provenance): number {
  return hash53(provenanceKey(p));
}

/** What a record is, apart from when it changed: the basis of "did it change". */
export function contentHash(innovation: Readonly<Record<string, unknown>>): number {
  return hash53(JSON.stringify({ ...innovation, updatedAt: undefined }));
}

/** The catalogue of `innovations` (the NDJSON the last run wrote), empty when there is none. */
export async function loadPreviousCatalogue(innovations: string): Promise<PreviousCatalogue> {
  const ids = new Map<number, string>();
  const versions = new Map<number, { content: number; updatedAt: string }>();
  if (existsSync(innovations)) {
    for await (const line of readNdjsonLines(innovations)) {
      const record = line as Innovation;
      for (const p of record.provenance) ids.set(provenanceHash(p), record.id);
      versions.set(hash53(record.id), {
        content: contentHash(record),
        updatedAt: record.updatedAt,
      });
    }
  }
  return {
    id: (provenance) => ids.get(provenanceHash(provenance)),
    total: versions.size,
    unchangedSince: (innovation) => {
      const version = versions.get(hash53(innovation.id));
      return version?.content === contentHash(innovation) ? version.updatedAt : undefined;
    },
    removed: async (isIssued) => {
      const gone: string[] = [];
      if (!existsSync(innovations)) return gone;
      for await (const line of readNdjsonLines(innovations)) {
        const { id } = line as { id: string };
        if (!isIssued(id)) gone.push(id);
      }
      return gone;
    },
  };
}
