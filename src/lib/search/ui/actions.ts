import type { FacetName } from '../../index/facets.ts';
import { mapFacets, type SortName } from './params.ts';
import type { SearchState } from './state.ts';

/**
 * What a person can do to a search view, as pure state changes (browser-safe: no schema).
 * Anything that changes the result set goes back to page 1.
 */
export const searchActions = {
  query: (state: SearchState, q: string): SearchState => ({ ...state, q, page: 1 }),

  toggle: (state: SearchState, facet: FacetName, value: string): SearchState => {
    const current = state.filters[facet];
    const next = current.includes(value)
      ? current.filter((other) => other !== value)
      : [...current, value];
    return { ...state, filters: { ...state.filters, [facet]: next }, page: 1 };
  },

  clearFacet: (state: SearchState, facet: FacetName): SearchState => ({
    ...state,
    filters: { ...state.filters, [facet]: [] },
    page: 1,
  }),

  clearFilters: (state: SearchState): SearchState => ({
    ...state,
    filters: mapFacets(() => []),
    page: 1,
  }),

  sort: (state: SearchState, sort: SortName): SearchState => ({ ...state, sort, page: 1 }),

  page: (state: SearchState, page: number): SearchState => ({ ...state, page }),
};

/** How many filter values are ticked, over every facet. */
export function activeFilterCount(state: SearchState): number {
  return Object.values(state.filters).reduce((sum, values) => sum + values.length, 0);
}
