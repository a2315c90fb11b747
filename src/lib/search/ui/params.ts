import type { FacetName } from '../../index/facets.ts';
// A type only: what the island ships reads and writes URLs without zod, which stays on the
// server (state.ts validates; zod 4 would also probe `eval`, which the CSP refuses).
import type { SearchState } from './state.ts';

/**
 * How a search view is written in a URL: the search page (`/cari`, `/en/search`), its API
 * (`/api/search`) and the trends page read the same parameters. Names and values are
 * Indonesian and readable, and the same in every language, so a shared link works on the
 * Indonesian and the English page alike. A facet with several values repeats its parameter
 * (`tahun=2019&tahun=2020`).
 *
 * This module is shipped to the browser: it holds no schema (see `state.ts` for parsing).
 */
export const facetParams = {
  programmes: 'program',
  years: 'tahun',
  cluster: 'klaster',
  province: 'provinsi',
  regency: 'kabupaten',
  sectors: 'sektor',
  sdgs: 'sdg',
  awardLevels: 'penghargaan',
  status: 'status',
  stage: 'tahapan',
  digital: 'digital',
} as const satisfies Record<FacetName, string>;

/** The facets in the order the portal shows them (the order of `facetNames`). */
export const facetOrder = Object.keys(facetParams) as FacetName[];

/**
 * A facet with at most `wholeFacet` values is sent and shown whole; a longer one (provinces,
 * regencies, sectors, SDGs) is sent with its `topFacetValues` most frequent values and the
 * selected ones, the rest fetched when a person opens it (`/api/search/facets`).
 */
export const wholeFacet = 12;
export const topFacetValues = 6;

/**
 * `?semua=kabupaten`: the search page without JavaScript lists every value of that one facet
 * (a link of its "show all" control).
 */
export const completeFacetParam = 'semua';

/** `/api/search/facets?…&faset=kabupaten`: the facet whose values are asked for. */
export const facetRequestParam = 'faset';

/** The facet named by a URL value (`kabupaten` → `regency`), or undefined. */
export function facetOfParam(value: string | null | undefined): FacetName | undefined {
  return facetOrder.find((facet) => facetParams[facet] === value);
}

/** Results on one page. */
export const hitsPerPage = 20;

export const queryParam = 'q';
export const sortParam = 'urut';
export const pageParam = 'halaman';
/** "Verified within N months": `verifikasi=12-bulan`. */
export const verifiedParam = 'verifikasi';

/** The windows of the "verified within" filter, in months, with their URL values. */
export const verifiedValues = { 12: '12-bulan', 24: '24-bulan' } as const;
export type VerifiedWithin = keyof typeof verifiedValues;
export const verifiedWindows = [12, 24] as const satisfies readonly VerifiedWithin[];

/**
 * "With confirmed replications": `replikasi=terkonfirmasi`, innovations whose replication was
 * confirmed by the innovating agency or an administrator at least once.
 */
export const replicatedParam = 'replikasi';
export const replicatedValue = 'terkonfirmasi';

/** The window a URL value names (`12-bulan` → 12), or undefined for anything else. */
export function verifiedOfParam(value: string | undefined): VerifiedWithin | undefined {
  return verifiedWindows.find((months) => verifiedValues[months] === value);
}

/** The orders a person can choose, each with its value in the URL; relevance is the default. */
export const sortValues = {
  relevance: 'relevansi',
  newest: 'terbaru',
  interest: 'minat',
  replications: 'replikasi',
  verified: 'terverifikasi',
  title: 'judul',
} as const;

export type SortName = keyof typeof sortValues;

export const sortNames = Object.keys(sortValues) as SortName[];

/** Every facet with its values as the URL gives them: not checked, not de-duplicated. */
export type FacetFilters = Record<FacetName, string[]>;

/** A search state read from a URL without any checking: what `state.ts` validates. */
export interface RawSearchParams {
  q: string;
  filters: FacetFilters;
  sort: string | undefined;
  page: string | undefined;
  verified: string | undefined;
  replicated: string | undefined;
}

export function readSearchParams(params: URLSearchParams): RawSearchParams {
  return {
    q: params.get(queryParam) ?? '',
    filters: mapFacets((facet) => params.getAll(facetParams[facet])),
    sort: params.get(sortParam) ?? undefined,
    page: params.get(pageParam) ?? undefined,
    verified: params.get(verifiedParam) ?? undefined,
    replicated: params.get(replicatedParam) ?? undefined,
  };
}

/**
 * The state of a URL written by `toSearchParams`, read back in the browser without checking
 * any value (the server checks them): how the island follows back and forward.
 */
export function readSearchState(params: URLSearchParams): SearchState {
  const raw = readSearchParams(params);
  const page = Number(raw.page);
  const verified = verifiedOfParam(raw.verified);
  return {
    q: raw.q.trim(),
    filters: mapFacets((facet) => [...new Set(raw.filters[facet])]),
    sort: sortOfParam(raw.sort) ?? 'relevance',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    ...(verified !== undefined && { verified }),
    ...(raw.replicated === replicatedValue && { replicated: true as const }),
  };
}

/** The sort named by a URL value (`terbaru` → `newest`), or undefined for anything else. */
export function sortOfParam(value: string | undefined): SortName | undefined {
  return sortNames.find((name) => sortValues[name] === value);
}

/** The URL parameters of a state; defaults (no query, relevance, page 1) are left out. */
export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q !== '') params.set(queryParam, state.q);
  for (const facet of facetOrder) {
    for (const value of state.filters[facet]) params.append(facetParams[facet], value);
  }
  if (state.verified !== undefined) params.set(verifiedParam, verifiedValues[state.verified]);
  if (state.replicated === true) params.set(replicatedParam, replicatedValue);
  if (state.sort !== 'relevance') params.set(sortParam, sortValues[state.sort]);
  if (state.page > 1) params.set(pageParam, String(state.page));
  return params;
}

/** `?q=…&tahun=…` for a state, or `''` for the default view. */
export function searchQueryString(state: SearchState): string {
  const text = toSearchParams(state).toString();
  return text === '' ? '' : `?${text}`;
}

export function mapFacets<T>(each: (facet: FacetName) => T): Record<FacetName, T> {
  return Object.fromEntries(facetOrder.map((facet) => [facet, each(facet)])) as Record<
    FacetName,
    T
  >;
}
