import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Innovation } from '../../../../src/lib/schema/innovation.ts';
import { csvColumns, csvHeader, csvRecord } from '../../../../src/features/opendata/csv.ts';
import { exampleRecord } from '../../../../src/features/opendata/examples.ts';
import { shorten } from '../../../../src/features/opendata/showcase.ts';

const rowOf = (record: Innovation): Record<string, string> => {
  const [row] = parseCsv<Record<string, string>>(csvHeader() + csvRecord(record), {
    bom: true,
    columns: true,
  });
  if (row === undefined) throw new Error('no row');
  return row;
};

describe('a record as a CSV row', () => {
  it('has a cell for every column, sections spread, lists joined, objects as JSON', () => {
    const row = rowOf(exampleRecord);
    expect(Object.keys(row)).toEqual(csvColumns);
    expect(row['sections.background']).toBe(exampleRecord.sections.background);
    expect(row['sections.goals']).toBe('');
    expect(row.years).toBe('2019; 2021');
    expect(row.sdgs).toBe('3; 5');
    expect(row.digital).toBe('false');
    expect(row.videoUrl).toBe('');
    expect(JSON.parse(row.awards ?? '')).toEqual(exampleRecord.awards);
    expect(JSON.parse(row.provenance ?? '')).toEqual(exampleRecord.provenance);
  });

  it('keeps commas, quotes and line breaks in one cell, and never starts a formula', () => {
    const row = rowOf({
      ...exampleRecord,
      title: '=HYPERLINK("http://x")',
      summary: 'satu, "dua"\r\ntiga',
      innovators: ['@budi', '+62 812'],
    });
    expect(row.title).toBe('\'=HYPERLINK("http://x")');
    expect(row.summary).toBe('satu, "dua"\r\ntiga');
    expect(row.innovators).toBe("'@budi; +62 812");
  });
});

describe('shorten', () => {
  it('cuts long texts and lists but keeps the shape', () => {
    expect(
      shorten({ a: 'x'.repeat(100), b: [1, 2, 3], c: { d: [true, false, true] }, e: null }),
    ).toEqual({
      a: `${'x'.repeat(59)}…`,
      b: [1, 2],
      c: { d: [true, false] },
      e: null,
    });
  });
});
