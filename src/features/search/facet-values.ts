import { z } from 'zod';
import type { FacetName } from '../../lib/index/facets.ts';
import type { RegionIndex } from '../../lib/regions/index.ts';
import { toFacetView } from '../../lib/search/ui/map.ts';
import { filterOf } from '../../lib/search/ui/request.ts';
import type { SearchState } from '../../lib/search/ui/state.ts';
import type { FacetValuesView } from '../../lib/search/ui/view.ts';
import type { SiteSearch } from '../../infra/meilisearch/site-engine.ts';
import { understoodQuery } from './understood-search.ts';

/**
 * Every value of one facet, for a search page that sent only the top ones (a long facet's),
 * counted as the page counts them: the page's query understood and every filter but the
 * facet's own. One Meilisearch facet search (`/facet-search` with no facet query: every value
 * with its exact count, at most the index's `maxValuesPerFacet`). Throws what `SiteSearch.run`
 * throws.
 */
export async function facetValues(
  search: SiteSearch,
  state: SearchState,
  facet: FacetName,
  regions?: RegionIndex,
): Promise<FacetValuesView> {
  return search.run(async (engine) => {
    const sent = await understoodQuery(
      (queries) => engine.client.multiSearch({ queries }),
      engine.indexUid,
      state,
      regions,
    );
    const found = facetHitsSchema.parse(
      await engine.index.searchForFacetValues({
        facetName: facet,
        q: sent.q,
        ...(sent.matchingStrategy && { matchingStrategy: sent.matchingStrategy }),
        filter: filterOf(state, facet),
        exhaustiveFacetCount: true,
      }),
    );
    const counts = Object.fromEntries(found.facetHits.map((hit) => [hit.value, hit.count]));
    return { facet, values: toFacetView(facet, counts, state.filters[facet]).values };
  });
}

// --- internal ---

const facetHitsSchema = z.object({
  facetHits: z.array(z.object({ value: z.string(), count: z.int() })),
});
