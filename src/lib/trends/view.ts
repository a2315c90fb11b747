import { z } from 'zod';
import { searchStateSchema } from '../search/ui/state.ts';
import { searchViewSchema } from '../search/ui/view.ts';

/**
 * A table of counts: `counts[row][column]` matching innovations with that row's and that
 * column's value. Values stay codes (`2019`, `kota`, `kesehatan`); pages give them labels.
 */
export const crossTableSchema = z.object({
  rows: z.array(z.string()),
  columns: z.array(z.string()),
  counts: z.array(z.array(z.int().min(0))),
});

/** Matching innovations per value of one facet, in display order. */
export const valueCountsSchema = z.array(z.object({ value: z.string(), count: z.int().min(0) }));

/**
 * The numbers of every chart of the trends page for one search: all from one multi-search's
 * facet distributions. A year axis runs without gaps from the first year to the last one
 * that has a matching innovation (only the chosen years when years are filtered); an
 * innovation counts in every year it appears, so the bars of all years add up to more than
 * `total`.
 */
export const trendChartsSchema = z.object({
  /** Matching innovations. */
  total: z.int().min(0),
  /** Matching innovations per year they appear in: the height of each year's bar. */
  years: valueCountsSchema,
  /** Years × cluster (columns in the schema's order): the headline chart. */
  yearCluster: crossTableSchema,
  /** Years × programme: a year counts for a programme only if it holds a record of that year. */
  yearProgramme: crossTableSchema,
  /** Sectors (taxonomy order, those with a match) × years. */
  sectorYear: crossTableSchema,
  /** SDGs 1–17. */
  sdgs: valueCountsSchema,
  /** Year of the first award × status today, for awarded innovations only. */
  statusByAwardYear: crossTableSchema,
  /** Matching innovations per cluster (schema order; only the chosen ones when filtered). */
  clusters: valueCountsSchema,
  /** Matching innovations per sector (taxonomy order, those with a match or chosen). */
  sectors: valueCountsSchema,
  /** Every province with a match, by official name (most first). */
  provinces: valueCountsSchema,
  /** Matching innovations whose province or regency is not recognised: one bucket, no rows. */
  unrecognisedPlaces: z.int().min(0),
});

/** What the trends page and its island get: the charts and the filter panel of the search. */
export const trendsViewSchema = z.object({
  state: searchStateSchema,
  /** The search's facets and totals for the filter panel; no hits. */
  search: searchViewSchema,
  charts: trendChartsSchema,
});

export type CrossTable = z.output<typeof crossTableSchema>;
export type ValueCounts = z.output<typeof valueCountsSchema>;
export type TrendCharts = z.output<typeof trendChartsSchema>;
export type TrendsView = z.output<typeof trendsViewSchema>;
