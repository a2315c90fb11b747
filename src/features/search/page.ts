import { toSearchView } from '../../lib/search/ui/map.ts';
import { buildSearchPlan } from '../../lib/search/ui/request.ts';
import { parseSearchState, type SearchState } from '../../lib/search/ui/state.ts';
import type { SearchView } from '../../lib/search/ui/view.ts';
import type { Config } from '../../infra/config.ts';
import { withSiteEngine } from '../../infra/meilisearch/site-engine.ts';
import { orEngineDown, type Outcome } from '../../infra/meilisearch/outcome.ts';
import { shortCache } from './api.ts';

/**
 * One search of the portal: the disjunctive multi-search of a state, run with the search-only
 * key, as a view model. Throws what `withSiteEngine` throws (`isEngineDown` when the engine
 * cannot be reached).
 */
export async function searchInnovations(state: SearchState, config?: Config): Promise<SearchView> {
  return withSiteEngine(async (engine) => {
    const plan = buildSearchPlan(state, engine.indexUid);
    const response = await engine.client.multiSearch({ queries: plan.queries });
    return toSearchView(state, plan, response);
  }, config);
}

/** What the search page renders for its URL: the state it read (leniently) and its results. */
export interface SearchPageData {
  state: SearchState;
  outcome: Outcome<SearchView>;
}

export async function loadSearchPage(params: URLSearchParams): Promise<SearchPageData> {
  const state = parseSearchState(params);
  return { state, outcome: await orEngineDown(() => searchInnovations(state)) };
}

/**
 * The search page's status and cache headers: set by the page itself (a component renders
 * while the response streams, too late for them). 503 when the engine is down, never cached.
 */
export function respondSearchPage(
  response: { status?: number; headers: Headers },
  { outcome }: { outcome: Outcome<unknown> },
): void {
  if (outcome.ok) {
    response.headers.set('Cache-Control', shortCache['Cache-Control']);
    return;
  }
  response.status = 503;
  response.headers.set('Cache-Control', 'no-store');
  response.headers.set('Retry-After', '30');
}
