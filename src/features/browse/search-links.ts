import type { FacetName } from '../../lib/index/facets.ts';
import { facetOrder, facetParams } from '../../lib/search/ui/params.ts';
import type { Locale } from '../../i18n/locales.ts';
import { routes } from '../../i18n/routes.ts';

/**
 * The search page filtered by the given facet values (`/cari?provinsi=Aceh&tahun=2019`), with
 * the search page's own URL parameters, in its facet order.
 */
export function searchLink(
  locale: Locale,
  filters: Partial<Record<FacetName, string | number>>,
): string {
  const params = new URLSearchParams();
  for (const facet of facetOrder) {
    const value = filters[facet];
    if (value !== undefined) params.append(facetParams[facet], String(value));
  }
  const query = params.toString();
  return routes.search(locale, query === '' ? '' : `?${query}`);
}
