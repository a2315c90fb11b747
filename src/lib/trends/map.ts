import type { MultiSearchResponse } from 'meilisearch';
import { z } from 'zod';
import { clusterSchema, programmeSchema, statusSchema } from '../schema/enums.ts';
import { facetNames, type FacetName } from '../index/facets.ts';
import { bucketFields } from '../index/settings.ts';
import { toSearchView } from '../search/ui/map.ts';
import type { SearchPlan } from '../search/ui/request.ts';
import type { SearchState } from '../search/ui/state.ts';
import { sectorSchema } from '../taxonomy/sectors.ts';
import { pairKey, splitPair, type TrendField } from '../index/trend-fields.ts';
import { chartFacets } from './plan.ts';
import { survivalOf } from './survival-table.ts';
import type { CrossTable, TrendCharts, TrendsView, ValueCounts } from './view.ts';

/**
 * The trends view of a multi-search built by `buildTrendsPlan`, asked in `thisYear` (the
 * survival chart's last year).
 */
export function toTrendsView(
  state: SearchState,
  plan: SearchPlan,
  response: MultiSearchResponse,
  thisYear: number,
): TrendsView {
  const [first, ...rest] = response.results;
  if (first === undefined) throw new Error('the multi-search answered no main query');
  const main = mainSchema.parse(first);
  const searchResponse = { results: [{ ...first, facetDistribution: panelFacets(main) }, ...rest] };
  return {
    state,
    search: toSearchView(state, plan, searchResponse),
    charts: toTrendCharts(state, main.totalHits, main.facetDistribution ?? {}, thisYear),
  };
}

type Distribution = Partial<Record<ChartFacet, Readonly<Record<string, number>>>>;

export function toTrendCharts(
  state: SearchState,
  total: number,
  distribution: Distribution,
  thisYear: number,
): TrendCharts {
  const chosen = (facet: FacetName) => state.filters[facet];
  const years = yearAxis(Object.keys(distribution.years ?? {}), chosen('years'));
  // Award years are not filtered by the years filter: it chooses innovations, not awards.
  const cohorts = yearAxis(firstHalves(distribution.cohortStatus), []);
  const sectors = keep(sectorSchema.options, chosen('sectors'));
  const yearSectors = table(years, sectors, distribution.yearSectors);
  const sectorRows = sectors.filter((_, index) => yearSectors.some((row) => (row[index] ?? 0) > 0));
  return {
    total,
    years: years.map((year) => ({ value: year, count: distribution.years?.[year] ?? 0 })),
    yearCluster: crossTable(
      years,
      keep(clusterSchema.options, chosen('cluster')),
      distribution.yearClusters,
    ),
    yearProgramme: crossTable(
      years,
      keep(programmeSchema.options, chosen('programmes')),
      distribution.yearProgrammes,
    ),
    sectorYear: transpose(crossTable(years, sectorRows, distribution.yearSectors)),
    sdgs: valueCounts(
      Array.from({ length: 17 }, (_, index) => String(index + 1)),
      distribution.sdgs,
    ),
    statusByAwardYear: crossTable(
      cohorts,
      keep(statusSchema.options, chosen('status')),
      distribution.cohortStatus,
    ),
    survival: survivalOf(
      distribution.cohortStatus ?? {},
      distribution.survivalChanges ?? {},
      thisYear,
    ),
    clusters: valueCounts(keep(clusterSchema.options, chosen('cluster')), distribution.cluster),
    sectors: valueCounts(sectors, distribution.sectors).filter(({ count }) => count > 0),
    provinces: mostFirst(distribution.province ?? {}),
    unrecognisedPlaces: distribution.placeUnrecognised?.['true'] ?? 0,
  };
}

// --- internal ---

type ChartFacet = (typeof chartFacets)[number];

const countsSchema = z.record(z.string(), z.int().min(0));

const mainSchema = z
  .object({
    totalHits: z.int().min(0),
    facetDistribution: z.record(z.string(), countsSchema).optional(),
  })
  .loose();

type MainResult = z.output<typeof mainSchema>;

function panelFacets(main: MainResult): Record<string, Record<string, number>> {
  const all: Record<string, Record<string, number>> = main.facetDistribution ?? {};
  return Object.fromEntries(
    [...facetNames, ...bucketFields]
      .filter((facet) => facet in all)
      .map((facet) => [facet, all[facet] ?? {}]),
  );
}

/** Years from the first to the last present, without gaps; only the chosen ones if any. */
function yearAxis(present: readonly string[], chosen: readonly string[]): string[] {
  if (chosen.length > 0) return [...chosen].sort();
  const numbers = present.map(Number).filter(Number.isInteger);
  if (numbers.length === 0) return [];
  const first = Math.min(...numbers);
  return Array.from({ length: Math.max(...numbers) - first + 1 }, (_, index) =>
    String(first + index),
  );
}

function firstHalves(counts: Readonly<Record<string, number>> | undefined): string[] {
  return Object.keys(counts ?? {}).flatMap((key) => splitPair(key)?.[0] ?? []);
}

/** A facet's values in schema order, only the chosen ones when the facet is filtered. */
function keep<T extends string>(values: readonly T[], chosen: readonly string[]): T[] {
  return chosen.length === 0 ? [...values] : values.filter((value) => chosen.includes(value));
}

function table(
  rows: readonly string[],
  columns: readonly string[],
  pairs: Readonly<Record<string, number>> | undefined,
): number[][] {
  return rows.map((row) => columns.map((column) => pairs?.[pairKey(row, column)] ?? 0));
}

function crossTable(
  rows: readonly string[],
  columns: readonly string[],
  pairs: Distribution[TrendField],
): CrossTable {
  return { rows: [...rows], columns: [...columns], counts: table(rows, columns, pairs) };
}

function transpose({ rows, columns, counts }: CrossTable): CrossTable {
  return {
    rows: columns,
    columns: rows,
    counts: columns.map((_, column) => rows.map((_, row) => counts[row]?.[column] ?? 0)),
  };
}

function valueCounts(
  values: readonly string[],
  counts: Readonly<Record<string, number>> | undefined,
): ValueCounts {
  return values.map((value) => ({ value, count: counts?.[value] ?? 0 }));
}

function mostFirst(counts: Readonly<Record<string, number>>): ValueCounts {
  return Object.entries(counts)
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}
