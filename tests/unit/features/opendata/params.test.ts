import { describe, expect, it } from 'vitest';
import { defaultPageSize, parseApiQuery } from '../../../../src/features/opendata/params.ts';

const parse = (query: string, set: 'list' | 'filters' = 'list') =>
  parseApiQuery(new URLSearchParams(query), set);

describe('parseApiQuery', () => {
  it('reads the search page’s parameters and the page size', () => {
    const parsed = parse('q=stunting&tahun=2019&tahun=2019&urut=terbaru&halaman=3&per_halaman=50');
    expect(parsed).toMatchObject({
      success: true,
      query: { pageSize: 50, state: { q: 'stunting', sort: 'newest', page: 3 } },
    });
    if (parsed.success) expect(parsed.query.state.filters.years).toEqual(['2019']);
  });

  it('takes 20 a page unless asked', () => {
    expect(parse('')).toMatchObject({ success: true, query: { pageSize: defaultPageSize } });
  });

  it.each([
    ['per_halaman=0', 'per_halaman'],
    ['per_halaman=101', 'per_halaman'],
    ['per_halaman=2x', 'per_halaman'],
    ['tahun=1999', 'tahun'],
    ['year=2019', 'year'],
    ['halaman=0', 'halaman'],
    ['halaman=10001&per_halaman=100', 'halaman'],
  ])('refuses %s, naming %s', (query, name) => {
    const parsed = parse(query);
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(Object.keys(parsed.problems)).toEqual([name]);
  });

  it('lets a download or a count ignore a search page’s page, but not a page size', () => {
    expect(parse('halaman=4&sektor=kesehatan', 'filters').success).toBe(true);
    expect(parse('per_halaman=5', 'filters')).toMatchObject({
      success: false,
      problems: { per_halaman: 'unknown' },
    });
  });
});
