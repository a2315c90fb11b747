import { useCallback, useMemo } from 'react';
import type { Locale } from '../../i18n/locales.ts';
import type { FacetName } from '../../lib/index/facets.ts';
import { endpointPatterns, routes } from '../../i18n/routes.ts';
import { searchQueryString } from '../../lib/search/ui/params.ts';
import type { SearchState } from '../../lib/search/ui/state.ts';
import type { SearchView } from '../../lib/search/ui/view.ts';
import { SearchContext, type SearchContextValue } from './context.ts';
import { useLanguageLinks } from './hooks/useLanguageLinks.ts';
import { useSearchResults, useViewFetcher } from './hooks/useSearchResults.ts';
import { useSearchState } from './hooks/useSearchState.ts';
import { searchTranslator, type SearchLabels, type SearchMessages } from './messages.ts';
import { FacetsWidget } from './widgets/FacetsWidget.tsx';
import { ResultsWidget, resultsBodyId } from './widgets/ResultsWidget.tsx';
import { SearchBoxWidget } from './widgets/SearchBoxWidget.tsx';
import './search.css';

export interface SearchAppProps {
  locale: Locale;
  /** The state of the URL the page was opened with, as the server read it. */
  state: SearchState;
  /** That URL's query string as the server got it (`?…` or `''`). */
  servedQuery: string;
  /** The server's results for that state, or null when the engine was down. */
  view: SearchView | null;
  messages: SearchMessages;
  labels: SearchLabels;
  /** The facet the page listed whole (`?semua=`), kept whole while the island runs. */
  complete?: FacetName | undefined;
}

/** The search page's island: query box, facets and results, all following the URL. */
export default function SearchApp(props: SearchAppProps) {
  const fetcher = useViewFetcher<SearchView>(
    endpointPatterns.searchApi,
    searchQueryString(props.state),
    props.view,
  );
  const prefetch = useCallback(
    (next: SearchState) => {
      fetcher.prefetch(searchQueryString(next));
    },
    [fetcher],
  );
  const search = useSearchState(props.state, props.servedQuery, prefetch);
  const queryString = searchQueryString(search.state);
  const results = useSearchResults(fetcher, queryString, props.view);
  useLanguageLinks(queryString);
  const { locale, messages, labels } = props;
  const t = useMemo(() => searchTranslator(messages, locale), [messages, locale]);
  const context: SearchContextValue = {
    search,
    results,
    locale,
    t,
    labels,
    hrefOf: (state) => routes.search(locale, searchQueryString(state)),
    formAction: routes.search(locale),
  };
  return (
    <SearchContext value={context}>
      <div className="search">
        <SearchBoxWidget />
        <a className="search__skip" href={`#${resultsBodyId}`}>
          {t('search.skipToResults')}
        </a>
        <div className="search__layout">
          <FacetsWidget complete={props.complete} />
          <ResultsWidget />
        </div>
      </div>
    </SearchContext>
  );
}
