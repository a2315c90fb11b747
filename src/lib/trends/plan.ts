import type { MultiSearchQuery } from 'meilisearch';
import type { FacetName } from '../index/facets.ts';
import { buildSearchPlan, type SearchPlan } from '../search/ui/request.ts';
import type { SearchState } from '../search/ui/state.ts';
import { bucketFields, type BucketField } from '../index/settings.ts';
import { trendFields, type TrendField } from '../index/trend-fields.ts';
import { trendsState } from './state.ts';

/** The facet distributions the charts read from the main query (every filter applied). */
export const chartFacets = [
  'years',
  'cluster',
  'sectors',
  'sdgs',
  'province',
  ...trendFields,
  ...bucketFields,
] as const satisfies readonly (FacetName | TrendField | BucketField)[];

/**
 * The multi-search of the trends page: the search page's disjunctive plan for the filter
 * panel, without hits, whose main query also asks for the chart facets. One round trip, no
 * document downloaded.
 */
export function buildTrendsPlan(state: SearchState, indexUid: string): SearchPlan {
  const plan = buildSearchPlan(trendsState(state), indexUid);
  const [main, ...counts] = plan.queries;
  if (main === undefined) throw new Error('the search plan has no main query');
  const chartMain: MultiSearchQuery = {
    indexUid,
    q: main.q,
    filter: main.filter,
    facets: [...new Set([...(main.facets ?? []), ...chartFacets])],
    page: 1,
    hitsPerPage: 0,
  };
  return { queries: [chartMain, ...counts], facets: plan.facets };
}
