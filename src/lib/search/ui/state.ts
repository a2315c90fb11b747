import { z } from 'zod';
import { problemsByField, type Problems } from '../../zod-issues.ts';
import { facetValueSchemas, isFacetName, type FacetName } from '../../index/facets.ts';
import {
  facetParams,
  mapFacets,
  pageParam,
  queryParam,
  readSearchParams,
  readSearchState,
  sortNames,
  sortOfParam,
  sortParam,
  type RawSearchParams,
} from './params.ts';

/** Long enough for any title pasted whole; longer text is not a search. */
export const maxQueryLength = 200;
/** Every hit stays reachable: Meilisearch's `maxTotalHits` (1,000,000) over 20 a page. */
export const maxPage = 50_000;

/**
 * One view of the search: what the URL says (`params.ts`), the page shows and the server asks
 * Meilisearch. Filter values are facet values as Meilisearch writes them (`"2019"`, `"true"`),
 * each checked against its facet's schema; within a facet they combine with OR, across facets
 * with AND.
 */
export const searchStateSchema = z.object({
  q: z.string().max(maxQueryLength),
  filters: z.object(mapFacets((facet) => z.array(filterValueSchema(facet)))),
  sort: z.enum(sortNames),
  page: z.int().min(1).max(maxPage),
});

export type SearchState = z.output<typeof searchStateSchema>;

export const emptySearchState: SearchState = {
  q: '',
  filters: mapFacets(() => []),
  sort: 'relevance',
  page: 1,
};

/**
 * The state of a URL as the search PAGE reads it: anything it cannot use is dropped (an
 * unknown value, a bad page number, a sort that no longer exists), so a stale or hand-edited
 * link still opens the closest view instead of an error.
 */
export function parseSearchState(params: URLSearchParams): SearchState {
  const read = readSearchState(params);
  return {
    q: read.q.slice(0, maxQueryLength),
    filters: mapFacets((facet) =>
      read.filters[facet].filter((value) => isFacetValue(facet, value)),
    ),
    sort: read.sort,
    page: read.page <= maxPage ? read.page : 1,
  };
}

export type StrictParse =
  { success: true; state: SearchState } | { success: false; problems: Problems };

/**
 * The state of a URL as the search API reads it: a bad value is an error named by its URL
 * parameter (`{ tahun: 'invalid' }`). The portal's own pages only ever
 * send URLs written by `toSearchParams`, so an error here is a client's mistake worth telling.
 */
export function parseSearchStateStrict(params: URLSearchParams): StrictParse {
  const raw = readSearchParams(params);
  const parsed = searchStateSchema.safeParse(candidate(raw));
  if (parsed.success) return { success: true, state: dedupe(parsed.data) };
  return { success: false, problems: problemsByField(parsed.error.issues, paramOfPath) };
}

/** True when a URL value is a value of that facet (`"2019"` for years, `"true"` for digital). */
export function isFacetValue(facet: FacetName, value: string): boolean {
  return facetValueSchemas[facet].safeParse(decode(facet, value)).success;
}

// --- internal ---

function filterValueSchema(facet: FacetName) {
  return z.string().refine((value) => isFacetValue(facet, value), {
    error: (issue) => `${JSON.stringify(issue.input)} is not a valid value`,
  });
}

/** URL values are strings; numeric and boolean facets are checked as what they stand for. */
function decode(facet: FacetName, value: string): unknown {
  if (facet === 'years' || facet === 'sdgs') return /^\d+$/.test(value) ? Number(value) : value;
  if (facet === 'digital') return value === 'true' ? true : value === 'false' ? false : value;
  return value;
}

function candidate(raw: RawSearchParams): unknown {
  const sort = raw.sort === undefined ? 'relevance' : (sortOfParam(raw.sort) ?? raw.sort);
  const page = raw.page === undefined ? 1 : /^\d+$/.test(raw.page) ? Number(raw.page) : raw.page;
  return { q: raw.q.trim(), filters: raw.filters, sort, page };
}

function dedupe(state: SearchState): SearchState {
  return { ...state, filters: mapFacets((facet) => [...new Set(state.filters[facet])]) };
}

function paramOfPath(path: readonly PropertyKey[]): string {
  const [field, facet] = path;
  if (field === 'filters' && typeof facet === 'string' && isFacetName(facet)) {
    return facetParams[facet];
  }
  if (field === 'sort') return sortParam;
  if (field === 'page') return pageParam;
  return queryParam;
}
