import { describe, expect, it } from 'vitest';
import { activeFilterCount, searchActions } from '../../../../../src/lib/search/ui/actions.ts';
import { emptySearchState, type SearchState } from '../../../../../src/lib/search/ui/state.ts';

const state: SearchState = {
  ...emptySearchState,
  q: 'ktp',
  filters: { ...emptySearchState.filters, years: ['2019'], status: ['berlanjut'] },
  sort: 'title',
  page: 4,
};

describe('searchActions', () => {
  it('ticks and unticks a value, back to page 1', () => {
    const ticked = searchActions.toggle(state, 'years', '2020');
    expect(ticked.filters.years).toEqual(['2019', '2020']);
    expect(ticked.page).toBe(1);
    expect(searchActions.toggle(ticked, 'years', '2019').filters.years).toEqual(['2020']);
  });

  it('clears one facet or every filter, keeping the query and the sort', () => {
    expect(searchActions.clearFacet(state, 'years').filters).toEqual({
      ...state.filters,
      years: [],
    });
    const cleared = searchActions.clearFilters(state);
    expect(activeFilterCount(cleared)).toBe(0);
    expect(cleared).toMatchObject({ q: 'ktp', sort: 'title', page: 1 });
  });

  it('goes to page 1 on a new query or sort, and only pages change the page', () => {
    expect(searchActions.query(state, 'kk').page).toBe(1);
    expect(searchActions.sort(state, 'newest').page).toBe(1);
    expect(searchActions.page(state, 7)).toEqual({ ...state, page: 7 });
  });

  it('counts ticked values over every facet', () => {
    expect(activeFilterCount(state)).toBe(2);
  });
});
