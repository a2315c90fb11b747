import { endpointPatterns } from '../../i18n/routes.ts';
import { useCallback, useMemo } from 'react';
import type { Locale } from '../../i18n/locales.ts';
import { routes } from '../../i18n/routes.ts';
import type { FacetName } from '../../lib/index/facets.ts';
import type { SearchState } from '../../lib/search/ui/state.ts';
import type { KippRegistration } from '../../lib/trends/kipp.ts';
import type { ReplicationStats } from '../../lib/replication/stats.ts';
import { trendsQueryString } from '../../lib/trends/state.ts';
import type { TrendsView } from '../../lib/trends/view.ts';
import { SearchContext, type SearchContextValue } from '../search/context.ts';
import { useFetchedView, useViewFetcher } from '../search/hooks/useSearchResults.ts';
import { useLanguageLinks } from '../search/hooks/useLanguageLinks.ts';
import { useSearchState } from '../search/hooks/useSearchState.ts';
import {
  labelOf,
  searchTranslator,
  type SearchLabels,
  type SearchMessages,
} from '../search/messages.ts';
import { FacetsWidget } from '../search/widgets/FacetsWidget.tsx';
import { SearchBoxWidget } from '../search/widgets/SearchBoxWidget.tsx';
import { TrendsContext, type TrendsContextValue } from './context.ts';
import { trendsTranslator, type TrendsMessages } from './messages.ts';
import { ChartsWidget } from './widgets/ChartsWidget.tsx';
import '../search/search.css';
import './trends.css';

export interface TrendsAppProps {
  locale: Locale;
  /** The state of the URL the page was opened with, as the server read it. */
  state: SearchState;
  /** That URL's query string as the server got it (`?…` or `''`). */
  servedQuery: string;
  /** The server's charts for that state, or null when the engine was down. */
  view: TrendsView | null;
  /** KIPP's registrations per year: context, the same for every filter. */
  kipp: readonly KippRegistration[];
  /** Confirmed replications per year (the store's, for every filter); undefined when away. */
  replications?: ReplicationStats | undefined;
  searchMessages: SearchMessages;
  messages: TrendsMessages;
  labels: SearchLabels;
}

/**
 * The trends page's island: the search's query box and facets (the same URL parameters) over
 * charts that follow them. Trends have no order or page, so those never reach the URL.
 */
export default function TrendsApp(props: TrendsAppProps) {
  const { locale, labels } = props;
  const fetcher = useViewFetcher<TrendsView>(
    endpointPatterns.trendsApi,
    trendsQueryString(props.state),
    props.view,
  );
  const prefetch = useCallback(
    (next: SearchState) => {
      fetcher.prefetch(trendsQueryString(next));
    },
    [fetcher],
  );
  const search = useSearchState(props.state, props.servedQuery, prefetch);
  const queryString = trendsQueryString(search.state);
  const trends = useFetchedView(fetcher, queryString, props.view);
  useLanguageLinks(queryString);
  const searchT = useMemo(
    () => searchTranslator(props.searchMessages, locale),
    [props.searchMessages, locale],
  );
  const context: SearchContextValue = {
    search,
    results: { ...trends, view: trends.view?.search ?? null },
    locale,
    t: searchT,
    labels,
    hrefOf: (state) => routes.trends(locale, trendsQueryString(state)),
    formAction: routes.trends(locale),
  };
  const trendsContext = useMemo((): TrendsContextValue => {
    const numbers = new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-GB');
    return {
      locale,
      t: trendsTranslator(props.messages, locale),
      label: (facet: FacetName, value: string) => labelOf(labels, facet, value),
      title: (facet: FacetName) => labels.titles[facet],
      number: (value: number) => numbers.format(value),
    };
  }, [locale, labels, props.messages]);
  return (
    <SearchContext value={context}>
      <TrendsContext value={trendsContext}>
        <div className="search trends">
          <SearchBoxWidget />
          <div className="search__layout">
            <FacetsWidget />
            <ChartsWidget trends={trends} kipp={props.kipp} replications={props.replications} />
          </div>
        </div>
      </TrendsContext>
    </SearchContext>
  );
}
