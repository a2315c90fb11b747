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

/** One point of a cohort: its innovations by state at the end of `year`. */
export const survivalPointSchema = z.object({
  after: z.int().min(1).describe('Years after the first award (N).'),
  year: z
    .int()
    .describe(
      'The year whose end is the point (award year + N); in the current year, the statements so far.',
    ),
  running: z
    .int()
    .min(0)
    .describe('In force a statement `berlanjut` or `berkembang` dated after the award year.'),
  stopped: z
    .int()
    .min(0)
    .describe('In force a statement `berhenti` or `vakum` dated after the award year.'),
  unknown: z
    .int()
    .min(0)
    .describe(
      'No statement dated after the award year in force (or one saying `tidak-diketahui`).',
    ),
});

export const survivalCohortSchema = z.object({
  awardYear: z.int().describe('The year of the first award (Y).'),
  awarded: z.int().min(0).describe('Matching innovations first awarded that year.'),
  points: z.array(survivalPointSchema).describe('N = 1 up to the current year.'),
});

/**
 * Of the matching innovations first awarded in each year, how many are running, stopped or
 * unknown N years later (the rule: `survival.ts`; the counts: `survival-table.ts`); the share
 * running is `running / awarded`.
 */
export const survivalSchema = z
  .object({
    lastYear: z.int().describe('The last year counted: the current one, its statements so far.'),
    cohorts: z
      .array(survivalCohortSchema)
      .describe('Award years before the current one, oldest first.'),
  })
  .describe(
    'How many innovations stop after the award: of the matching innovations first awarded in each year, those running, stopped or unknown N years later, from dated status statements only.',
  );

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
  /** Awarded innovations by the year of their first award: running, stopped, unknown N years on. */
  survival: survivalSchema,
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
export type SurvivalPoint = z.output<typeof survivalPointSchema>;
export type SurvivalCohort = z.output<typeof survivalCohortSchema>;
export type Survival = z.output<typeof survivalSchema>;
