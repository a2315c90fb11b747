import { z } from 'zod';
import type { FacetName } from '../../lib/index/facets.ts';
import { maxTotalHits } from '../../lib/index/settings.ts';
import {
  facetParams,
  pageParam,
  queryParam,
  replicatedParam,
  sortParam,
  verifiedParam,
} from '../../lib/search/ui/params.ts';
import { parseSearchStateStrict, type SearchState } from '../../lib/search/ui/state.ts';
import { problemsByField, type Problems } from '../../lib/zod-issues.ts';

/** Records on one page of `GET /api/v1/innovations`: `per_halaman`, 20 unless asked. */
export const pageSizeParam = 'per_halaman';
export const defaultPageSize = 20;
export const maxPageSize = 100;

/** What one endpoint reads of the search page's parameters. */
export type ParamSet = 'list' | 'filters';

export interface ApiQuery {
  state: SearchState;
  pageSize: number;
}

export type ApiQueryParse =
  { success: true; query: ApiQuery } | { success: false; problems: Problems };

/**
 * The parameters of an open-data endpoint: the search page's own (`q`, the facets, `urut`,
 * `halaman`), checked strictly, plus `per_halaman` for the paginated list. A parameter the
 * endpoint does not know is an error too: a misspelt filter would otherwise silently give
 * every record.
 */
export function parseApiQuery(params: URLSearchParams, set: ParamSet): ApiQueryParse {
  const problems: Problems = {};
  const known = set === 'list' ? listParams : filterParams;
  for (const name of new Set(params.keys())) {
    if (!known.has(name)) problems[name] = 'unknown';
  }
  const pageSize = pageSizeSchema.safeParse(params.get(pageSizeParam) ?? undefined);
  if (!pageSize.success) {
    Object.assign(
      problems,
      problemsByField(pageSize.error.issues, () => pageSizeParam),
    );
  }
  const parsed = parseSearchStateStrict(params);
  if (!parsed.success) Object.assign(problems, parsed.problems);
  if (!parsed.success || !pageSize.success || Object.keys(problems).length > 0) {
    return { success: false, problems };
  }
  const outOfRange = parsed.state.page * pageSize.data > maxTotalHits;
  if (set === 'list' && outOfRange) {
    return {
      success: false,
      problems: { [pageParam]: 'page-end' },
    };
  }
  return { success: true, query: { state: parsed.state, pageSize: pageSize.data } };
}

/**
 * The record's field each facet counts: its own name, except the award levels, which the
 * index keeps in a search-only field and the record holds in `awards`.
 */
export const facetFields: Record<FacetName, string> = {
  programmes: 'programmes',
  years: 'years',
  cluster: 'cluster',
  province: 'province',
  regency: 'regency',
  sectors: 'sectors',
  sdgs: 'sdgs',
  awardLevels: 'awards.level',
  status: 'status',
  stage: 'stage',
  digital: 'digital',
};

// --- internal ---

const filterParams = new Set<string>([
  queryParam,
  ...Object.values(facetParams),
  // The filters beside the facets, as the OpenAPI document lists them.
  verifiedParam,
  replicatedParam,
  sortParam,
  // A search page's URL may carry its page; a download or a count ignores it.
  pageParam,
  // The language of the error messages (`requestLocale`).
  'lang',
]);
const listParams = new Set<string>([...filterParams, pageSizeParam]);

const pageSizeSchema = z
  .string()
  .regex(/^\d+$/, 'must be a whole number')
  .transform(Number)
  .pipe(z.int().min(1).max(maxPageSize))
  .default(defaultPageSize);
