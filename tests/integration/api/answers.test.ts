import { parse as parseCsv } from 'csv-parse/sync';
import type { Index } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { innovationSchema, type Innovation } from '../../../src/lib/schema/innovation.ts';
import { emptySearchState } from '../../../src/lib/search/ui/state.ts';
import { csvColumns } from '../../../src/features/opendata/csv.ts';
import { exportSchema, recordPageSchema } from '../../../src/features/opendata/schemas.ts';
import type { Config } from '../../../src/infra/config.ts';
import { computeTrends } from '../../../src/features/trends/compute.ts';
import { createSiteSearch } from '../../../src/infra/meilisearch/site-engine.ts';
import { INDEX, allIds } from '../../helpers/ingest-into.ts';
import type { TestMeili } from '../../helpers/meili.ts';
import { callApi, startApiEngine } from './harness.ts';

/** What the answers hold, checked against the index read with the master key. */
let meili: TestMeili;
let config: Config;
let raw: Index;

beforeAll(async () => {
  ({ meili, config } = await startApiEngine());
  raw = meili.client.index(INDEX);
}, 300_000);

afterAll(() => meili.stop());

const countOf = async (filter: string) =>
  (await raw.search('', { filter, hitsPerPage: 0, page: 1 })).totalHits;

const json = async (documented: string, path: string): Promise<unknown> => {
  const answer = await callApi(documented, path);
  expect(answer.status, path).toBe(200);
  return answer.json();
};

describe('GET /api/v1/innovations', () => {
  it('pages through exactly the records of a filter, each once, as the index holds them', async () => {
    const total = await countOf('cluster = "kota" AND sectors = "kesehatan"');
    const seen: Innovation[] = [];
    for (let page = 1; ; page++) {
      const answer = recordPageSchema.parse(
        await json(
          '/innovations',
          `/innovations?klaster=kota&sektor=kesehatan&per_halaman=100&halaman=${String(page)}`,
        ),
      );
      expect(answer.total).toBe(total);
      expect(answer.totalPages).toBe(Math.ceil(total / 100));
      seen.push(...answer.data);
      if (page >= answer.totalPages) break;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen.map((record) => record.id)).size).toBe(total);
    const [first] = seen;
    if (first === undefined) throw new Error('no record');
    expect(first.cluster).toBe('kota');
    expect(first.sectors).toContain('kesehatan');
    const stored = await raw.getDocument(first.id);
    expect(first).toEqual(innovationSchema.strip().parse(stored));
  });

  it('orders as asked: newest by the last year, title A–Z', async () => {
    const byTitle = recordPageSchema.parse(
      await json('/innovations', '/innovations?urut=judul&per_halaman=50'),
    );
    const titles = byTitle.data.map((record) => record.title);
    // Meilisearch orders letters without regard to case.
    const lower = titles.map((title) => title.toLowerCase());
    expect(lower).toEqual([...lower].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const newest = recordPageSchema.parse(
      await json('/innovations', '/innovations?urut=terbaru&per_halaman=5'),
    );
    const lastYear = Math.max(...(await allYears()));
    expect(newest.data.every((record) => record.years.includes(lastYear))).toBe(true);
  });

  it('refuses bad parameters, naming each one', async () => {
    const answer = await callApi(
      '/innovations',
      '/innovations?tahun=20x9&per_halaman=101&year=2019&urut=acak',
    );
    expect(answer.status).toBe(400);
    const body = (await answer.json()) as { error: string; fields: Record<string, string> };
    expect(body.error).toBe('invalid');
    expect(Object.keys(body.fields).sort()).toEqual(['per_halaman', 'tahun', 'urut', 'year']);
  });
});

describe('GET /api/v1/innovations/{id}', () => {
  it('gives the stored record, public fields only', async () => {
    const [id] = await allIds(meili.client);
    const answer = await callApi('/innovations/{id}', `/innovations/${String(id)}`, {
      id: String(id),
    });
    expect(await answer.json()).toEqual(
      innovationSchema.strip().parse(await raw.getDocument(String(id))),
    );
  });
});

describe('GET /api/v1/facets', () => {
  it('counts each value of an unfiltered facet as the engine does for the same search', async () => {
    const body = (await json('/facets', '/facets?tahun=2020&program=kipp')) as {
      total: number;
      facets: { parameter: string; field: string; values: { value: string; count: number }[] }[];
    };
    const filter = 'years = 2020 AND programmes = "kipp"';
    expect(body.total).toBe(await countOf(filter));
    const clusters = body.facets.find((facet) => facet.parameter === 'klaster');
    expect(clusters?.field).toBe('cluster');
    for (const { value, count } of clusters?.values ?? []) {
      expect(count, value).toBe(await countOf(`${filter} AND cluster = "${value}"`));
    }
    expect(clusters?.values.length).toBeGreaterThan(2);
  });
});

describe('GET /api/v1/trends', () => {
  it('gives the trends page’s charts for the same search', async () => {
    const body = await json('/trends', '/trends?sektor=pendidikan');
    const state = {
      ...emptySearchState,
      filters: { ...emptySearchState.filters, sectors: ['pendidikan'] },
    };
    expect(body).toEqual((await computeTrends(createSiteSearch(config), state)).charts);
  });
});

describe('the downloads', () => {
  let answer: Response;
  let rows: Record<string, string>[];

  beforeAll(async () => {
    answer = await callApi('/innovations.csv', '/innovations.csv');
    const bytes = new Uint8Array(await answer.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    rows = parseCsv<Record<string, string>>(text, { bom: true, columns: true });
  });

  it('CSV of everything: one row per innovation of the index, each id once', async () => {
    expect(answer.headers.get('content-disposition')).toMatch(
      /^attachment; filename="inovasi-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const ids = await allIds(meili.client);
    expect((await raw.getStats()).numberOfDocuments).toBe(ids.length);
    expect(rows).toHaveLength(ids.length);
    expect(rows.map((row) => row.id).sort()).toEqual(ids);
    expect(Object.keys(rows[0] ?? {})).toEqual(csvColumns);
  });

  it('CSV cells: lists joined by "; ", awards and provenance as JSON, sections apart', async () => {
    const { hits } = await raw.search('', { filter: 'awardLevels IS NOT EMPTY', limit: 1 });
    const record = innovationSchema.strip().parse(hits[0]);
    const row = rows.find((candidate) => candidate.id === record.id);
    if (row === undefined) throw new Error(`${record.id} is not in the export`);
    expect(row.years).toBe(record.years.join('; '));
    expect(row.sectors).toBe(record.sectors.join('; '));
    expect(JSON.parse(row.awards ?? '')).toEqual(record.awards);
    expect(JSON.parse(row.provenance ?? '')).toEqual(record.provenance);
    expect(row['sections.background']).toBe(record.sections.background ?? '');
    expect(row.title).toBe(record.title);
  });

  it('CSV cells never start as a spreadsheet formula', () => {
    for (const row of rows) {
      for (const [column, cell] of Object.entries(row)) {
        expect(/^[=+\-@\t\r]/.test(cell), `${String(row.id)} ${column}`).toBe(false);
      }
    }
  });

  it('JSON of a filter: exactly the filter’s records', async () => {
    const filter = '(years = 2018 OR years = 2019) AND status = "berhenti"';
    const answer = await callApi(
      '/innovations.json',
      '/innovations.json?tahun=2018&tahun=2019&status=berhenti',
    );
    const { meta, data: records } = exportSchema.parse(await answer.json());
    const total = await countOf(filter);
    expect(total).toBeGreaterThan(0);
    expect(records).toHaveLength(total);
    expect(Number(answer.headers.get('x-total-count'))).toBe(total);
    expect(records.every((record) => record.status === 'berhenti')).toBe(true);
    // The file says which search it holds, in its name and in its `meta`.
    const search = '?tahun=2018&tahun=2019&status=berhenti';
    expect(meta).toMatchObject({
      search,
      total,
      licence: { url: 'https://creativecommons.org/licenses/by/4.0/' },
      source: `http://portal.test/cari${search}`,
      catalog: 'http://portal.test/api/v1/catalog.jsonld',
    });
    expect(answer.headers.get('content-disposition')).toMatch(
      /^attachment; filename="inovasi-tahun-2018-tahun-2019-status-berhenti-\d{4}-\d{2}-\d{2}\.json"$/,
    );
  });
});

async function allYears(): Promise<number[]> {
  const { facetDistribution } = await raw.search('', { facets: ['years'], limit: 0 });
  return Object.keys(facetDistribution?.years ?? {}).map(Number);
}
