import { existsSync } from 'node:fs';
import type { Innovation, Provenance } from '../../src/lib/schema/innovation.ts';
import { readLines } from '../spool.ts';
import {
  catalogueEntrySchema,
  catalogueHeaderSchema,
  contentHash,
  currentHeader,
  provenanceHash,
  type CatalogueEntry,
} from './catalogue.ts';
import { hash53 } from './groups.ts';

/** Looks up the id an earlier run gave the innovation a source record belonged to. */
export type PreviousIds = (provenance: Provenance) => string | undefined;

/** Where the last run's merge wrote: its public records and its catalogue of them. */
export interface PreviousFiles {
  innovations: string;
  catalogue: string;
}

/** A record published last time, as the merge reuses it: its catalogue entry and its line. */
export interface PreviousLine {
  entry: string;
  innovation: string;
}

/**
 * What the records published last time tell this run: the id each source record had, each
 * innovation's content (a hash) and change time, so an unchanged innovation keeps its
 * `updatedAt` and only what changed is sent to an index that can be updated in place, and which
 * records can be reused as written because their source records are the same. Keys are hashes:
 * a million records cost a few tens of MB.
 */
export interface PreviousCatalogue {
  id: PreviousIds;
  /** How many innovations were published last time. */
  total: number;
  /** Whether `id` was published last time. */
  had: (id: string) => boolean;
  /** The earlier `updatedAt` when the innovation `id` had this `contentHash` last time. */
  unchangedSince: (id: string, content: number) => string | undefined;
  /** Last time's record built from source records of this fingerprint: its line and id. */
  reusable: (fingerprint: number) => { line: number; id: string } | undefined;
  /** Last time's records with their catalogue entries, in order. */
  lines: () => AsyncGenerator<PreviousLine>;
  /** The ids of last time that `isIssued` says this run no longer gives. */
  removed: (isIssued: (id: string) => boolean) => Promise<string[]>;
}

/**
 * The catalogue of the last run's files, empty when there are none. From `catalogue.ndjson`
 * when it describes `innovations.ndjson` as this code would build it; otherwise from the records
 * themselves, and nothing is reused. `reuse: false` (`--full`) rebuilds every record.
 */
export async function loadPreviousCatalogue(
  files: PreviousFiles,
  options: { reuse: boolean },
): Promise<PreviousCatalogue> {
  const ids = new Map<number, string>();
  const versions = new Map<number, { content: number; updatedAt: string }>();
  const byFingerprint = new Map<number, { line: number; id: string }>();
  const fromCatalogue = await isCurrent(files.catalogue);
  let line = 0;
  for await (const entry of previousEntries(files, fromCatalogue)) {
    const [id, updatedAt, content, fingerprint, provenance] = entry;
    for (const p of provenance) ids.set(p, id);
    versions.set(hash53(id), { content, updatedAt });
    if (options.reuse && fromCatalogue) byFingerprint.set(fingerprint, { line, id });
    line += 1;
  }
  return {
    id: (provenance) => ids.get(provenanceHash(provenance)),
    total: versions.size,
    had: (id) => versions.has(hash53(id)),
    unchangedSince: (id, content) => {
      const version = versions.get(hash53(id));
      return version?.content === content ? version.updatedAt : undefined;
    },
    reusable: (fingerprint) => byFingerprint.get(fingerprint),
    lines: () => zipLines(files),
    removed: async (isIssued) => {
      const gone: string[] = [];
      for await (const [id] of previousEntries(files, fromCatalogue))
        if (!isIssued(id)) gone.push(id);
      return gone;
    },
  };
}

/**
 * The catalogue entry of a record built from source records of `fingerprint`; without one (a
 * record read from an older run's files) it can never be reused.
 */
export function entryOf(innovation: Innovation, fingerprint = 0): CatalogueEntry {
  return [
    innovation.id,
    innovation.updatedAt,
    contentHash(innovation),
    fingerprint,
    innovation.provenance.map(provenanceHash),
  ];
}

// --- internal ---

async function isCurrent(catalogue: string): Promise<boolean> {
  if (!existsSync(catalogue)) return false;
  for await (const first of readLines(catalogue)) {
    const header = catalogueHeaderSchema.safeParse(JSON.parse(first));
    const current = currentHeader();
    return (
      header.success &&
      header.data.format === current.format &&
      header.data.schema === current.schema
    );
  }
  return false;
}

async function* previousEntries(
  files: PreviousFiles,
  fromCatalogue: boolean,
): AsyncGenerator<CatalogueEntry> {
  if (fromCatalogue) {
    let header = true;
    for await (const line of readLines(files.catalogue)) {
      if (!header) yield catalogueEntrySchema.parse(JSON.parse(line));
      header = false;
    }
  } else if (existsSync(files.innovations)) {
    // Written by an earlier run from checked records.
    for await (const line of readLines(files.innovations))
      yield entryOf(JSON.parse(line) as Innovation);
  }
}

async function* zipLines(files: PreviousFiles): AsyncGenerator<PreviousLine> {
  const entries = readLines(files.catalogue);
  await entries.next(); // the header
  for await (const innovation of readLines(files.innovations)) {
    const entry = await entries.next();
    if (entry.done === true) throw new Error(`${files.catalogue} ends before ${files.innovations}`);
    yield { entry: entry.value, innovation };
  }
}
