import { searchQueryString } from '../search/ui/params.ts';
import type { SearchState } from '../search/ui/state.ts';

/**
 * The search a chart counts: its query and filters. Order and page mean nothing to a count,
 * so a trends URL never carries them and two searches that differ only there share one answer.
 */
export function trendsState(state: SearchState): SearchState {
  return { ...state, sort: 'relevance', page: 1 };
}

/** `?q=…&tahun=…` of the trends of a search (`''` for no filter). */
export function trendsQueryString(state: SearchState): string {
  return searchQueryString(trendsState(state));
}
