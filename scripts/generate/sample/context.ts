import type { AgencyPool } from '../agencies.ts';
import type { ConceptFactory } from '../concepts.ts';
import type { Located, Planted } from '../expect.ts';
import type { Regions } from '../regions.ts';
import type { Rng } from '../rng.ts';
import type { Taxonomy } from '../taxonomy.ts';

/** What every part of the sample is generated from, and where its findings go. */
export interface SampleContext {
  rng: Rng;
  out: string;
  regions: Regions;
  taxonomy: Taxonomy;
  agencies: AgencyPool;
  factory: ConceptFactory;
  /** Ids of the fixed innovations: never edited, never reused at random. */
  fixedIds: ReadonlySet<number>;
  ledger: Ledger;
}

export interface FileCounts {
  records: number;
  rejected: number;
  warnings: number;
}

/** Where a record landed. */
export interface Place {
  file: string;
  row: number;
}

/**
 * What the sample holds, as the ingest must find it: per file the records and rejections,
 * every planted note, and where each accepted innovation's records are.
 */
export interface Ledger {
  files: Map<string, FileCounts>;
  notes: Located[];
  places: Map<number, Place[]>;
}

export function newLedger(): Ledger {
  return { files: new Map(), notes: [], places: new Map() };
}

/** Books one record of `file` at `row` (spreadsheet row, line, or item index). */
export function book(ledger: Ledger, file: string, row: number, record: Planted<unknown>): void {
  const counts = ledger.files.get(file) ?? { records: 0, rejected: 0, warnings: 0 };
  const rejected = record.notes.some((note) => note.kind === 'rejection');
  counts.records += 1;
  if (rejected) counts.rejected += 1;
  counts.warnings += record.notes.filter((note) => note.kind === 'warning').length;
  ledger.files.set(file, counts);
  ledger.notes.push(...record.notes.map((note) => ({ ...note, file, row })));
  if (!rejected && record.conceptId !== undefined) {
    ledger.places.set(record.conceptId, [
      ...(ledger.places.get(record.conceptId) ?? []),
      { file, row },
    ]);
  }
}
