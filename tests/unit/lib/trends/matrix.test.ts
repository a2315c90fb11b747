import { describe, expect, it } from 'vitest';
import {
  columnTotals,
  crossTableMatrix,
  matrixCsv,
  rowTotals,
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
    expect(rowTotals(table)).toEqual([3, 7]);
    expect(columnTotals(table)).toEqual([8, 2]);
  });
});

describe('matrixCsv', () => {
  it('writes CRLF rows and quotes fields with commas, quotes or line breaks', () => {
    const matrix = valueCountsMatrix(
      [
        { value: 'a', count: 1 },
        { value: 'b', count: 20 },
      ],
      ['Sektor', 'Inovasi'],
      (value) => (value === 'a' ? 'Sosial, "kemiskinan"' : 'Kesehatan'),
    );
    expect(matrixCsv(matrix)).toBe(
      'Sektor,Inovasi\r\n"Sosial, ""kemiskinan""",1\r\nKesehatan,20\r\n',
    );
  });
});
