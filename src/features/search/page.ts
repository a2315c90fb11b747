import { toSearchView } from '../../lib/search/ui/map.ts';
import { buildSearchPlan } from '../../lib/search/ui/request.ts';
import { parseSearchState, type SearchState } from '../../lib/search/ui/state.ts';
import type { SearchView } from '../../lib/search/ui/view.ts';
import type { SiteSearch } from '../../infra/meilisearch/site-engine.ts';
import { orEngineDown, type Outcome } from '../../infra/meilisearch/outcome.ts';
import { failures } from '../../http/failure.ts';
import { failPage, pageAnswer, type PageResponse } from '../../http/page.ts';

/**
 * One search of the portal: the disjunctive multi-search of a state, run with the search-only
 * key, as a view model. Throws what `SiteSearch.run` throws (`isEngineDown` when the engine
 * cannot be reached).
 */
export async function searchInnovations(
  search: SiteSearch,
  state: SearchState,
): Promise<SearchView> {
  return search.run(async (engine) => {
    const plan = buildSearchPlan(state, engine.indexUid);
    const response = await engine.client.multiSearch({ queries: plan.queries });
    return toSearchView(state, plan, response);
  });
}

/** What the search page renders for its URL: the state it read (leniently) and its results. */
export interface SearchPageData {
  state: SearchState;
  outcome: Outcome<SearchView>;
}

export async function loadSearchPage(
  search: SiteSearch,
  params: URLSearchParams,
): Promise<SearchPageData> {
  const state = parseSearchState(params);
  return { state, outcome: await orEngineDown(() => searchInnovations(search, state)) };
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
