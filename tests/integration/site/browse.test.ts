import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { programmeSchema } from '../../../src/lib/schema/enums.ts';
import { slugify } from '../../../src/lib/text/slug.ts';
import { sectors } from '../../../src/lib/taxonomy/sectors.ts';
import {
  loadProgrammes,
  loadProvincePage,
  loadProvinces,
  loadSectorPage,
  loadSectors,
  loadYearPage,
  loadYears,
} from '../../../src/features/browse/load.ts';
import { provincePage, sectorPage, yearPage } from '../../../src/features/browse/pages.ts';
import { loadHome } from '../../../src/features/home/load.ts';
import { loadConfig } from '../../../src/infra/config.ts';
import { createSiteSearch, type SiteSearch } from '../../../src/infra/meilisearch/site-engine.ts';
import { INDEX, ingestInto, sampleGroups } from '../../helpers/ingest-into.ts';
import { startTestMeili, type TestMeili } from '../../helpers/meili.ts';
import { makeTempDir, type TempDir } from '../../helpers/temp.ts';

/** What the counts are checked against: every document, read with the master key. */
interface Doc {
  id: string;
  provinceCode?: string;
  province?: string;
  /** A province name the ingest could not resolve, as the source wrote it. */
  provinceAsWritten?: string;
  regencyCode?: string;
  regency?: string;
  sectors: string[];
  years: number[];
  programmes: string[];
  awardLevels: string[];
  latestYear: number;
}

let meili: TestMeili;
let siteData: TempDir;
let search: SiteSearch;
let docs: Doc[];

beforeAll(async () => {
  meili = await startTestMeili();
  siteData = await makeTempDir('browse-site');
  await ingestInto(meili.client, meili.dataDir, sampleGroups);
  const fields = [
    'id',
    'provinceCode',
    'province',
    'provinceAsWritten',
    'regencyCode',
    'regency',
    'sectors',
    'years',
    'programmes',
    'awardLevels',
    'latestYear',
  ];
  const { results } = await meili.client.index(INDEX).getDocuments({ fields, limit: 100_000 });
  docs = results as unknown as Doc[];
  search = createSiteSearch(
    loadConfig({
      MEILI_URL: meili.url,
      MEILI_MASTER_KEY: meili.masterKey,
      DATA_DIR: siteData.path,
    }),
  );
}, 180_000);

afterAll(async () => {
  await meili.stop();
  await siteData.remove();
});

describe('counts of the browse pages', () => {
  it('gives every sector of the taxonomy, in order, with the count of its documents', async () => {
    const counted = await loadSectors(search);
    expect(counted.map(({ value }) => value)).toEqual(sectors.map(({ slug }) => slug));
    for (const { value, count } of counted) {
      expect(count, value).toBe(docs.filter((doc) => doc.sectors.includes(value)).length);
    }
    expect(counted.some(({ count }) => count > 0)).toBe(true);
  });

  it('gives exactly the official provinces that hold documents, by name, with their counts', async () => {
    const counted = await loadProvinces(search);
    const expected = tally(docs.flatMap(officialProvince));
    expect(Object.fromEntries(counted.map(({ name, count }) => [name, count]))).toEqual(expected);
    const names = counted.map(({ name }) => name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'id')));
    for (const { name, slug } of counted) expect(slug).toBe(slugify(name));
  });

  it('gives every year with its documents, newest first', async () => {
    const counted = await loadYears(search);
    const expected = tally(docs.flatMap((doc) => doc.years.map(String)));
    expect(Object.fromEntries(counted.map(({ value, count }) => [String(value), count]))).toEqual(
      expected,
    );
    const years = counted.map(({ value }) => value);
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });

  it('gives the three programmes with their documents', async () => {
    const counted = await loadProgrammes(search);
    expect(counted.map(({ value }) => value)).toEqual(programmeSchema.options);
    for (const { value, count } of counted) {
      expect(count).toBe(docs.filter((doc) => doc.programmes.includes(value)).length);
    }
  });
});

describe('a province page', () => {
  it('lists exactly the regencies and cities with documents in that province, with counts', async () => {
    const provinces = [...new Set(docs.flatMap(officialProvince))];
    expect(provinces.length).toBeGreaterThan(30);
    for (const province of provinces) {
      const page = await loadProvincePage(search, slugify(province), 1);
      const inProvince = docs.filter((doc) => doc.province === province);
      const expected = tally(inProvince.flatMap(officialRegency));
      expect(page?.name).toBe(province);
      expect(
        Object.fromEntries((page?.regencies ?? []).map(({ name, count }) => [name, count])),
        province,
      ).toEqual(expected);
      expect(page?.list.total).toBe(inProvince.length);
    }
  });

  it('leaves out a province name the ingest could not resolve (kept on its record as written)', async () => {
    const unresolved = docs.filter((doc) => doc.provinceAsWritten !== undefined);
    expect(unresolved.length).toBeGreaterThan(0);
    for (const doc of unresolved) {
      expect(doc.province).toBeUndefined();
      expect(
        await loadProvincePage(search, slugify(doc.provinceAsWritten ?? ''), 1),
      ).toBeUndefined();
    }
  });

  it('is not found for a slug no province has', async () => {
    expect(await loadProvincePage(search, 'atlantis', 1)).toBeUndefined();
    const result = await provincePage(
      search,
      'atlantis',
      new URL('http://x/jelajah/provinsi/atlantis'),
    );
    expect(result.kind).toBe('not-found');
  });
});

describe('paged lists', () => {
  it('cover every document of a year exactly once, 20 a page, then stop', async () => {
    const year = 2019;
    const expected = docs.filter((doc) => doc.years.includes(year)).map((doc) => doc.id);
    expect(expected.length).toBeGreaterThan(40);
    const seen: string[] = [];
    let page = 1;
    for (
      let list = await loadYearPage(search, year, page);
      list;
      list = await loadYearPage(search, year, ++page)
    ) {
      expect(list.hits.length).toBe(Math.min(20, expected.length - seen.length));
      expect(list.total).toBe(expected.length);
      seen.push(...list.hits.map((hit) => hit.id));
    }
    expect(page - 1).toBe(Math.ceil(expected.length / 20));
    expect(seen.length).toBe(new Set(seen).size);
    expect(seen.sort()).toEqual(expected.sort());
  });

  it('answer not found for a year without documents, an unknown sector and a bad page', async () => {
    expect(await loadYearPage(search, 1999, 1)).toBeUndefined();
    expect((await yearPage(search, '1999', new URL('http://x/jelajah/tahun/1999'))).kind).toBe(
      'not-found',
    );
    expect((await sectorPage(search, 'nope', new URL('http://x/jelajah/sektor/nope'))).kind).toBe(
      'not-found',
    );
    const url = new URL('http://x/jelajah/sektor/kesehatan?halaman=0');
    expect((await sectorPage(search, 'kesehatan', url)).kind).toBe('not-found');
    expect(await loadSectorPage(search, 'kesehatan', 10_000)).toBeUndefined();
    expect((await sectorPage(search, 'kesehatan', new URL('http://x/?halaman=2'))).kind).toBe('ok');
  });
});

describe('the home page', () => {
  it('counts documents, provinces, regencies, programmes and years as the documents do', async () => {
    const { counters } = await loadHome(search);
    const years = docs.flatMap((doc) => doc.years);
    expect(counters).toEqual({
      innovations: docs.length,
      provinces: new Set(docs.flatMap(officialProvince)).size,
      regencies: new Set(docs.flatMap(officialRegency)).size,
      programmes: new Set(docs.flatMap((doc) => doc.programmes)).size,
      firstYear: Math.min(...years),
      lastYear: Math.max(...years),
    });
  });

  it('shows six awarded innovations, the most recent first', async () => {
    const { newestTop } = await loadHome(search);
    const byId = new Map(docs.map((doc) => [doc.id, doc]));
    const awarded = docs.filter((doc) => doc.awardLevels.length > 0);
    const latest = newestTop.map((card) => byId.get(card.id)?.latestYear ?? 0);
    expect(newestTop).toHaveLength(6);
    for (const card of newestTop) expect(card.awards.length).toBeGreaterThan(0);
    expect(latest).toEqual([...latest].sort((a, b) => b - a));
    expect(latest[0]).toBe(Math.max(...awarded.map((doc) => doc.latestYear)));
  });
});

describe('when the engine is down', () => {
  it('pages get an engine-down result instead of an error', async () => {
    await meili.crash();
    const result = await sectorPage(
      search,
      'kesehatan',
      new URL('http://x/jelajah/sektor/kesehatan'),
    );
    expect(result.kind).toBe('engine-down');
  });
});

// --- internal ---

function tally(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

/** The province of a document that carries its Kemendagri code: none, or one. */
function officialProvince(doc: Doc): string[] {
  return doc.provinceCode && doc.province ? [doc.province] : [];
}

function officialRegency(doc: Doc): string[] {
  return doc.regencyCode && doc.regency ? [doc.regency] : [];
}
