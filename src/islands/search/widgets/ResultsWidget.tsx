import { useRef } from 'react';
import { apiPaths, routes, exportPath } from '../../../i18n/routes.ts';
import { searchActions } from '../../../lib/search/ui/actions.ts';
import type { HitView, SearchView } from '../../../lib/search/ui/view.ts';
import { trendsQueryString } from '../../../lib/trends/state.ts';
import { hitsPerPage, searchQueryString } from '../../../lib/search/ui/params.ts';
import { useSearch, type SearchContextValue } from '../context.ts';
import { labelOf } from '../messages.ts';
import { EmptyState, type EmptySuggestion } from '../ui/EmptyState.tsx';
import { ErrorState } from '../ui/ErrorState.tsx';
import { Hits } from '../ui/Hits.tsx';
import { Pagination } from '../ui/Pagination.tsx';
import { ResultLinks } from '../ui/ResultLinks.tsx';
import { Stats } from '../ui/Stats.tsx';
import { CurrentRefinementsWidget } from './CurrentRefinementsWidget.tsx';
import { QueryNotesWidget } from './QueryNotesWidget.tsx';
import { SortByWidget } from './SortByWidget.tsx';
import { VerifiedWidget } from './VerifiedWidget.tsx';
import { ReplicatedWidget } from './ReplicatedWidget.tsx';

export const resultsHeadingId = 'search-results-heading';
/** The hits' container: where the skip link and the filter panel's button take the reader. */
export const resultsBodyId = 'search-hits';

/** The results column: count and sort, active filters, hits (or why there are none), pages. */
export function ResultsWidget() {
  const context = useSearch();
  const { search, results, t, hrefOf } = context;
  const heading = useRef<HTMLHeadingElement>(null);
  const view = results.view;
  const busy = results.loading;
  return (
    <section className="results" aria-labelledby={resultsHeadingId} aria-busy={busy}>
      <h2 id={resultsHeadingId} className="visually-hidden" tabIndex={-1} ref={heading}>
        {t('search.results')}
      </h2>
      <div className="results__bar">
        <Stats
          text={view === null || results.failed ? '' : countText(context, view)}
          loadingText={t('search.loading')}
          loading={busy}
        />
        <VerifiedWidget />
        <ReplicatedWidget />
        <SortByWidget />
      </div>
      <ResultLinksWidget />
      <QueryNotesWidget />
      <CurrentRefinementsWidget />
      {/* `data-results-for`: the query these results answer, read by `npm run bench -- search`. */}
      <div
        id={resultsBodyId}
        tabIndex={-1}
        className="results__body"
        data-loading={busy}
        data-results-for={view?.state.q}
      >
        {results.failed || view === null ? (
          <ErrorState
            title={t('search.error.title')}
            text={t('search.error.text')}
            retryText={t('search.error.retry')}
            onRetry={results.retry}
          />
        ) : view.hits.length === 0 ? (
          <EmptyWidget view={view} />
        ) : (
          <Hits
            hits={view.hits}
            start={(view.state.page - 1) * hitsPerPage + 1}
            texts={{
              href: (hit) => routes.innovation(context.locale, hit.id),
              facts: factsOf(context),
            }}
          />
        )}
      </div>
      {view !== null && !results.failed ? (
        <Pagination
          label={t('search.pages')}
          page={search.state.page}
          totalPages={view.totalPages}
          texts={{
            previous: t('search.previous'),
            next: t('search.next'),
            page: (page) => t('search.page', { page }),
          }}
          hrefOf={(page) => hrefOf(searchActions.page(search.state, page))}
          onPage={(page) => {
            search.setPage(page);
            heading.current?.focus();
            heading.current?.scrollIntoView({ block: 'start' });
          }}
        />
      ) : null}
    </section>
  );
}

// --- internal ---

/** Trends of the same filters (trends have no order or page), and the whole result set. */
function ResultLinksWidget() {
  const { search, t, locale } = useSearch();
  const whole = searchQueryString({ ...search.state, page: 1 });
  return (
    <ResultLinks
      trends={{
        href: routes.trends(locale, trendsQueryString(search.state)),
        text: t('search.toTrends'),
      }}
      downloadsLabel={t('search.downloads')}
      downloads={[
        {
          href: exportPath('csv', whole),
          text: t('search.downloadCsv'),
          type: 'text/csv',
        },
        {
          href: exportPath('json', whole),
          text: t('search.downloadJson'),
          type: 'application/json',
        },
        {
          href: apiPaths.feed(whole),
          text: t('search.downloadFeed'),
          type: 'application/atom+xml',
        },
      ]}
    />
  );
}

function countText({ t }: SearchContextValue, view: SearchView): string {
  const count = view.total;
  return view.state.q === ''
    ? t('search.count', { count })
    : t('search.countFor', { count, q: view.state.q });
}

function factsOf({ t, labels }: SearchContextValue) {
  return (hit: HitView): string[] => [
    hit.firstYear === hit.lastYear ? String(hit.firstYear) : `${hit.firstYear}–${hit.lastYear}`,
    hit.programmes.map((programme) => labelOf(labels, 'programmes', programme)).join(', '),
    labelOf(labels, 'status', hit.status),
    ...(hit.stale ? [t('search.stale')] : []),
    ...(hit.interestCount > 0 ? [t('search.hit.interest', { count: hit.interestCount })] : []),
    ...(hit.replicationCount > 0
      ? [t('search.hit.replications', { count: hit.replicationCount })]
      : []),
  ];
}

function EmptyWidget({ view }: { view: SearchView }) {
  const { search, t, labels, hrefOf } = useSearch();
  const { state } = search;
  const suggestion = (
    key: string,
    text: string,
    detail: string,
    next: typeof state,
  ): EmptySuggestion => ({
    key,
    text,
    detail,
    href: hrefOf(next),
    onFollow: () => {
      search.go(next);
    },
  });
  const removals = view.relaxed
    .filter(({ total }) => total > 0)
    .map(({ facet, total }) =>
      suggestion(
        facet,
        t('search.empty.remove', {
          facet: labels.titles[facet],
          values: state.filters[facet].map((value) => labelOf(labels, facet, value)).join(', '),
        }),
        t('search.empty.wouldGive', { count: total }),
        searchActions.clearFacet(state, facet),
      ),
    );
  const popular = t('search.popularQueries')
    .split('|')
    .map((query) =>
      suggestion(query, query, '', searchActions.clearFilters(searchActions.query(state, query))),
    );
  return (
    <EmptyState
      title={t('search.empty.title')}
      queryHint={view.state.q === '' ? undefined : t('search.empty.query')}
      removeTitle={t('search.empty.filters')}
      removals={removals}
      popularTitle={t('search.empty.popular')}
      popular={popular}
    />
  );
}
