/**
 * Something planted in a record: a reason to reject it, a warning the ingest must give, or
 * hostile markup it must neutralise without a word.
 */
export interface Note {
  kind: 'rejection' | 'warning' | 'markup';
  /**
   * The source field as SOURCES.md names it (a KIPP header, an IGA/InoLAN key, `pemda.kode` for
   * a nested one); `(record)` when the whole line is broken.
   */
  field: string;
  reason: string;
}

/** A note with where it is: the file (relative to data/samples) and the row/line/item. */
export interface Located extends Note {
  file: string;
  row: number;
}

/** One record of a source file, with what the ingest must say about it. */
export interface Planted<T> {
  value: T;
  /** The innovation it belongs to; undefined for a record that must be rejected. */
  conceptId: number | undefined;
  notes: Note[];
}

export const rejection = (field: string, reason: string): Note => ({
  kind: 'rejection',
  field,
  reason,
});

export const warning = (field: string, reason: string): Note => ({
  kind: 'warning',
  field,
  reason,
});

export const markup = (field: string, snippet: string): Note => ({
  kind: 'markup',
  field,
  reason: `holds ${snippet}`,
});
