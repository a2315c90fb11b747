import { z } from 'zod';
import { programmeSchema, statusSchema } from '../../schema/enums.ts';
import { facetNames } from '../../index/facets.ts';
import type { Segment } from '../highlight.ts';
import { searchStateSchema } from './state.ts';

/**
 * The view model of one search: what `/api/search` answers and what the search page hands its
 * island. Plain data without language (facet values and enums stay codes; the page gives the
 * island its labels), so one answer serves both languages and caches well. Texts that show
 * matches are segments, never HTML: the island marks them with `<mark>`.
 */
export const segmentSchema: z.ZodType<Segment> = z.object({
  text: z.string(),
  match: z.boolean(),
});

/** A text cut into segments where the query matched. */
export const markedSchema = z.array(segmentSchema);

export const hitViewSchema = z.object({
  id: z.string(),
  title: markedSchema,
  agency: markedSchema,
  /** The regency, else the province; absent for a national agency. */
  place: z.string().optional(),
  firstYear: z.int(),
  lastYear: z.int(),
  programmes: z.array(programmeSchema),
  status: statusSchema,
  /** Not verified for more than two years (see `verifiedLongAgo`): the card says so plainly. */
  stale: z.boolean(),
  interestCount: z.int(),
  replicationCount: z.int(),
  /** A few dozen words of the summary around the matches. */
  snippet: markedSchema,
});

export const facetValueViewSchema = z.object({
  value: z.string(),
  /** Results this value gives with every other facet's filters (its own facet's left out). */
  count: z.int(),
  selected: z.boolean(),
});

export const facetViewSchema = z.object({
  name: z.enum(facetNames),
  values: z.array(facetValueViewSchema),
  /** Values with results left out of `values` (a long facet sends its top ones): fetched on demand. */
  hidden: z.int().min(0),
});

/**
 * What `/api/search/facets` answers: every value of one facet under the search's query and
 * filters (its own left out), in the order of the facet's list.
 */
export const facetValuesViewSchema = z.object({
  facet: z.enum(facetNames),
  values: z.array(facetValueViewSchema),
});

const rewriteSchema = z.object({ from: z.string(), to: z.string() });

/**
 * How the query was read, for the page to say so: the place preferred (with a one-click
 * filter), English translated, short forms resolved, question words and, when nothing held
 * every word, the words left out.
 */
export const understoodViewSchema = z.object({
  place: z
    .object({
      facet: z.enum(['province', 'regency']),
      /** The facet value, the official name (`Kota Padang`). */
      name: z.string(),
      /** The words of the query that named it. */
      words: z.array(z.string()),
    })
    .optional(),
  translated: z.array(rewriteSchema),
  senses: z.array(rewriteSchema),
  glue: z.array(z.string()),
  /** Words left out, one by one, because no record held them all (else there was nothing). */
  dropped: z.array(z.string()),
  /**
   * When a different word left out would find more records than the one dropped: the word,
   * how many records hold every other word, and the query without it (offered in one click).
   */
  offer: z.object({ word: z.string(), total: z.int(), q: z.string() }).optional(),
  /** The words searched for, as they were sent before stemming (`akta kelahiran online`). */
  searched: z.string(),
});

export const searchViewSchema = z.object({
  /** The state this view answers, as parsed: the island adopts it (back/forward, bad links). */
  state: searchStateSchema,
  total: z.int(),
  totalPages: z.int(),
  hits: z.array(hitViewSchema),
  /** Every facet, in the portal's order; a selected value is listed even with no results. */
  facets: z.array(facetViewSchema),
  /**
   * For each filtered facet, how many results there would be without its filter: what the
   * empty state offers ("remove Year: 2019 → 120 results").
   */
  relaxed: z.array(z.object({ facet: z.enum(facetNames), total: z.int() })),
  /** How the query was understood; absent where no understanding was asked for (trends). */
  understood: understoodViewSchema.optional(),
  /** Results whose province or regency is not recognised: one bucket, never a facet value. */
  unrecognisedPlaces: z.int().min(0),
});

export type SearchView = z.output<typeof searchViewSchema>;
export type HitView = z.output<typeof hitViewSchema>;
export type FacetView = z.output<typeof facetViewSchema>;
export type FacetValueView = z.output<typeof facetValueViewSchema>;
export type FacetValuesView = z.output<typeof facetValuesViewSchema>;
export type Marked = z.output<typeof markedSchema>;
export type UnderstoodView = z.output<typeof understoodViewSchema>;
