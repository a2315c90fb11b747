import type { Index } from 'meilisearch';
import { z } from 'zod';
import type { FacetName } from '../../lib/index/facets.ts';
import { searchDocumentSchema, type SearchDocument } from '../../lib/index/document.ts';
import { cardFields, type CardData } from '../../lib/search/card.ts';

/** How many innovations a browse page lists. */
export const pageSize = 20;

/**
 * The order of every browse list: innovations seen most recently first (`latestYear`), then by
 * title, so that a page boundary never moves between two requests of an unchanged index.
 */
export const newestFirst = ['latestYear:desc', 'title:asc'];

/** One page of innovations, with what a pager needs. */
export interface ListPage {
  hits: CardData[];
  total: number;
  page: number;
  pages: number;
}

/**
 * Only places the ingest resolved to a Kemendagri code. A name it could not resolve (a former
 * province such as `Sumatera Tengah`, a misspelt town) is kept on the record as written and
 * stays searchable, but it is not one of the 38 provinces or 514 regencies and cities.
 */
export const officialProvince = 'provinceCode EXISTS';
export const officialRegency = 'regencyCode EXISTS';

/** Both conditions, for the filters that have one. */
export function and(...filters: (string | undefined)[]): string | undefined {
  const present = filters.filter((filter): filter is string => filter !== undefined);
  return present.length === 0 ? undefined : present.map((filter) => `(${filter})`).join(' AND ');
}

/** Count of each value of a facet: `{ "Aceh": 68, ... }`. */
export type Counts = Record<string, number>;

/**
 * A Meilisearch filter that a field equals a value. The value is quoted (a province name holds
 * spaces), with quotes and backslashes escaped, so no value can change the filter's meaning.
 */
export function equals(field: FacetName, value: string | number): string {
  const quoted = String(value).replace(/["\\]/g, (char) => `\\${char}`);
  return `${field} = "${quoted}"`;
}

/** Value counts of `facets` over the innovations that match `filter` (all, without one). */
export async function facetCounts<Name extends FacetName>(
  index: Index<SearchDocument>,
  facets: readonly Name[],
  filter?: string,
): Promise<{ total: number; counts: Record<Name, Counts> }> {
  const result = await index.search('', {
    facets: [...facets],
    filter,
    page: 1,
    hitsPerPage: 0,
  });
  const distribution = distributionSchema.parse(result.facetDistribution ?? {});
  const counts = Object.fromEntries(facets.map((facet) => [facet, distribution[facet] ?? {}]));
  return { total: result.totalHits, counts: counts as Record<Name, Counts> };
}

/**
 * Page `page` (from 1) of the innovations matching `filter`, newest first; undefined when the
 * page is past the last one (page 1 of an empty list exists: it says there is nothing).
 */
export async function listPage(
  index: Index<SearchDocument>,
  filter: string | undefined,
  page: number,
  options: { size?: number; sort?: string[] } = {},
): Promise<ListPage | undefined> {
  const size = options.size ?? pageSize;
  const result = await index.search('', {
    filter,
    sort: options.sort ?? newestFirst,
    page,
    hitsPerPage: size,
    attributesToRetrieve: [...cardFields],
  });
  const pages = Math.max(1, result.totalPages);
  if (page > pages) return undefined;
  const hits = z.array(cardSchema).parse(result.hits);
  return { hits, total: result.totalHits, page, pages };
}

// --- internal ---

const distributionSchema = z.record(z.string(), z.record(z.string(), z.number()));

const cardMask = Object.fromEntries(cardFields.map((field) => [field, true])) as {
  [Field in (typeof cardFields)[number]]: true;
};

/** What a card needs of a hit, checked: the engine's answer is a boundary like any other. */
const cardSchema = searchDocumentSchema.pick(cardMask);
