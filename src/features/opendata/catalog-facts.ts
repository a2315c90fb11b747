import { emptySearchState } from '../../lib/search/ui/state.ts';
import type { SiteSearch } from '../../infra/meilisearch/site-engine.ts';
import type { CatalogFacts } from './catalog.ts';
import { facetCounts } from './facets.ts';

/** The catalog's facts from the index: how many innovations, and the years they cover. */
export async function catalogFacts(search: SiteSearch, origin: string): Promise<CatalogFacts> {
  const { total, facets } = await facetCounts(search, emptySearchState);
  const years = (facets.find((facet) => facet.field === 'years')?.values ?? [])
    .map((one) => Number(one.value))
    .filter(Number.isInteger);
  return {
    origin,
    total,
    years: years.length === 0 ? undefined : { first: Math.min(...years), last: Math.max(...years) },
  };
}
