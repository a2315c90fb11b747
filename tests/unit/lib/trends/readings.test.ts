import { describe, expect, it } from 'vitest';
import {
  columnCounts,
  largest,
  largestCell,
  nonZero,
  percent,
  smallest,
} from '../../../../src/lib/trends/readings.ts';

const counts = [
  { value: '2018', count: 4 },
  { value: '2019', count: 9 },
  { value: '2020', count: 9 },
  { value: '2021', count: 0 },
];

describe('readings', () => {
  it('finds the largest and the smallest value, the first of a tie', () => {
    expect(largest(counts)).toEqual({ value: '2019', count: 9 });
    expect(smallest(counts)).toEqual({ value: '2021', count: 0 });
  });

  it('has no largest value when nothing counts, and no smallest of nothing', () => {
    expect(largest([{ value: '2019', count: 0 }])).toBeUndefined();
    expect(smallest([])).toBeUndefined();
  });

  it('sums a table by column, and finds its largest cell', () => {
    const table = {
      rows: ['kesehatan', 'pendidikan'],
      columns: ['2019', '2020'],
      counts: [
        [1, 7],
        [7, 2],
      ],
    };
    expect(columnCounts(table)).toEqual([
      { value: '2019', count: 8 },
      { value: '2020', count: 9 },
    ]);
    expect(largestCell(table)).toEqual({ row: 'kesehatan', column: '2020', count: 7 });
    expect(largestCell({ rows: ['a'], columns: ['b'], counts: [[0]] })).toBeUndefined();
  });

  it('counts values with at least one, and rounds shares to whole percent', () => {
    expect(nonZero(counts)).toBe(3);
    expect(percent(1, 3)).toBe(33);
    expect(percent(2, 3)).toBe(67);
    expect(percent(5, 0)).toBe(0);
  });
});
