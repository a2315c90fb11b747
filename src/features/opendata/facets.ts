import type { z } from 'zod';
import { facetParams } from '../../lib/search/ui/params.ts';
import type { SearchState } from '../../lib/search/ui/state.ts';
import type { SiteSearch } from '../../infra/meilisearch/site-engine.ts';
import { searchInnovations } from '../search/page.ts';
import { facetFields } from './params.ts';
import type { facetsAnswerSchema } from './schemas.ts';

export type FacetsAnswer = z.output<typeof facetsAnswerSchema>;

/**
 * Each facet's values with how many records of the search have them, counted as the search
 * page counts: a filtered facet's values with every filter but its own, so they say what
 * ticking one more value would give. Throws what `SiteSearch.run` throws.
 */
export async function facetCounts(search: SiteSearch, state: SearchState): Promise<FacetsAnswer> {
  const view = await searchInnovations(search, { ...state, page: 1 });
  return {
    total: view.total,
    facets: view.facets.map((facet) => ({
      parameter: facetParams[facet.name],
      field: facetFields[facet.name],
      values: facet.values,
    })),
  };
}
