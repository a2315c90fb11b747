import type { MultiSearchQuery } from 'meilisearch';
import { z } from 'zod';
import { agenciesOf } from './name.ts';
import { STALE_MONTHS, neverVerifiedFilter, notVerifiedWithinFilter } from './verified.ts';

/**
 * The agencies with the most stale innovations (not verified within 12 months, never verified
 * included), counted by the engine on `agencyKeys` (the keys of the body and the unit that run
 * an innovation, as accounts are keyed: see `agenciesOf`): one facet distribution sorted by
 * count gives the top agencies exactly (a unit and its government each count), then one
 * multi-search gives each its total, its never verified, and its name in its one form.
 */

/** How many agencies the dashboard lists. */
export const STALE_AGENCIES_SHOWN = 20;

export interface StaleAgencyCounts {
  slug: string;
  /** The agency's name in its one form (`Dinas Kesehatan Kabupaten Sleman`). */
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
    facets: [KEYS],
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
  const among = `${KEYS} IN [${slugs.map(quote).join(', ')}]`;
  const counted = (filter: string): MultiSearchQuery => ({
    indexUid,
    q: '',
    filter,
    facets: [KEYS],
    page: 1,
    hitsPerPage: 0,
  });
  return [
    counted(among),
    counted(`(${among}) AND (${neverVerifiedFilter})`),
    ...slugs.map((slug) => ({
      indexUid,
      q: '',
      filter: `${KEYS} = ${quote(slug)}`,
      page: 1,
      hitsPerPage: 1,
      attributesToRetrieve: ['agency', 'unit'],
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
    name: nameOf(named[index], slug),
    stale,
    never: neverCounts[slug] ?? 0,
    total: total[slug] ?? stale,
  }));
}

// --- internal ---

const KEYS = 'agencyKeys';

const distributionSchema = z.object({
  facetDistribution: z
    .object({ [KEYS]: z.record(z.string(), z.int().min(0)).optional() })
    .optional(),
});

const nameSchema = z.object({
  hits: z.array(z.object({ agency: z.string(), unit: z.string().optional() })),
});

/** The one form of the body a hit names by this key (its agency or unit); else the key. */
function nameOf(answer: unknown, key: string): string {
  const hit = nameSchema.safeParse(answer).data?.hits[0];
  if (hit === undefined) return key;
  return agenciesOf(hit).find((named) => named.key === key)?.name ?? key;
}

function distributionOf(answer: unknown): Record<string, number> {
  return distributionSchema.parse(answer).facetDistribution?.[KEYS] ?? {};
}

function quote(value: string): string {
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}
