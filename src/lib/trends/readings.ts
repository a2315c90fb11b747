import { columnTotals } from './matrix.ts';
import type { CrossTable, ValueCounts } from './view.ts';

/**
 * The facts a chart's one-line reading states, computed from its numbers (the page words
 * them): the largest value, the smallest, the largest cell of a table.
 */
export interface Extreme {
  value: string;
  count: number;
}

export interface CellExtreme {
  row: string;
  column: string;
  count: number;
}

/** The value with the most (the first of a tie), or undefined when nothing counts. */
export function largest(entries: ValueCounts): Extreme | undefined {
  let best: Extreme | undefined;
  for (const entry of entries) {
    if (entry.count > (best?.count ?? 0)) best = entry;
  }
  return best === undefined ? undefined : { value: best.value, count: best.count };
}

/** The value with the fewest (the first of a tie), or undefined for no values. */
export function smallest(entries: ValueCounts): Extreme | undefined {
  let worst: Extreme | undefined;
  for (const entry of entries) {
    if (worst === undefined || entry.count < worst.count) worst = entry;
  }
  return worst === undefined ? undefined : { value: worst.value, count: worst.count };
}

/** The table's column sums as value counts (`kota` → every year's cell of `kota`). */
export function columnCounts(table: CrossTable): ValueCounts {
  const totals = columnTotals(table);
  return table.columns.map((value, index) => ({ value, count: totals[index] ?? 0 }));
}

/** The largest cell of a table (the first of a tie), or undefined when every cell is 0. */
export function largestCell(table: CrossTable): CellExtreme | undefined {
  let best: CellExtreme | undefined;
  table.counts.forEach((cells, row) => {
    cells.forEach((count, column) => {
      if (count > (best?.count ?? 0)) {
        best = { row: table.rows[row] ?? '', column: table.columns[column] ?? '', count };
      }
    });
  });
  return best;
}

/** How many values count at least one. */
export function nonZero(entries: ValueCounts): number {
  return entries.filter((entry) => entry.count > 0).length;
}

/** `part` of `whole` in whole percent (0 for an empty whole). */
export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 100);
}
