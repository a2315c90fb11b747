import { readFile } from 'node:fs/promises';
import { parse as parseCsv } from 'csv-parse/sync';
import { Meilisearch } from 'meilisearch';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { innovationSchema } from '../../src/lib/schema/innovation.ts';
import { exportSchema, recordPageSchema } from '../../src/features/opendata/schemas.ts';
import { facetExamples } from '../../src/features/opendata/showcase.ts';
import { facetParams, facetOrder } from '../../src/lib/search/ui/params.ts';
import { axeViolations, launchBrowser, newContext, saveScreenshot } from '../helpers/browser.ts';
import { INDEX } from '../helpers/ingest-into.ts';
import { startSiteServer, type SiteServer } from '../helpers/portal.ts';
import { makeTempDir, type TempDir } from '../helpers/temp.ts';

/**
 * The open data through the real server: CORS as a browser on another origin meets it, the
 * downloads streamed whole, the rate limit (on a server of its own), and the two pages in
 * Chromium.
 */
let browser: Browser;
let meili: Meilisearch;
let indexed: number;
const url = (path: string) => `${inject('portalUrl')}${path}`;

beforeAll(async () => {
  browser = await launchBrowser();
  meili = new Meilisearch({ host: inject('meiliUrl'), apiKey: inject('masterKey') });
  indexed = (await meili.index(INDEX).getStats()).numberOfDocuments;
});

afterAll(() => browser.close());

const countOf = async (filter: string) =>
  (await meili.index(INDEX).search('', { filter, hitsPerPage: 0, page: 1 })).totalHits;

describe('the downloads', () => {
  it('stream a CSV of everything with one row per innovation of the index', async () => {
    const answer = await fetch(url('/api/v1/innovations.csv'));
    expect(answer.status).toBe(200);
    // Streamed: no length known in advance, sent in chunks.
    expect(answer.headers.get('content-length')).toBeNull();
    expect(answer.headers.get('transfer-encoding')).toBe('chunked');
    expect(answer.headers.get('content-disposition')).toMatch(
      /^attachment; filename="inovasi-.+\.csv"$/,
    );
    const rows: Record<string, string>[] = parseCsv(await answer.text(), {
      bom: true,
      columns: true,
    });
    expect(indexed).toBeGreaterThan(2000);
    expect(rows).toHaveLength(indexed);
    expect(new Set(rows.map((row) => row.id)).size).toBe(indexed);
  });

  it('give a filter’s JSON with exactly the filter’s total', async () => {
    const answer = await fetch(url('/api/v1/innovations.json?klaster=kabupaten&sdg=3&sdg=4'));
    const records = exportSchema.parse(await answer.json()).data;
    const total = await countOf('cluster = "kabupaten" AND (sdgs = 3 OR sdgs = 4)');
    expect(total).toBeGreaterThan(0);
    expect(records).toHaveLength(total);
  });

  it('answer HEAD with the headers only', async () => {
    const answer = await fetch(url('/api/v1/innovations.csv?tahun=2019'), { method: 'HEAD' });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(Number(answer.headers.get('x-total-count'))).toBe(await countOf('years = 2019'));
    expect(await answer.text()).toBe('');
  });
});

describe('cross-origin use', () => {
  it('answers a preflight and allows GET from any origin', async () => {
    const preflight = await fetch(url('/api/v1/innovations'), {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://peneliti.example',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'x-requested-with',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, HEAD, OPTIONS');
    const answer = await fetch(url('/api/v1/facets'), {
      headers: { Origin: 'https://peneliti.example' },
    });
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('lets a page of another origin read the API in Chromium, preflight included', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(url('/kamus-data.json'));
    const other = url('').replace('127.0.0.1', 'localhost');
    const read = await page.evaluate(async (target) => {
      const list = await fetch(`${target}/api/v1/innovations?per_halaman=3`, {
        // Not a simple request: the browser sends a preflight first.
        headers: { 'X-Requested-With': 'researcher' },
      });
      const body = (await list.json()) as { data: unknown[] };
      const download = await fetch(`${target}/api/v1/innovations.json?program=inolan`);
      const records = ((await download.json()) as { data: unknown[] }).data;
      return {
        status: list.status,
        records: body.data.length,
        total: Number(download.headers.get('x-total-count')),
        downloaded: records.length,
        filename: download.headers.get('content-disposition')?.startsWith('attachment') ?? false,
      };
    }, other);
    expect(read).toMatchObject({ status: 200, records: 3, filename: true });
    expect(read.total).toBe(read.downloaded);
    expect(read.total).toBeGreaterThan(0);
    await context.close();
  });
});

describe('the rate limit', () => {
  let server: SiteServer;
  let data: TempDir;

  beforeAll(async () => {
    data = await makeTempDir('portal-open-data-limits');
    server = await startSiteServer({
      meiliUrl: inject('meiliUrl'),
      masterKey: inject('masterKey'),
      dataDir: data.path,
      // 5 reads a minute, so one download a minute (a twentieth, at least one).
      env: { RATE_LIMIT_READS: '5', TRUST_PROXY: 'true' },
    });
  });

  afterAll(async () => {
    await server.stop();
    await data.remove();
  });

  const get = (path: string, client: string) =>
    fetch(`${server.url}${path}`, { headers: { 'X-Forwarded-For': client } });

  it('answers the 6th read of a minute 429 with Retry-After, readable cross-origin', async () => {
    const statuses: number[] = [];
    for (let count = 0; count < 6; count += 1) {
      statuses.push((await get('/api/v1/innovations?per_halaman=1', '203.0.113.50')).status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const refused = await get('/api/v1/trends', '203.0.113.50');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(refused.headers.get('access-control-allow-origin')).toBe('*');
    expect(((await refused.json()) as { error: string }).error).toBe('rate-limited');
    expect((await get('/api/v1/facets', '203.0.113.51')).status).toBe(200);
  });

  it('counts downloads apart, with a smaller allowance', async () => {
    expect((await get('/api/v1/innovations.json?program=inolan', '203.0.113.60')).status).toBe(200);
    const refused = await get('/api/v1/innovations.csv', '203.0.113.60');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(10);
    expect((await get('/api/v1/innovations?per_halaman=1', '203.0.113.60')).status).toBe(200);
  });
});

describe('the open-data page', () => {
  it.each([
    ['/data-terbuka', 'Data terbuka', '/en/open-data'],
    ['/en/open-data', 'Open data', '/data-terbuka'],
  ])(
    '%s documents every endpoint with a real answer, and passes axe',
    async (path, heading, other) => {
      for (const width of [360, 1280]) {
        const page = await open(path, width);
        expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(heading);
        for (const endpoint of [
          '/api/v1/innovations',
          '/api/v1/innovations/{id}',
          '/api/v1/facets',
          '/api/v1/trends',
          '/api/v1/innovations.csv',
          '/api/v1/innovations.json',
        ]) {
          await expect
            .poll(() =>
              page.getByRole('heading', { level: 3, name: `GET ${endpoint}`, exact: true }).count(),
            )
            .toBe(1);
        }
        const answer = await page.locator('details pre').first().innerText();
        expect(recordPageSchema.partial().parse(JSON.parse(answer)).total).toBe(
          await countOf('years = 2019 AND sectors = "kesehatan"'),
        );
        expect(await page.locator(`a[href="/api/v1/openapi.json"]`).count()).toBe(1);
        expect(await page.locator('a[rel="license"]').getAttribute('href')).toBe(
          'https://creativecommons.org/licenses/by/4.0/',
        );
        const metadata = JSON.parse(
          await page.locator('script[type="application/ld+json"]').innerText(),
        ) as { 'dcat:dataset': { 'dct:license': string; 'schema:size': string } };
        expect(metadata['dcat:dataset']['dct:license']).toBe(
          'https://creativecommons.org/licenses/by/4.0/',
        );
        expect(metadata['dcat:dataset']['schema:size']).toBe(`${String(indexed)} innovations`);
        await page.locator('#cite summary', { hasText: 'BibTeX' }).click();
        expect(await page.locator('#cite details[open] pre').innerText()).toMatch(
          /^@misc\{lumbung-inovasi-\d{4}-\d{2}-\d{2},/,
        );
        expect(
          await page
            .getByRole('link', { name: 'English' })
            .or(page.getByRole('link', { name: 'Bahasa Indonesia' }))
            .getAttribute('href'),
        ).toBe(other);
        await checkLayout(page, `open-data${path.replaceAll('/', '-')}-${String(width)}`);
        await page.context().close();
      }
    },
  );

  it('downloads the CSV of everything from its link', async () => {
    const page = await open('/data-terbuka', 1280);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Semua inovasi (CSV)' }).click(),
    ]);
    const rows: string[][] = parseCsv(await readFile(await download.path(), 'utf8'), { bom: true });
    expect(rows.length - 1).toBe(indexed);
    await page.context().close();
  });

  it('shows filter values that each find innovations', async () => {
    for (const facet of facetOrder) {
      const answer = await fetch(
        url(
          `/api/v1/innovations?${facetParams[facet]}=${encodeURIComponent(facetExamples[facet])}&per_halaman=1`,
        ),
      );
      expect(recordPageSchema.parse(await answer.json()).total, facet).toBeGreaterThan(0);
    }
  });
});

describe('the data dictionary page', () => {
  it.each(['/kamus-data', '/en/data-dictionary'])(
    '%s lists every field, links its files, and passes axe',
    async (path) => {
      for (const width of [360, 1280]) {
        const page = await open(path, width);
        const fields = await page.locator('tbody th code:first-child').allInnerTexts();
        expect(fields).toEqual(innovationSchema.keyof().options);
        for (const file of ['/kamus-data.csv', '/kamus-data.json']) {
          expect(await page.locator(`a[href="${file}"]`).count()).toBe(1);
        }
        await checkLayout(page, `data-dictionary${path.replaceAll('/', '-')}-${String(width)}`);
        await page.context().close();
      }
    },
  );

  it('serves the dictionary as CSV and JSON files naming the same fields', async () => {
    const csv: Record<string, string>[] = parseCsv(
      await (await fetch(url('/kamus-data.csv'))).text(),
      { bom: true, columns: true },
    );
    expect(csv.map((row) => row.field)).toEqual(innovationSchema.keyof().options);
    const json = (await (await fetch(url('/kamus-data.json'))).json()) as {
      fields: { field: string }[];
    };
    expect(json.fields.map((entry) => entry.field)).toEqual(innovationSchema.keyof().options);
  });
});

async function open(path: string, width: number): Promise<Page> {
  const context = await newContext(browser, { width });
  const page = await context.newPage();
  const answer = await page.goto(url(path));
  expect(answer?.status()).toBe(200);
  return page;
}

/** No sideways scroll, no serious or critical axe finding, and a screenshot to look at. */
async function checkLayout(page: Page, name: string): Promise<void> {
  const sideways = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(sideways).toBe(0);
  expect(await axeViolations(page)).toEqual([]);
  await saveScreenshot(page, name);
}
