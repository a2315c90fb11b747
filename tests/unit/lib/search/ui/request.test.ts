import { describe, expect, it } from 'vitest';
import { stemQuery } from '../../../../../src/lib/search/query.ts';
import {
  buildSearchPlan,
  facetFilter,
  quoteFilterValue,
} from '../../../../../src/lib/search/ui/request.ts';
import { emptySearchState, type SearchState } from '../../../../../src/lib/search/ui/state.ts';

const state: SearchState = {
  q: 'pelayanan perizinan',
  filters: { ...emptySearchState.filters, years: ['2019', '2020'], province: ['Jawa Barat'] },
  sort: 'newest',
  page: 3,
};

describe('buildSearchPlan', () => {
  const plan = buildSearchPlan(state, 'innovations');
  const [main, ...counts] = plan.queries;

  it('asks the main query with every filter: OR within a facet, AND across', () => {
    expect(main?.filter).toEqual([
      ['years = "2019"', 'years = "2020"'],
      ['province = "Jawa Barat"'],
    ]);
    expect(main?.page).toBe(3);
    expect(main?.hitsPerPage).toBe(20);
    expect(main?.sort).toEqual(['latestYear:desc']);
  });

  it('sends the stemmed query everywhere', () => {
    for (const query of plan.queries) expect(query.q).toBe(stemQuery(state.q));
  });

  it('counts only the facets nobody filtered on in the main query', () => {
    expect(main?.facets).not.toContain('years');
    expect(main?.facets).not.toContain('province');
    expect(main?.facets).toContain('regency');
  });

  it('adds a count-only query per filtered facet, with every filter but its own', () => {
    expect(plan.facets).toEqual(['years', 'province']);
    expect(counts.map((query) => [query.facets, query.filter, query.hitsPerPage])).toEqual([
      [['years'], [['province = "Jawa Barat"']], 0],
      [['province'], [['years = "2019"', 'years = "2020"']], 0],
    ]);
  });

  it('is a single query without filters, sorted by relevance alone', () => {
    const plain = buildSearchPlan(emptySearchState, 'innovations');
    expect(plain.queries).toHaveLength(1);
    expect(plain.queries[0]?.filter).toEqual([]);
    expect(plain.queries[0]?.sort).toEqual([]);
  });
});

describe('filter values', () => {
  it('are quoted, with quotes and backslashes escaped', () => {
    expect(quoteFilterValue('Kota "Baru"')).toBe(String.raw`"Kota \"Baru\""`);
    expect(quoteFilterValue(String.raw`a\" OR id = "x`)).toBe(String.raw`"a\\\" OR id = \"x"`);
  });

  it('stay one value each, whatever they hold', () => {
    const [filter] = facetFilter('regency', ['Jawa" OR province = "Bali']);
    // Every quote inside the value is escaped: only the outer two are bare.
    expect(filter?.match(/(?<!\\)"/g)).toHaveLength(2);
  });
});
