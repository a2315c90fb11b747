import type { RegionIndex } from '../../lib/regions/index.ts';
import type { FacetName } from '../../lib/index/facets.ts';
import { withTopFacetValues } from '../../lib/search/ui/map.ts';
import { completeFacetParam, facetOfParam } from '../../lib/search/ui/params.ts';
import { placeValues } from '../../lib/search/ui/place-values.ts';
import { parseSearchState, type SearchState } from '../../lib/search/ui/state.ts';
import type { SearchView } from '../../lib/search/ui/view.ts';
import type { SiteSearch } from '../../infra/meilisearch/site-engine.ts';
import { orEngineDown, type Outcome } from '../../infra/meilisearch/outcome.ts';
import { failures } from '../../http/failure.ts';
import { understoodSearch } from './understood-search.ts';
import { failPage, pageAnswer, type PageResponse } from '../../http/page.ts';

/**
 * One search of the portal: the query understood (with the region index: a place it names is
 * preferred), then the disjunctive multi-search of a state, run with the search-only key, as a
 * view model. Throws what `SiteSearch.run` throws (`isEngineDown` when the engine cannot be
 * reached).
 */
export async function searchInnovations(
  search: SiteSearch,
  state: SearchState,
  regions?: RegionIndex,
): Promise<SearchView> {
  return search.run((engine) =>
    understoodSearch(
      (queries) => engine.client.multiSearch({ queries }),
      engine.indexUid,
      state,
      regions,
    ),
  );
}

/** What the search page renders for its URL: the state it read (leniently) and its results. */
export interface SearchPageData {
  state: SearchState;
  outcome: Outcome<SearchView>;
  /** The facet `?semua=` asked to list whole. */
  complete?: FacetName;
}

/**
 * A long facet sends its top values (the island fetches the rest when it is opened); the one
 * named by `?semua=` is listed whole, for a browser without JavaScript.
 */
export async function loadSearchPage(
  search: SiteSearch,
  params: URLSearchParams,
  regions?: RegionIndex,
): Promise<SearchPageData> {
  const state = parseSearchState(params, regions && placeValues(regions));
  const complete = facetOfParam(params.get(completeFacetParam));
  const outcome = await orEngineDown(async () =>
    withTopFacetValues(await searchInnovations(search, state, regions), complete),
  );
  return { state, outcome, ...(complete && { complete }) };
}

/**
 * The search page's status and cache headers: set by the page itself (a component renders
 * while the response streams, too late for them). 503 when the engine is down, never cached.
 */
export function respondSearchPage(
  response: PageResponse,
  { outcome }: { outcome: Outcome<unknown> },
): void {
  if (outcome.ok) pageAnswer(response, 'search');
  else failPage(response, failures.unavailable);
}
