import type { MultiSearchQuery } from 'meilisearch';
import type { SearchDocument } from '../../index/document.ts';
import type { FacetName } from '../../index/facets.ts';
import { bucketFields } from '../../index/settings.ts';
import { verifiedWithinFilter } from '../../agency/verified.ts';
import { stemQuery } from '../query.ts';
import type { QueryPlace } from '../understand/place.ts';
import { facetOrder, hitsPerPage, type SortName } from './params.ts';
import type { SearchState } from './state.ts';

/** What a result shows of an innovation: all Meilisearch is asked to return. */
export const hitFields = [
  'id',
  'title',
  'agency',
  'regency',
  'province',
  'regencyAsWritten',
  'provinceAsWritten',
  'year',
  'years',
  'programmes',
  'status',
  'statusUpdatedAt',
  'interestCount',
  'replicationCount',
  'summary',
] as const satisfies readonly (keyof SearchDocument)[];

/** Words of the summary a result shows around the matches. */
export const snippetWords = 28;

/** Each order as Meilisearch sort rules; relevance is the ranking rules alone. */
export const sortRules: Record<SortName, string[]> = {
  relevance: [],
  newest: ['latestYear:desc'],
  interest: ['interestCount:desc'],
  replications: ['replicationCount:desc', 'interestCount:desc'],
  verified: ['verifiedDay:desc'],
  title: ['title:asc'],
};

/**
 * One multi-search for a view, faceted disjunctively: the main query carries every filter and
 * asks for the hits and the counts of the facets nobody filtered on; each filtered facet gets
 * a count-only query with every filter except its own, so the counts of its other values say
 * how many results ticking them would ADD (values of one facet combine with OR). `facets[i]`
 * is the facet of `queries[i + 1]`.
 */
export interface SearchPlan {
  queries: MultiSearchQuery[];
  facets: FacetName[];
  /** Where the place-first queries are, when a place the query names is preferred. */
  placeFirst?: PlaceFirst;
}

/**
 * A place the query names, preferred without filtering: the page's hits are the place's
 * matches (`first`) followed by everyone else's (`rest`), while the total and the facet counts
 * stay those of the whole query (the main query, whose own hits are then not shown).
 */
export interface PlaceFirst {
  readonly place: QueryPlace;
  /** Position of the query for the place's hits of this page. */
  readonly first: number;
  /** Position of the query for the first page of everyone else's. */
  readonly rest: number;
}

/**
 * What is sent for the text of a state: the query words, the place to prefer if any, and the
 * matching strategy of an understood query (`matchingStrategy`); without one, Meilisearch's
 * default, as the trends page sends `stemQuery`.
 */
export interface EngineQuery {
  readonly q: string;
  readonly place?: QueryPlace;
  readonly matchingStrategy?: typeof matchingStrategy | 'all';
}

/**
 * Meilisearch's `frequency` strategy: when no record holds every word, the most frequent word
 * is dropped first (`online queue puskesmas` keeps `puskesmas`), where `last` would drop the
 * last word whatever it weighs. Measured on the relevance set (`npm run bench -- relevance`).
 */
export const matchingStrategy = 'frequency' as const;

export function buildSearchPlan(
  state: SearchState,
  indexUid: string,
  sent: EngineQuery = { q: stemQuery(state.q) },
): SearchPlan {
  const { q } = sent;
  const strategy = sent.matchingStrategy && { matchingStrategy: sent.matchingStrategy };
  const filtered = facetOrder.filter((facet) => state.filters[facet].length > 0);
  const main: MultiSearchQuery = {
    indexUid,
    q,
    ...strategy,
    filter: filterOf(state, undefined),
    // The bucket of unrecognised places is counted beside the facets, never listed as one.
    facets: [...facetOrder.filter((facet) => !filtered.includes(facet)), ...bucketFields],
    page: state.page,
    hitsPerPage,
    sort: sortRules[state.sort],
    attributesToRetrieve: [...hitFields],
    attributesToCrop: ['summary'],
    cropLength: snippetWords,
    cropMarker: '…',
  };
  const counts = filtered.map((facet): MultiSearchQuery => ({
    indexUid,
    q,
    ...strategy,
    filter: filterOf(state, facet),
    facets: [facet],
    page: 1,
    hitsPerPage: 0,
  }));
  const queries = [main, ...counts];
  const place = preferredPlace(state, sent.place);
  if (place === undefined) return { queries, facets: filtered };
  const hitsOnly = { ...main, facets: [] };
  const first = { ...hitsOnly, filter: [...filterOf(state), [placeFilter(place)]] };
  const rest = {
    ...hitsOnly,
    filter: [...filterOf(state), [`NOT ${placeFilter(place)}`]],
    page: 1,
  };
  return {
    queries: [...queries, first, rest],
    facets: filtered,
    placeFirst: { place, first: queries.length, rest: queries.length + 1 },
  };
}

/** The filter of a place by its code: `regencyCode = "34.04"`. */
export function placeFilter(place: QueryPlace): string {
  const field = place.facet === 'province' ? 'provinceCode' : 'regencyCode';
  return `${field} = ${quoteFilterValue(place.code)}`;
}

/**
 * A facet's values as one OR group: `years = "2019" OR years = "2020"`. Every value is quoted
 * and escaped, so a value holding a quote or an operator stays a value.
 */
export function facetFilter(facet: FacetName, values: readonly string[]): string[] {
  return values.map((value) => `${facet} = ${quoteFilterValue(value)}`);
}

export function quoteFilterValue(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** Every facet's OR group, ANDed (Meilisearch's array form), leaving out one facet if asked. */
export function filterOf(state: SearchState, except?: FacetName): string[][] {
  const facets = facetOrder
    .filter((facet) => facet !== except && state.filters[facet].length > 0)
    .map((facet) => facetFilter(facet, state.filters[facet]));
  return [
    ...facets,
    ...(state.verified === undefined ? [] : [[verifiedFilter(state.verified)]]),
    ...(state.replicated === true ? [['replicationCount > 0']] : []),
  ];
}

/**
 * Records last verified within `months` of today (`verifiedWithinFilter`, the one definition):
 * read at the time of the request, so the window moves with the calendar and no document needs
 * rewriting.
 */
export function verifiedFilter(months: number, now = Date.now()): string {
  return verifiedWithinFilter(months, new Date(now));
}

// --- internal ---

/**
 * A place is preferred only where it means something: results in relevance order (another
 * order is a person's explicit choice), and no filter on places already ticked.
 */
function preferredPlace(state: SearchState, place: QueryPlace | undefined): QueryPlace | undefined {
  if (place === undefined || state.sort !== 'relevance') return undefined;
  if (state.filters.province.length > 0 || state.filters.regency.length > 0) return undefined;
  return place;
}
