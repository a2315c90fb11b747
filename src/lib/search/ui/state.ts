import { z } from 'zod';
import { problemsByField, type Problems } from '../../zod-issues.ts';
import { facetValueSchemas, isFacetName, type FacetName } from '../../index/facets.ts';
import {
  facetOrder,
  facetParams,
  mapFacets,
  pageParam,
  queryParam,
  readSearchParams,
  readSearchState,
  sortNames,
  sortOfParam,
  sortParam,
  verifiedOfParam,
  verifiedParam,
  replicatedParam,
  replicatedValue,
  type RawSearchParams,
} from './params.ts';

/** Long enough for any title pasted whole; longer text is not a search. */
export const maxQueryLength = 200;
/** Every hit stays reachable: Meilisearch's `maxTotalHits` (1,000,000) over 20 a page. */
export const maxPage = 50_000;

/**
 * Bounds on the filters of one request, whatever the URL: a facet's values and all of them.
 * Each value is a chip whose link repeats the state, so the page grows with their square; a
 * person ticks a handful (the busiest facet, regencies, rarely more than a few).
 */
export const maxValuesPerFacet = 20;
export const maxFilterValues = 40;

/**
 * The values that exist, for facets whose values can be listed from reference data (the
 * official provinces and regencies): any other value of those facets is not one.
 */
export type KnownValues = Partial<Record<FacetName, ReadonlySet<string>>>;

/**
 * One view of the search: what the URL says (`params.ts`), the page shows and the server asks
 * Meilisearch. Filter values are facet values as Meilisearch writes them (`"2019"`, `"true"`),
 * each checked against its facet's schema and, where listed, the values that exist; within a
 * facet they combine with OR, across facets with AND.
 */
export function searchStateSchemaFor(known: KnownValues) {
  return z.object({
    q: z.string().max(maxQueryLength),
    filters: z
      .object(mapFacets((facet) => z.array(filterValueSchema(facet, known)).max(maxValuesPerFacet)))
      .superRefine((filters, context) => {
        const over = overTheTotal(filters);
        if (over === undefined) return;
        context.addIssue({
          code: 'too_big',
          origin: 'array',
          maximum: maxFilterValues,
          inclusive: true,
          input: filters[over],
          path: [over],
        });
      }),
    sort: z.enum(sortNames),
    page: z.int().min(1).max(maxPage),
    /** Only records verified within so many months (see `verifiedWithin`). */
    verified: z.union([z.literal(12), z.literal(24)]).optional(),
    /** Only innovations with a confirmed replication (`replicationCount` above 0). */
    replicated: z.literal(true).optional(),
  });
}

export const searchStateSchema = searchStateSchemaFor({});

export type SearchState = z.output<typeof searchStateSchema>;

export const emptySearchState: SearchState = {
  q: '',
  filters: mapFacets(() => []),
  sort: 'relevance',
  page: 1,
};

/**
 * The state of a URL as the search PAGE reads it: anything it cannot use is dropped (an
 * unknown value, a bad page number, a sort that no longer exists, values past the bounds), so
 * a stale or hand-edited link still opens the closest view instead of an error.
 */
export function parseSearchState(params: URLSearchParams, known: KnownValues = {}): SearchState {
  const read = readSearchState(params);
  let room = maxFilterValues;
  return {
    q: read.q.slice(0, maxQueryLength),
    filters: mapFacets((facet) => {
      const kept = read.filters[facet]
        .filter((value) => isFacetValue(facet, value) && isKnown(known, facet, value))
        .slice(0, Math.min(maxValuesPerFacet, room));
      room -= kept.length;
      return kept;
    }),
    sort: read.sort,
    page: read.page <= maxPage ? read.page : 1,
    ...(read.verified !== undefined && { verified: read.verified }),
    ...(read.replicated === true && { replicated: true as const }),
  };
}

export type StrictParse =
  { success: true; state: SearchState } | { success: false; problems: Problems };

/**
 * The state of a URL as the search API reads it: a bad value is an error named by its URL
 * parameter (`{ tahun: 'invalid' }`). The portal's own pages only ever
 * send URLs written by `toSearchParams`, so an error here is a client's mistake worth telling.
 */
export function parseSearchStateStrict(
  params: URLSearchParams,
  known: KnownValues = {},
): StrictParse {
  const raw = readSearchParams(params);
  const parsed = searchStateSchemaFor(known).safeParse(candidate(raw));
  if (parsed.success) return { success: true, state: dedupe(parsed.data) };
  return { success: false, problems: problemsByField(parsed.error.issues, paramOfPath) };
}

/** True when a URL value is a value of that facet (`"2019"` for years, `"true"` for digital). */
export function isFacetValue(facet: FacetName, value: string): boolean {
  return facetValueSchemas[facet].safeParse(decode(facet, value)).success;
}

// --- internal ---

function filterValueSchema(facet: FacetName, known: KnownValues) {
  return z.string().refine((value) => isFacetValue(facet, value) && isKnown(known, facet, value), {
    error: (issue) => `${JSON.stringify(issue.input)} is not a valid value`,
  });
}

function isKnown(known: KnownValues, facet: FacetName, value: string): boolean {
  return known[facet]?.has(value) ?? true;
}

/** The facet whose values take the filters past `maxFilterValues`, if any. */
function overTheTotal(filters: Record<FacetName, readonly string[]>): FacetName | undefined {
  let count = 0;
  return facetOrder.find((facet) => {
    count += filters[facet].length;
    return count > maxFilterValues;
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
  const verified =
    raw.verified === undefined ? undefined : (verifiedOfParam(raw.verified) ?? raw.verified);
  return {
    q: raw.q.trim(),
    filters: raw.filters,
    sort,
    page,
    ...(verified !== undefined && { verified }),
    ...(raw.replicated !== undefined && {
      replicated: raw.replicated === replicatedValue ? true : raw.replicated,
    }),
  };
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
  if (field === 'verified') return verifiedParam;
  if (field === 'replicated') return replicatedParam;
  return queryParam;
}
