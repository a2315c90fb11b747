import type { MultiSearchQuery } from 'meilisearch';
import type { SearchDocument } from '../../index/document.ts';
import type { FacetName } from '../../index/facets.ts';
import { bucketFields } from '../../index/settings.ts';
import { stemQuery } from '../query.ts';
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
}

export function buildSearchPlan(state: SearchState, indexUid: string): SearchPlan {
  const q = stemQuery(state.q);
  const filtered = facetOrder.filter((facet) => state.filters[facet].length > 0);
  const main: MultiSearchQuery = {
    indexUid,
    q,
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
    filter: filterOf(state, facet),
    facets: [facet],
    page: 1,
    hitsPerPage: 0,
  }));
  return { queries: [main, ...counts], facets: filtered };
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
  return facetOrder
    .filter((facet) => facet !== except && state.filters[facet].length > 0)
    .map((facet) => facetFilter(facet, state.filters[facet]));
}
