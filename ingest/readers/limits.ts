import type { Config } from '../../src/infra/config.ts';

/**
 * What one file may make a reader hold, so a hostile file costs its row or itself, never the
 * run's memory or time. A row over a limit is rejected with its location; a file over one is
 * rejected from where it broke.
 */
export interface ReadLimits {
  /** Columns of a spreadsheet row (a cell further right rejects its row). */
  maxColumns: number;
  /** Characters of one cell (a longer one rejects its row). */
  maxCellChars: number;
  /**
   * Characters of one CSV record, quoted newlines included (a longer one ends the file); bytes
   * of one NDJSON line (a longer one is rejected).
   */
  maxLineChars: number;
  /** Arrays and objects nested in one JSON item, the item itself included (deeper rejects it). */
  maxDepth: number;
  /** Entries of an .xlsx shared-string table (more reject the file). */
  maxSharedStrings: number;
  /** Inflated bytes of one .xlsx part (a bigger part rejects the file before it is read). */
  maxPartBytes: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxColumns: 512,
  maxCellChars: 200_000,
  maxLineChars: 2_000_000,
  maxDepth: 32,
  maxSharedStrings: 2_000_000,
  maxPartBytes: 256_000_000,
};

export function readLimitsOf(config: Config): ReadLimits {
  return {
    maxColumns: config.INGEST_MAX_COLUMNS,
    maxCellChars: config.INGEST_MAX_CELL_CHARS,
    maxLineChars: config.INGEST_MAX_LINE_CHARS,
    maxDepth: config.INGEST_MAX_DEPTH,
    maxSharedStrings: config.INGEST_MAX_SHARED_STRINGS,
    maxPartBytes: config.INGEST_MAX_PART_BYTES,
  };
}

/** A limit a file broke: the reader stops, and the file is rejected from there on. */
export class LimitError extends Error {
  override name = 'LimitError';
}
