import type { FilterableAttributes, Settings } from 'meilisearch';
import { publicFields } from '../schema/innovation.ts';
import type { SearchDocument } from './document.ts';
import { trendFields } from './trend-fields.ts';
import { facetNames } from './facets.ts';
import { placeAsWrittenFields } from './places.ts';
import { indonesianStopWords } from '../language/stopwords.ts';
import { buildSynonyms, publicServiceSynonyms } from '../language/synonyms.ts';

/** A field of the search document, or a field inside one of its objects (`sections.impact`). */
type FieldPath = keyof SearchDocument | `${keyof SearchDocument}.${string}`;

/**
 * Searchable attributes, most telling first: the `attribute` ranking rule prefers a match in
 * an earlier one. What an innovation is called (title, then the acronym and expansion a title
 * of the `BASABA (Bapak Sayang Bayi)` shape splits into) outranks what it is about (summary),
 * which outranks who runs it and where (agency, unit, regency, province: a query naming a
 * place or an office should find its innovations, but below innovations about the subject).
 * Narrative sections are long and repetitive, so a match there counts less than one in the
 * summary; the original category labels and innovator names come after them.
 *
 * Each stemmed shadow field comes right after the group it shadows: a title that says
 * `Pelayanan …` still counts as a title match for `layanan` (above any summary), yet below a
 * title that says `Layanan …` word for word. `provenance.sourceId` lets a registration number
 * pasted into the search box find its innovation. `agencies` (the names of who runs it in
 * their one form) comes last: the agency suggestions search it alone, and a word only it
 * carries (a short form written out) should never outrank a match anywhere else.
 */
export const searchableAttributes = [
  'title',
  'acronym',
  'expansion',
  'stemmedTitle',
  'summary',
  'agency',
  'unit',
  'regency',
  'province',
  'regencyAsWritten',
  'provinceAsWritten',
  'stemmedAgency',
  'sections',
  'categories',
  'innovators',
  'stemmedText',
  'provenance.sourceId',
  'agencies',
] as const satisfies readonly FieldPath[];

// Filterable but not facets: lookups by id and code (`agencyKeys`: an agency's own innovations,
// and counted per agency by the freshness dashboard), and ranges for the API and trends.
const lookupFilters = [
  'id',
  'provinceCode',
  'regencyCode',
  'provenance.sourceId',
  'agencyKeys',
] as const;
const rangeFilters = [
  'year',
  'updatedAt',
  'statusUpdatedAt',
  'verifiedDay',
  'interestCount',
  'replicationCount',
] as const;

/** Counted, never listed: the one "not recognised" bucket of places (see `placeUnrecognised`). */
export const bucketFields = ['placeUnrecognised'] as const;
export type BucketField = (typeof bucketFields)[number];

/** Every attribute a filter may name: what the API accepts in a filter. */
export const filterableFields = [
  ...facetNames,
  ...lookupFilters,
  ...rangeFilters,
  ...trendFields,
  ...bucketFields,
] as const satisfies readonly FieldPath[];

/**
 * Only what each filter needs, so Meilisearch builds no structure nobody uses: facets can be
 * searched (the UI's regency box) and compared (`years 2018 TO 2020`), lookups only tested for
 * equality, ranges compared but never faceted, trend pairs only counted.
 */
const filterableAttributes: FilterableAttributes = [
  { attributePatterns: [...facetNames], features: feature(true, true) },
  { attributePatterns: [...lookupFilters], features: feature(false, false) },
  { attributePatterns: [...rangeFilters], features: feature(false, true) },
  // Only ever counted: the trends page's cross tables, the unrecognised places.
  {
    attributePatterns: [...trendFields, ...bucketFields],
    features: feature(false, false),
  },
];

/** Records a search can reach and count at all (see `pagination` in the settings). */
export const maxTotalHits = 1_000_000;

export const sortableAttributes = [
  'year',
  'latestYear',
  'interestCount',
  'replicationCount',
  'updatedAt',
  'verifiedDay',
  'title',
] as const satisfies readonly FieldPath[];

/**
 * Meilisearch's default rules, then ties broken by what the portal is for: an innovation more
 * agencies have replicated or want to replicate first, then the newer one. With an empty query
 * every document ties, so this is also the default order of the catalogue.
 */
export const rankingRules = [
  'words',
  'typo',
  'proximity',
  'attribute',
  'sort',
  'exactness',
  'replicationCount:desc',
  'interestCount:desc',
  'year:desc',
];

/**
 * The index settings, applied to every fresh index before its documents. Hits show exactly the
 * public record (the search-only fields are never displayed).
 */
export const indexSettings: Settings = {
  searchableAttributes: [...searchableAttributes],
  // A place kept as written is shown where the record has it (`publicRecordOfHit`).
  displayedAttributes: [...publicFields, ...placeAsWrittenFields],
  filterableAttributes,
  sortableAttributes: [...sortableAttributes],
  rankingRules,
  stopWords: [...indonesianStopWords],
  synonyms: buildSynonyms(publicServiceSynonyms),
  typoTolerance: {
    // Registration numbers and years are exact: `2018` must not find `2019`. Acronyms under
    // five letters (`kia`, `opd`, `umkm`) take no typos anyway (minWordSizeForTypos 5 and 9).
    disableOnAttributes: ['provenance.sourceId'],
    disableOnNumbers: true,
  },
  faceting: {
    // All 514 regencies and cities in one facet, with room for new ones.
    maxValuesPerFacet: 1000,
    sortFacetValuesBy: { '*': 'count', years: 'alpha' },
  },
  /**
   * Every hit of any search can be reached and counted: the portal shows exact totals
   * ("3.002 inovasi") and downloads the current result set by paging through the search.
   * Meilisearch caps both at this value (the default 1,000 would cap them at 1,000), so it is
   * the largest corpus we plan for, the 1,000,000 records of the benchmark. Measured on
   * Meilisearch 1.21 with 100,000 documents: a first page costs 2–13 ms whether this is 1,000
   * or 1,000,000, and paging a 73,000-hit result set 1,000 at a time 40–60 ms a page.
   */
  pagination: { maxTotalHits: 1_000_000 },
  proximityPrecision: 'byWord',
  localizedAttributes: [{ attributePatterns: ['*'], locales: ['ind'] }],
  facetSearch: true,
  prefixSearch: 'indexingTime',
};

// --- internal ---

function feature(facetSearch: boolean, comparison: boolean) {
  return { facetSearch, filter: { equality: true, comparison } };
}
