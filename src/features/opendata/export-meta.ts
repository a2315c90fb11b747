import type { z } from 'zod';
import { apiPaths, routes } from '../../i18n/routes.ts';
import { searchQueryString } from '../../lib/search/ui/params.ts';
import type { SearchState } from '../../lib/search/ui/state.ts';
import { absoluteUrl } from '../innovation/urls.ts';
import { dataAttribution, dataLicence } from './licence.ts';
import type { exportMetaSchema } from './schemas.ts';

export type ExportMeta = z.output<typeof exportMetaSchema>;

/** `?q=air&tahun=2019`, or `''` for everything: a search's words and filters, no order or page. */
export function searchOf(state: SearchState): string {
  return searchQueryString({ ...state, sort: 'relevance', page: 1 });
}

/**
 * What a JSON download says of itself: the search that produced it and the search page showing
 * it, how many records, when, under which licence and credit, and where its metadata is.
 */
export function exportMeta(
  state: SearchState,
  total: number,
  origin: string,
  now: Date,
): ExportMeta {
  const search = searchOf(state);
  return {
    search,
    total,
    retrievedAt: now.toISOString(),
    licence: { name: dataLicence.name, url: dataLicence.url },
    attribution: dataAttribution,
    source: absoluteUrl(origin, routes.search('id', search)),
    catalog: absoluteUrl(origin, apiPaths.catalog),
  };
}
