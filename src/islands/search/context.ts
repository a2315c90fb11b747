import { createContext, useContext } from 'react';
import type { Locale } from '../../i18n/locales.ts';
import type { SearchState } from '../../lib/search/ui/state.ts';
import type { SearchStateApi } from './hooks/useSearchState.ts';
import type { SearchResults } from './hooks/useSearchResults.ts';
import type { SearchLabels, SearchT } from './messages.ts';

/** What every widget of the search island reads: the state, its results and the language. */
export interface SearchContextValue {
  search: SearchStateApi;
  results: SearchResults;
  locale: Locale;
  t: SearchT;
  labels: SearchLabels;
  /** The link of a state on this page in this language (for real links: new tab, no JS). */
  hrefOf: (state: SearchState) => string;
  /** Where the filter form goes without JavaScript: this page in this language. */
  formAction: string;
}

export const SearchContext = createContext<SearchContextValue | null>(null);

export function useSearch(): SearchContextValue {
  const value = useContext(SearchContext);
  if (value === null) throw new Error('a search widget is outside a SearchContext');
  return value;
}
