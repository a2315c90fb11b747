import type { MultiSearchResponse } from 'meilisearch';
import { describe, expect, it } from 'vitest';
import { toSearchView } from '../../../../../src/lib/search/ui/map.ts';
import { placeFirstPage, restFollowUp } from '../../../../../src/lib/search/ui/place-first.ts';
import { buildSearchPlan, placeFilter } from '../../../../../src/lib/search/ui/request.ts';
import { emptySearchState } from '../../../../../src/lib/search/ui/state.ts';

const place = {
  facet: 'regency',
  name: 'Kota Padang',
  code: '13.71',
  words: ['kota', 'padang'],
} as const;

describe('a place the query names, preferred', () => {
  const state = { ...emptySearchState, q: 'puskesmas kota padang' };
  const plan = buildSearchPlan(state, 'innovations', { q: 'puskesmas', place });

  it('asks the place first and everyone else after, the main query still counting all', () => {
    expect(plan.placeFirst).toMatchObject({ first: 1, rest: 2 });
    expect(plan.queries[0]?.filter).toEqual([]);
    expect(plan.queries[1]?.filter).toEqual([['regencyCode = "13.71"']]);
    expect(plan.queries[2]?.filter).toEqual([['NOT regencyCode = "13.71"']]);
    expect(plan.queries.every((query) => query.q === 'puskesmas')).toBe(true);
  });

  it('is no preference under another order or a place filter', () => {
    const newest = buildSearchPlan({ ...state, sort: 'newest' }, 'i', { q: 'x', place });
    const filtered = buildSearchPlan(
      { ...state, filters: { ...state.filters, province: ['Bali'] } },
      'i',
      { q: 'x', place },
    );
    expect(newest.placeFirst).toBeUndefined();
    expect(filtered.placeFirst).toBeUndefined();
  });

  it('fills a page with the place, then the first of the others, then later ones', () => {
    expect(placeFirstPage(1, 3, 3)).toEqual({ fromFirst: 3, restOffset: 0, fromRest: 17 });
    expect(placeFirstPage(2, 25, 5)).toEqual({ fromFirst: 5, restOffset: 0, fromRest: 15 });
    expect(placeFirstPage(3, 25, 0)).toEqual({ fromFirst: 0, restOffset: 15, fromRest: 20 });
  });

  it('asks everyone else again only for a page past their first', () => {
    const placed = { ...plan, placeFirst: plan.placeFirst ?? { place, first: 1, rest: 2 } };
    expect(restFollowUp(placed, placeFirstPage(1, 3, 3))).toBeUndefined();
    expect(restFollowUp(placed, placeFirstPage(3, 25, 0))).toMatchObject({
      q: 'puskesmas',
      offset: 15,
      limit: 20,
      filter: [['NOT regencyCode = "13.71"']],
    });
  });

  it('filters a province by its code', () => {
    expect(placeFilter({ ...place, facet: 'province', code: '33' })).toBe('provinceCode = "33"');
  });
});

describe('a place-first page', () => {
  const state = { ...emptySearchState, q: 'puskesmas kota padang' };
  const plan = buildSearchPlan(state, 'innovations', { q: 'puskesmas', place });
  const hit = (id: string, regency: string) => ({
    id,
    title: `Puskesmas ${id}`,
    agency: `Pemerintah ${regency}`,
    regency,
    year: 2019,
    years: [2019],
    programmes: ['kipp'],
    status: 'berlanjut',
    interestCount: 0,
    replicationCount: 0,
    summary: 'Puskesmas.',
  });
  const result = (hits: unknown[], totalHits: number) => ({
    indexUid: 'innovations',
    hits,
    totalHits,
    totalPages: 1,
  });
  const response = {
    results: [
      {
        ...result([hit('x', 'Kota Bogor'), hit('padang', 'Kota Padang')], 3),
        facetDistribution: {},
      },
      result([hit('padang', 'Kota Padang')], 1),
      result([hit('x', 'Kota Bogor'), hit('y', 'Kota Bogor')], 2),
    ],
  } as unknown as MultiSearchResponse;

  it('shows the place’s hits, then everyone else’s, with the whole query’s total', () => {
    const view = toSearchView(state, plan, response);
    expect(view.hits.map((one) => one.id)).toEqual(['padang', 'x', 'y']);
    expect(view.total).toBe(3);
  });

  it('takes everyone else’s hits from the follow-up on a later page', () => {
    const later = { ...state, page: 2 };
    const laterPlan = buildSearchPlan(later, 'innovations', { q: 'puskesmas', place });
    // Page 2: the place's one record was on page 1; everyone else's start at their 20th.
    const laterResponse = {
      results: [response.results[0], result([], 1), response.results[2]],
    } as unknown as MultiSearchResponse;
    const view = toSearchView(later, laterPlan, laterResponse, {
      restHits: { hits: [hit('z', 'Kota Bogor')] },
    });
    expect(view.hits.map((one) => one.id)).toEqual(['z']);
  });
});
