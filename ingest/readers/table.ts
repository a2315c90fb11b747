import type { ReadLimits } from './limits.ts';
import type { ReadEvent } from './types.ts';

/** One spreadsheet row: its number as a spreadsheet shows it, and its cells from column A on. */
export interface SheetRow {
  row: number;
  cells: readonly unknown[];
  /** Why the row cannot be used (a limit it broke, a bad row number): it is rejected. */
  problem?: string;
}

/** Why a parsed row breaks a limit on its columns or the length of a cell, if it does. */
export function rowProblem(cells: readonly unknown[], limits: ReadLimits): string | undefined {
  if (cells.length > limits.maxColumns) {
    return `has ${String(cells.length)} columns, more than the limit of ${String(limits.maxColumns)}`;
  }
  const long = cells.findIndex(
    (cell) => typeof cell === 'string' && cell.length > limits.maxCellChars,
  );
  return long === -1 ? undefined : cellTooLong(long, limits);
}

/** `column 3 holds more than 200000 characters, the limit` (columns counted from 1). */
export function cellTooLong(column: number, limits: ReadLimits): string {
  return `column ${String(column + 1)} holds more than ${String(limits.maxCellChars)} characters, the limit`;
}

/** Headers are matched case-insensitively with surrounding (and doubled) spaces ignored. */
export function headerKey(header: unknown): string {
  return typeof header === 'string' ? header.trim().replace(/\s+/g, ' ').toLowerCase() : '';
}

/**
 * Turns spreadsheet rows into items keyed by header. The header row is the first row with a
 * cell equal to `marker`; rows above it (a title, an export date) and empty rows are skipped.
 * A file without such a row yields one broken item at row 0 saying so.
 */
export async function* rowsToItems(
  rows: AsyncIterable<SheetRow>,
  marker: string,
): AsyncGenerator<ReadEvent> {
  let headers: string[] | undefined;
  const markerKey = headerKey(marker);
  for await (const { row, cells, problem } of rows) {
    if (problem !== undefined) {
      yield { kind: 'broken', broken: { row, reason: problem } };
      continue;
    }
    if (!headers) {
      if (cells.some((cell) => headerKey(cell) === markerKey)) headers = cells.map(headerKey);
      continue;
    }
    if (isEmptyRow(cells)) continue;
    yield { kind: 'item', item: { row, fields: zip(headers, cells) } };
  }
  if (!headers) {
    yield { kind: 'broken', broken: { row: 0, reason: `no header row with ${marker} found` } };
  }
}

function zip(headers: readonly string[], cells: readonly unknown[]): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  headers.forEach((header, index) => {
    if (header && fields[header] === undefined) fields[header] = cells[index];
  });
  return fields;
}

function isEmptyRow(cells: readonly unknown[]): boolean {
  return cells.every(
    (cell) =>
      cell === undefined || cell === null || (typeof cell === 'string' && cell.trim() === ''),
  );
}
