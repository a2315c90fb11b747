import { describe, expect, it } from 'vitest';
import {
  columnTotals,
  crossTableMatrix,
  valueCountsMatrix,
} from '../../../../src/lib/trends/matrix.ts';

const table = {
  rows: ['2019', '2020'],
  columns: ['kota', 'bumn'],
  counts: [
    [3, 0],
    [5, 2],
  ],
};

describe('a cross table as a matrix', () => {
  it('has a header of labelled columns and one labelled row per row', () => {
    const matrix = crossTableMatrix(table, {
      corner: 'Tahun',
      row: (year) => `Y${year}`,
      column: (cluster) => cluster.toUpperCase(),
    });
    expect(matrix).toEqual([
      ['Tahun', 'KOTA', 'BUMN'],
      ['Y2019', 3, 0],
      ['Y2020', 5, 2],
    ]);
  });

  it('sums rows and columns', () => {
    expect(columnTotals(table)).toEqual([8, 2]);
  });
});

describe('value counts as a matrix', () => {
  it('has the header, then one labelled row per value in order', () => {
    const counts = [
      { value: '3', count: 41 },
      { value: '16', count: 2 },
    ];
    expect(valueCountsMatrix(counts, ['SDG', 'Inovasi'], (value) => `SDG ${value}`)).toEqual([
      ['SDG', 'Inovasi'],
      ['SDG 3', 41],
      ['SDG 16', 2],
    ]);
  });
});
