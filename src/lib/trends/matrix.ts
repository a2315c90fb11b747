import type { CrossTable, ValueCounts } from './view.ts';

/**
 * A chart's numbers as the rows of a table, first row the header: what its "show as table"
 * view shows and its CSV download holds, so the two always agree.
 */
export type Matrix = readonly (readonly (string | number)[])[];

export interface CrossLabels {
  /** The header of the first column (what the rows are: `Tahun`). */
  corner: string;
  row: (value: string) => string;
  column: (value: string) => string;
}

export function crossTableMatrix(table: CrossTable, labels: CrossLabels): Matrix {
  return [
    [labels.corner, ...table.columns.map(labels.column)],
    ...table.rows.map((row, index) => [labels.row(row), ...(table.counts[index] ?? [])]),
  ];
}

export function valueCountsMatrix(
  counts: ValueCounts,
  header: readonly [string, string],
  label: (value: string) => string,
): Matrix {
  return [header, ...counts.map(({ value, count }) => [label(value), count])];
}

/** Each column's sum. */
export function columnTotals(table: CrossTable): number[] {
  return table.columns.map((_, column) => sum(table.counts.map((row) => row[column] ?? 0)));
}

// --- internal ---

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
