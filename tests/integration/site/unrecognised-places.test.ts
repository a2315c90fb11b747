import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProvincePage, loadProvinces } from '../../../src/features/browse/load.ts';
import { findInnovation } from '../../../src/features/innovation/load.ts';
import { searchInnovations } from '../../../src/features/search/page.ts';
import { computeTrends } from '../../../src/features/trends/compute.ts';
import { loadRegionIndex } from '../../../src/infra/reference/regions.ts';
import { createSiteSearch, type SiteSearch } from '../../../src/infra/meilisearch/site-engine.ts';
import { innovationSchema, type Innovation } from '../../../src/lib/schema/innovation.ts';
import { emptySearchState } from '../../../src/lib/search/ui/state.ts';
import type { TestMeili } from '../../helpers/meili.ts';
import { startSampleEngine } from '../../helpers/sample-engine.ts';

/** The places the sample plants as unresolvable (`data/samples/expected-warnings.json`). */
const planted = ['Sumatera Tengah', 'Kabupaten Sukamaju', 'Kota Antah Berantah'];

const regions = loadRegionIndex();
const officialProvinces = new Set(regions.provinces.map((province) => province.name));
const officialRegencies = new Set(regions.regencies.map((regency) => regency.name));

let meili: TestMeili;
let search: SiteSearch;
/** The public records the ingest wrote: the truth the bucket is counted against. */
let records: Innovation[];
let unresolved: Innovation[];

beforeAll(async () => {
  const started = await startSampleEngine();
  meili = started.meili;
  search = createSiteSearch(started.config);
  const lines = await readFile(join(meili.dataDir, 'innovations.ndjson'), 'utf8');
  records = lines
    .trim()
    .split('\n')
    .map((line) => innovationSchema.parse(JSON.parse(line)));
  unresolved = records.filter(
    (record) =>
      (record.province !== undefined && !officialProvinces.has(record.province)) ||
      (record.regency !== undefined && !officialRegencies.has(record.regency)),
  );
}, 300_000);

afterAll(async () => {
  await meili.stop();
});

describe('places the ingest could not resolve', () => {
  it('are the planted ones, kept as written on the public records', () => {
    const written = new Set(unresolved.flatMap((record) => [record.province, record.regency]));
    for (const place of planted) expect(written, place).toContain(place);
    expect(unresolved.length).toBeGreaterThanOrEqual(planted.length);
  });

  it('are never values of the province or regency facet, and are counted in one bucket', async () => {
    const view = await searchInnovations(search, emptySearchState);
    const values = (name: string) =>
      view.facets.find((facet) => facet.name === name)?.values.map(({ value }) => value) ?? [];
    expect(values('province').length).toBeGreaterThan(30);
    for (const value of values('province')) expect(officialProvinces, value).toContain(value);
    for (const value of values('regency')) expect(officialRegencies, value).toContain(value);
    expect(view.unrecognisedPlaces).toBe(unresolved.length);
  });

  it('are never rows of the trends province chart, and are counted in one bucket', async () => {
    const { charts } = await computeTrends(search, emptySearchState);
    for (const { value } of charts.provinces) expect(officialProvinces, value).toContain(value);
    expect(charts.provinces.reduce((sum, { count }) => sum + count, 0)).toBe(
      records.filter((record) => record.provinceCode !== undefined).length,
    );
    expect(charts.unrecognisedPlaces).toBe(unresolved.length);
  });

  it('never have a browse page: the province index and each province list only official places', async () => {
    const provinces = await loadProvinces(search);
    for (const { name } of provinces) expect(officialProvinces, name).toContain(name);
    for (const { slug } of provinces) {
      const page = await loadProvincePage(search, slug, 1);
      for (const { name } of page?.regencies ?? []) expect(officialRegencies, name).toContain(name);
    }
  });

  it('stay on the innovation page and in the results as written, and are found by search', async () => {
    for (const record of unresolved) {
      const found = await findInnovation(search, record.id);
      expect(found?.province, record.id).toBe(record.province);
      expect(found?.regency, record.id).toBe(record.regency);
    }
    const view = await searchInnovations(search, { ...emptySearchState, q: 'Antah Berantah' });
    expect(view.hits.map((hit) => hit.place)).toContain('Kota Antah Berantah');
  });
});
