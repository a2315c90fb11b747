import { describe, expect, it } from 'vitest';
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
