import { parseSearchState, type SearchState } from '../../lib/search/ui/state.ts';
import { buildTrendsPlan } from '../../lib/trends/plan.ts';
import { trendsState } from '../../lib/trends/state.ts';
import { toTrendsView } from '../../lib/trends/map.ts';
import type { TrendsView } from '../../lib/trends/view.ts';
import type { SiteSearch } from '../../infra/meilisearch/site-engine.ts';
import { orEngineDown, type Outcome } from '../../infra/meilisearch/outcome.ts';

/**
 * Every chart of the trends page for a search, with the filter panel's counts: one
 * multi-search of facet distributions, run with the search-only key. Throws what
 * `SiteSearch.run` throws.
 */
export async function computeTrends(search: SiteSearch, state: SearchState): Promise<TrendsView> {
  return search.run(async (engine) => {
    const plan = buildTrendsPlan(state, engine.indexUid);
    const response = await engine.client.multiSearch({ queries: plan.queries });
    return toTrendsView(state, plan, response, new Date().getUTCFullYear());
  });
}

export interface TrendsPageData {
  state: SearchState;
  outcome: Outcome<TrendsView>;
}

/** The trends of the page's URL, read leniently like the search page reads it. */
export async function loadTrendsPage(
  search: SiteSearch,
  params: URLSearchParams,
): Promise<TrendsPageData> {
  const state = trendsState(parseSearchState(params));
  return { state, outcome: await orEngineDown(() => computeTrends(search, state)) };
}
