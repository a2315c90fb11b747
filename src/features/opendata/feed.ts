import type { Locale } from '../../i18n/locales.ts';
import { apiPaths, routes } from '../../i18n/routes.ts';
import { translator } from '../../i18n/t.ts';
import type { SearchState } from '../../lib/search/ui/state.ts';
import type { SiteSearch } from '../../infra/meilisearch/site-engine.ts';
import { absoluteUrl } from '../innovation/urls.ts';
import { atomFeed } from './atom.ts';
import { searchOf } from './export-meta.ts';
import { searchRecords } from './records.ts';

/** Entries a feed holds: the newest of its search. */
export const feedSize = 50;

/**
 * The Atom feed of a search: its `feedSize` newest innovations (by latest year), titled in the
 * request's language with the words searched for, linking the search page of the same search.
 * Throws what `SiteSearch.run` throws.
 */
export async function searchFeed(
  search: SiteSearch,
  state: SearchState,
  where: { origin: string; locale: Locale },
): Promise<string> {
  const newest: SearchState = { ...state, sort: 'newest', page: 1 };
  const { data } = await searchRecords(search, newest, 1, feedSize);
  const t = translator(where.locale);
  const query = searchOf(state);
  const url = (path: string) => absoluteUrl(where.origin, path);
  const updated =
    data
      .map((record) => record.updatedAt)
      .sort()
      .at(-1) ?? new Date(0).toISOString();
  return atomFeed(
    {
      title:
        state.q === ''
          ? t('opendata.feed.title')
          : t('opendata.feed.searchTitle', { query: state.q }),
      self: url(apiPaths.feed(query)),
      alternate: url(routes.search(where.locale, query)),
      updated,
    },
    data,
    (id) => url(routes.innovation(where.locale, id)),
  );
}
