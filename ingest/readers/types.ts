/** One record as a reader found it: its fields keyed as the source wrote them. */
export interface SourceItem {
  /** Spreadsheet row (header rows count), NDJSON line, or 1-based item index of a JSON page. */
  row: number;
  /** 1-based page number, for paged sources. */
  page?: number;
  fields: Record<string, unknown>;
}

/** A part of the input that could not be read as a record (a broken line, a bad page). */
export interface BrokenItem {
  row: number;
  page?: number;
  reason: string;
}

export type ReadEvent = { kind: 'item'; item: SourceItem } | { kind: 'broken'; broken: BrokenItem };

/** Told how far a reader has come, for the progress bar. */
export interface ReadProgress {
  setTotal(total: number): void;
  advance(amount: number): void;
}

export const silentProgress: ReadProgress = { setTotal: () => undefined, advance: () => undefined };

/** An input that cannot be opened or is not of the expected kind: a usage problem (exit 2). */
export class InputError extends Error {
  override name = 'InputError';
}
