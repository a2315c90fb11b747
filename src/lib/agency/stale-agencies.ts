import type { MultiSearchQuery } from 'meilisearch';
import { z } from 'zod';
import { STALE_MONTHS, neverVerifiedFilter, notVerifiedWithinFilter } from './verified.ts';

/**
 * The agencies with the most stale innovations (not verified within 12 months, never verified
 * included), counted by the engine on `agencySlug` (the agency folded as its account's key is):
 * one facet distribution sorted by count gives the top agencies exactly, then one multi-search
 * gives each its total, its never verified, and a spelling of its name.
 */

/** How many agencies the dashboard lists. */
export const STALE_AGENCIES_SHOWN = 20;

export interface StaleAgencyCounts {
  slug: string;
  /** The agency's name as one of its innovations spells it. */
  name: string;
  stale: number;
  never: number;
  total: number;
}

/** The query whose facet distribution ranks the agencies by stale innovations. */
export function staleRankingQuery(indexUid: string, now: Date): MultiSearchQuery {
  return {
    indexUid,
    q: '',
    filter: notVerifiedWithinFilter(STALE_MONTHS, now),
    facets: ['agencySlug'],
    page: 1,
    hitsPerPage: 0,
  };
}

/** The top `limit` agencies of the ranking's answer, most stale first (ties by slug). */
export function topStale(answer: unknown, limit = STALE_AGENCIES_SHOWN): [string, number][] {
  const counts = distributionOf(answer);
  return Object.entries(counts)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .slice(0, limit);
}

/** For the ranked agencies: their totals, their never verified, then one hit of each. */
export function staleDetailQueries(indexUid: string, slugs: readonly string[]): MultiSearchQuery[] {
  const among = `agencySlug IN [${slugs.map(quote).join(', ')}]`;
  const counted = (filter: string): MultiSearchQuery => ({
    indexUid,
    q: '',
    filter,
    facets: ['agencySlug'],
    page: 1,
    hitsPerPage: 0,
  });
  return [
    counted(among),
    counted(`(${among}) AND (${neverVerifiedFilter})`),
    ...slugs.map((slug) => ({
      indexUid,
      q: '',
      filter: `agencySlug = ${quote(slug)}`,
      page: 1,
      hitsPerPage: 1,
      attributesToRetrieve: ['agency'],
    })),
  ];
}

/** The ranked agencies with their figures, from the answers to `staleDetailQueries`. */
export function staleAgencies(
  ranked: readonly [string, number][],
  results: readonly unknown[],
): StaleAgencyCounts[] {
  const [totals, never, ...named] = results;
  const total = distributionOf(totals);
  const neverCounts = distributionOf(never);
  return ranked.map(([slug, stale], index) => ({
    slug,
    name: nameSchema.safeParse(named[index]).data?.hits[0]?.agency ?? slug,
    stale,
    never: neverCounts[slug] ?? 0,
    total: total[slug] ?? stale,
  }));
}

// --- internal ---

const distributionSchema = z.object({
  facetDistribution: z
    .object({ agencySlug: z.record(z.string(), z.int().min(0)).optional() })
    .optional(),
});

const nameSchema = z.object({ hits: z.array(z.object({ agency: z.string() })) });

function distributionOf(answer: unknown): Record<string, number> {
  return distributionSchema.parse(answer).facetDistribution?.agencySlug ?? {};
}

function quote(value: string): string {
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}
