import type { Index } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clusterSchema, programmeSchema, statusSchema } from '../../../src/lib/schema/enums.ts';
import type { Innovation } from '../../../src/lib/schema/innovation.ts';
import type { FacetName } from '../../../src/lib/index/facets.ts';
import { stemQuery } from '../../../src/lib/search/query.ts';
import { emptySearchState, type SearchState } from '../../../src/lib/search/ui/state.ts';
import { sectorSchema } from '../../../src/lib/taxonomy/sectors.ts';
import type { CrossTable, TrendCharts } from '../../../src/lib/trends/view.ts';
import { trendsViewSchema } from '../../../src/lib/trends/view.ts';
import type { Config } from '../../../src/infra/config.ts';
import { createSiteSearch, type SiteSearch } from '../../../src/infra/meilisearch/site-engine.ts';
import { computeTrends } from '../../../src/features/trends/compute.ts';
import { INDEX } from '../../helpers/ingest-into.ts';
import type { TestMeili } from '../../helpers/meili.ts';
import { startSampleEngine } from '../../helpers/sample-engine.ts';

let meili: TestMeili;
let config: Config;
let search: SiteSearch;
/** The index with the master key: the ground truth every chart is checked against. */
let raw: Index;

beforeAll(async () => {
  ({ meili, config } = await startSampleEngine());
  search = createSiteSearch(config);
  raw = meili.client.index(INDEX);
}, 300_000);

afterAll(async () => {
  await meili.stop();
});

/**
 * Searches with the filter Meilisearch should get for them, written out by hand: the charts
 * must count exactly what these filters count.
 */
const combinations: {
  name: string;
  q?: string;
  filters: Partial<Record<FacetName, string[]>>;
  filter: string;
}[] = [
  { name: 'everything', filters: {}, filter: '' },
  {
    name: 'two years',
    filters: { years: ['2019', '2021'] },
    filter: '(years = 2019 OR years = 2021)',
  },
  {
    name: 'cities and health',
    filters: { cluster: ['kota'], sectors: ['kesehatan'] },
    filter: 'cluster = "kota" AND sectors = "kesehatan"',
  },
  { name: 'IGA only', filters: { programmes: ['iga'] }, filter: 'programmes = "iga"' },
  {
    name: 'stopped or dormant, KIPP',
    filters: { status: ['berhenti', 'vakum'], programmes: ['kipp'] },
    filter: '(status = "berhenti" OR status = "vakum") AND programmes = "kipp"',
  },
  { name: 'a query', q: 'pelayanan kesehatan', filters: {}, filter: '' },
];

describe.each(combinations)('the charts of “$name”', ({ q, filters, filter }) => {
  let charts: TrendCharts;
  const and = (more: string) => (filter === '' ? more : `${filter} AND ${more}`);

  beforeAll(async () => {
    const state: SearchState = {
      ...emptySearchState,
      q: q ?? '',
      filters: { ...emptySearchState.filters, ...filters },
    };
    charts = trendsViewSchema.parse(await computeTrends(search, state)).charts;
  });

  it('count as many innovations as the search', async () => {
    expect(charts.total).toBe(await countOf(q, filter));
    expect(charts.total).toBeGreaterThan(0);
  });

  it('year × cluster: every bar segment is the engine’s count, and each year adds up', async () => {
    const { yearCluster } = charts;
    expect(yearCluster.rows.length).toBeGreaterThan(0);
    expect(yearCluster.columns).toEqual(filters.cluster ?? clusterSchema.options);
    await expectTable(
      yearCluster,
      (year, cluster) => and(`years = ${year} AND cluster = "${cluster}"`),
      q,
    );
    for (const [index, year] of yearCluster.rows.entries()) {
      const sum = (yearCluster.counts[index] ?? []).reduce((a, b) => a + b, 0);
      expect(sum, year).toBe(await countOf(q, and(`years = ${year}`)));
      expect(charts.years[index]).toEqual({ value: year, count: sum });
    }
  });

  it('the year axis runs without gaps over the years with matches, or the chosen years', async () => {
    const years = charts.yearCluster.rows.map(Number);
    if (filters.years) {
      expect(years.map(String)).toEqual(filters.years);
      return;
    }
    const present = await facetValues(q, filter, 'years');
    expect(years[0]).toBe(Math.min(...present.map(Number)));
    expect(years.at(-1)).toBe(Math.max(...present.map(Number)));
    expect(years.every((year, index) => index === 0 || year === (years[index - 1] ?? 0) + 1)).toBe(
      true,
    );
  });

  it('sector × year: every cell is the engine’s count; only chosen sectors, those without a match left out', async () => {
    const { sectorYear } = charts;
    await expectTable(
      sectorYear,
      (sector, year) => and(`sectors = "${sector}" AND years = ${year}`),
      q,
    );
    const years = sectorYear.columns.map((year) => `years = ${year}`).join(' OR ');
    const shown = filters.sectors ?? sectorSchema.options;
    expect(sectorYear.rows.every((sector) => shown.includes(sector))).toBe(true);
    for (const sector of shown.filter((value) => !sectorYear.rows.includes(value))) {
      expect(await countOf(q, and(`sectors = "${sector}" AND (${years})`)), sector).toBe(0);
    }
  });

  it('SDGs, clusters, sectors and provinces: the engine’s count for each value', async () => {
    expect(charts.sdgs.map((entry) => entry.value)).toEqual(
      Array.from({ length: 17 }, (_, index) => String(index + 1)),
    );
    for (const { value, count } of charts.sdgs) {
      expect(count, `SDG ${value}`).toBe(await countOf(q, and(`sdgs = ${value}`)));
    }
    for (const { value, count } of charts.provinces) {
      expect(count, value).toBe(await countOf(q, and(`province = "${value}"`)));
    }
    for (const { value, count } of charts.clusters) {
      expect(count, value).toBe(await countOf(q, and(`cluster = "${value}"`)));
    }
    expect(charts.clusters.map((entry) => entry.value)).toEqual(
      filters.cluster ?? clusterSchema.options,
    );
    for (const { value, count } of charts.sectors) {
      expect(count, value).toBe(await countOf(q, and(`sectors = "${value}"`)));
    }
    const listed = new Set(charts.sectors.map((entry) => entry.value));
    for (const sector of sectorSchema.options.filter((value) => !listed.has(value))) {
      const chosenElsewhere = filters.sectors !== undefined && !filters.sectors.includes(sector);
      if (!chosenElsewhere) expect(await countOf(q, and(`sectors = "${sector}"`)), sector).toBe(0);
    }
    const withProvince = charts.provinces.reduce((sum, entry) => sum + entry.count, 0);
    expect(withProvince).toBe(await countOf(q, and('province EXISTS')));
  });

  it('year × programme and status × first award year match the matching records themselves', async () => {
    const records = await matchingRecords(q, filter);
    expect(records).toHaveLength(charts.total);
    const programmes = filters.programmes ?? programmeSchema.options;
    expect(charts.yearProgramme.columns).toEqual(programmes);
    expectSameTable(
      charts.yearProgramme,
      (year, programme) =>
        records.filter((record) =>
          record.provenance.some((p) => String(p.year) === year && p.programme === programme),
        ).length,
    );
    const awarded = records.filter((record) => record.awards.length > 0);
    const cohorts = new Set(
      awarded.map((record) => String(Math.min(...record.awards.map((a) => a.year)))),
    );
    expect(
      new Set(
        charts.statusByAwardYear.rows.filter(
          (year) => rowTotal(charts.statusByAwardYear, year) > 0,
        ),
      ),
    ).toEqual(cohorts);
    expect(charts.statusByAwardYear.columns).toEqual(filters.status ?? statusSchema.options);
    expectSameTable(
      charts.statusByAwardYear,
      (year, status) =>
        awarded.filter(
          (record) =>
            String(Math.min(...record.awards.map((a) => a.year))) === year &&
            record.status === status,
        ).length,
    );
  });
});

// --- helpers ---

async function countOf(q: string | undefined, filter: string): Promise<number> {
  const result = await raw.search(stemQuery(q ?? ''), { filter, hitsPerPage: 0, page: 1 });
  return result.totalHits;
}

async function facetValues(
  q: string | undefined,
  filter: string,
  facet: string,
): Promise<string[]> {
  const result = await raw.search(stemQuery(q ?? ''), { filter, facets: [facet], hitsPerPage: 0 });
  return Object.keys(result.facetDistribution?.[facet] ?? {});
}

type Record_ = Pick<Innovation, 'provenance' | 'awards' | 'status'>;

async function matchingRecords(q: string | undefined, filter: string): Promise<Record_[]> {
  const result = await raw.search<Record_>(stemQuery(q ?? ''), {
    filter,
    limit: 10_000,
    attributesToRetrieve: ['provenance', 'awards', 'status'],
  });
  return result.hits;
}

async function expectTable(
  table: CrossTable,
  filterOf: (row: string, column: string) => string,
  q: string | undefined,
): Promise<void> {
  const expected = await Promise.all(
    table.rows.map((row) =>
      Promise.all(table.columns.map((column) => countOf(q, filterOf(row, column)))),
    ),
  );
  expect(table.counts).toEqual(expected);
}

function expectSameTable(table: CrossTable, count: (row: string, column: string) => number): void {
  expect(table.counts).toEqual(
    table.rows.map((row) => table.columns.map((column) => count(row, column))),
  );
}

function rowTotal(table: CrossTable, row: string): number {
  return (table.counts[table.rows.indexOf(row)] ?? []).reduce((a, b) => a + b, 0);
}
