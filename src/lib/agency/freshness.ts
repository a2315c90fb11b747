import type { MultiSearchQuery } from 'meilisearch';
import { z } from 'zod';
import type { FacetName } from '../index/facets.ts';
import { neverVerifiedFilter, verifiedWithinFilter } from './verified.ts';

/**
 * The administrators' freshness figures: how many innovations were verified (see `verified.ts`)
 * within 12 and 24 months, and how many never, overall and per value of four search facets.
 * Counted by the engine (facet distributions of four filters, one multi-search, no document
 * read), so they are exact at any size and equal what search shows for the same filters.
 */

/** The facets the figures are broken down by: programme, cluster, province, award year. */
export const freshnessFacets = [
  'programmes',
  'cluster',
  'province',
  'years',
] as const satisfies readonly FacetName[];

export type FreshnessFacet = (typeof freshnessFacets)[number];

/** The counts of one set of innovations. */
export interface FreshnessCounts {
  total: number;
  within12: number;
  within24: number;
  never: number;
}

export interface FreshnessRow extends FreshnessCounts {
  /** The facet value as the engine holds it (`kipp`, `kota`, `Jawa Barat`, `2019`). */
  value: string;
}

export interface FreshnessTables {
  overall: FreshnessCounts;
  byFacet: Record<FreshnessFacet, FreshnessRow[]>;
}

/** The slices counted, in the order of the queries: each an engine filter. */
const slices = [
  'total',
  'within12',
  'within24',
  'never',
] as const satisfies readonly (keyof FreshnessCounts)[];

/** The four queries of the figures at `now`, in the order `freshnessTables` reads them. */
export function freshnessQueries(indexUid: string, now: Date): MultiSearchQuery[] {
  const filters: Record<(typeof slices)[number], string | undefined> = {
    total: undefined,
    within12: verifiedWithinFilter(12, now),
    within24: verifiedWithinFilter(24, now),
    never: neverVerifiedFilter,
  };
  return slices.map((slice) => ({
    indexUid,
    q: '',
    ...(filters[slice] !== undefined && { filter: filters[slice] }),
    facets: [...freshnessFacets],
    page: 1,
    hitsPerPage: 0,
  }));
}

/** The figures from the answers to `freshnessQueries` (the first four results). */
export function freshnessTables(results: readonly unknown[]): FreshnessTables {
  const answers = slices.map((_, index) => answerSchema.parse(results[index]));
  const byFacet = Object.fromEntries(
    freshnessFacets.map((facet) => {
      const values = Object.keys(answers[0]?.facetDistribution?.[facet] ?? {});
      const rows = values.map((value) => ({
        value,
        ...countsOf(answers, (answer) => answer.facetDistribution?.[facet]?.[value]),
      }));
      return [facet, rows.sort(facet === 'years' ? byValue : byTotal)];
    }),
  ) as Record<FreshnessFacet, FreshnessRow[]>;
  return { overall: countsOf(answers, (answer) => answer.totalHits), byFacet };
}

/** A share in whole per cent (the table rounds; the counts stay exact beside it). */
export function percentOf(part: number, whole: number): number | undefined {
  return whole === 0 ? undefined : Math.round((part / whole) * 100);
}

// --- internal ---

const answerSchema = z
  .object({
    totalHits: z.int().min(0),
    facetDistribution: z.record(z.string(), z.record(z.string(), z.int().min(0))).optional(),
  })
  .loose();

type Answer = z.output<typeof answerSchema>;

/** One count from each answer, in the order of the slices (absent: none). */
function countsOf(
  answers: readonly Answer[],
  read: (answer: Answer) => number | undefined,
): FreshnessCounts {
  const [total = 0, within12 = 0, within24 = 0, never = 0] = answers.map(
    (answer) => read(answer) ?? 0,
  );
  return { total, within12, within24, never };
}

function byValue(a: FreshnessRow, b: FreshnessRow): number {
  return a.value.localeCompare(b.value);
}

function byTotal(a: FreshnessRow, b: FreshnessRow): number {
  return b.total - a.total || a.value.localeCompare(b.value);
}
