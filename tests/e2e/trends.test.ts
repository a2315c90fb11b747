import { readFile } from 'node:fs/promises';
import { Meilisearch } from 'meilisearch';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  axeViolations,
  launchBrowser,
  newContext,
  openHydrated,
  saveScreenshot,
} from '../helpers/browser.ts';

let browser: Browser;
const url = (path: string) => `${inject('portalUrl')}${path}`;
const headline = '#tren-tahun-klaster';

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(() => browser.close());

describe('the trends page', () => {
  it('draws the year × cluster chart with one bar per year, each as tall as the engine counts', async () => {
    const page = await open('/tren');
    const years = await engineYears('');
    const marks = page.locator(`${headline} svg .mark`);
    expect(await marks.count()).toBe(years.length);
    const names = await marks.evaluateAll((found) => found.map((mark) => mark.ariaLabel ?? ''));
    for (const [index, [year, total]] of years.entries()) {
      expect(names[index]).toMatch(new RegExp(`^${year}: ${id(total)} inovasi`));
    }
    expect(await page.locator(`${headline} .chart__reading`).innerText()).toMatch(/^Tahun \d{4}/);
    await page.context().close();
  });

  it('follows a ticked facet: other bars, the parameter in the URL, the count of the engine', async () => {
    const page = await open('/tren');
    const before = await markNames(page);
    await page
      .locator('details.facet', { has: page.locator('summary', { hasText: /^Program/ }) })
      .getByRole('checkbox', { name: /^IGA\s/ })
      .check();
    await page.waitForURL(/[?&]program=iga/);
    const iga = await engineYears('programmes = iga');
    await expect.poll(() => markNames(page)).not.toEqual(before);
    const after = await markNames(page);
    expect(after).toHaveLength(iga.length);
    expect(after[0]).toMatch(new RegExp(`^${iga[0]?.[0]}: ${id(iga[0]?.[1] ?? 0)} inovasi`));
    expect(await page.locator('.charts .search-stats').innerText()).toBe(
      `${id(await count('programmes = iga'))} inovasi cocok`,
    );
    await page.context().close();
  });

  it('shows the numbers as a table and downloads the same rows as CSV', async () => {
    const page = await open('/tren?klaster=kota');
    const chart = page.locator(headline);
    await chart.getByText('Tampilkan sebagai tabel').click();
    const table = await chart
      .locator('table tr')
      .evaluateAll((rows) =>
        rows.map((row) => [...row.children].map((cell) => (cell as HTMLElement).innerText)),
      );
    expect(table[0]).toEqual(['Tahun', 'Pemerintah kota', 'Jumlah']);
    const years = await engineYears('cluster = kota');
    expect(table.slice(1).map((row) => [row[0], row[2]])).toEqual(
      years.map(([year, total]) => [year, id(total)]),
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      chart.getByRole('button', { name: 'Unduh CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('tren-tahun-klaster.csv');
    const csv = await readFile(await download.path(), 'utf8');
    // A byte-order mark first, so a spreadsheet reads the file as UTF-8.
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = csv
      .slice(1)
      .trimEnd()
      .split('\r\n')
      .map((line) => line.split(','));
    expect(rows).toEqual(table.map((row) => row.map((cell) => cell.replaceAll('.', ''))));
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      chart.getByRole('button', { name: 'Unduh SVG' }).click(),
    ]);
    expect(svg.suggestedFilename()).toBe('tren-tahun-klaster.svg');
    const svgText = await readFile(await svg.path(), 'utf8');
    expect(svgText).toMatch(/<svg[^>]+xmlns="http:\/\/www.w3.org/);
    expect(svgText).toContain('<title>Inovasi per tahun menurut klaster instansi</title>');
    await page.context().close();
  });

  it('hides a series from its legend and moves between bars with the arrow keys', async () => {
    const page = await open('/tren');
    const chart = page.locator(headline);
    const toggle = chart.getByRole('button', { name: 'Pemerintah kabupaten' });
    const segments = chart.locator('svg g[fill] rect');
    const shown = await segments.count();
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await segments.count()).toBeLessThan(shown);
    await chart.locator('svg .mark').first().focus();
    await page.keyboard.press('ArrowRight');
    const focused = await page.evaluate(() => document.activeElement?.ariaLabel ?? '');
    expect(focused).toBe((await markNames(page))[1]);
    expect(await chart.locator('svg .tooltip').count()).toBe(1);
    await page.context().close();
  });

  it('goes from search to trends and back keeping the filters and the query', async () => {
    const page = await open('/cari?q=sampah&tahun=2019&klaster=kabupaten');
    const found = await page.locator('.search-stats').innerText();
    const query = '?q=sampah&tahun=2019&klaster=kabupaten';
    expect(await page.getByRole('link', { name: 'CSV' }).getAttribute('href')).toBe(
      `/api/v1/innovations.csv${query}`,
    );
    expect(await page.getByRole('link', { name: 'JSON' }).getAttribute('href')).toBe(
      `/api/v1/innovations.json${query}`,
    );
    await page.getByRole('link', { name: 'Lihat tren untuk hasil ini' }).click();
    await page.waitForURL(/\/tren\?/);
    expect(params(page)).toEqual({ q: ['sampah'], tahun: ['2019'], klaster: ['kabupaten'] });
    await expect
      .poll(() => page.locator('.charts .search-stats').innerText())
      .toBe(found.replace(' inovasi untuk', ' inovasi cocok untuk'));
    await page.getByRole('link', { name: 'Lihat hasil ini di pencarian' }).click();
    await page.waitForURL(/\/cari\?/);
    expect(params(page)).toEqual({ q: ['sampah'], tahun: ['2019'], klaster: ['kabupaten'] });
    await page.context().close();
  });

  it('says when the charts cannot be computed, keeps the KIPP context, and tries again', async () => {
    const page = await open('/tren');
    await page.route('**/api/trends?*', (route) => route.abort());
    await page.getByRole('searchbox', { name: 'Kata kunci' }).fill('ktp');
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('Grafik sedang tidak');
    expect(await page.locator('#tren-pendaftaran-kipp svg .mark').count()).toBeGreaterThan(0);
    await page.unroute('**/api/trends?*');
    await page.getByRole('button', { name: 'Coba lagi' }).click();
    await expect.poll(() => page.locator('.charts .search-stats').innerText()).toMatch(/“ktp”$/);
    expect(await page.locator(`${headline} svg .mark`).count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('links every tile of the map to its province', async () => {
    const page = await open('/tren');
    const tiles = page.locator('#tren-provinsi svg a');
    expect(await tiles.count()).toBe(38);
    const jatim = page.locator('#tren-provinsi svg a[href="/jelajah/provinsi/jawa-timur"]');
    await jatim.focus();
    expect(await page.locator('#tren-provinsi svg .tooltip').textContent()).toMatch(/^Jawa Timur/);
    expect(await page.getByRole('link', { name: /^Jawa Timur: [\d.]+ inovasi$/ }).count()).toBe(1);
    // The table says the same with links big enough for a finger.
    await page.locator('#tren-provinsi').getByText('Tampilkan sebagai tabel').click();
    const table = page.locator('#tren-provinsi table');
    expect(await table.getByRole('link', { name: 'Jawa Timur' }).getAttribute('href')).toBe(
      '/jelajah/provinsi/jawa-timur',
    );
    // A place the ingest could not resolve is no row: it is counted in a note instead.
    expect(await table.locator('tbody tr').count()).toBeLessThanOrEqual(38);
    expect(await table.innerText()).not.toContain('Sumatera Tengah');
    expect(await page.locator('#tren-provinsi').innerText()).toMatch(
      /\d+ inovasi yang cocok mencantumkan tempat yang tidak dikenali/,
    );
    await page.context().close();
  });
});

describe('the trends page without JavaScript, on a phone, in English', () => {
  it('shows every chart as SVG with its table, and the filters as a form', async () => {
    const context = await newContext(browser, { javaScript: false });
    const page = await context.newPage();
    await page.goto(url('/tren?program=kipp'));
    // Eight charts of the index, and the replications confirmed per year from the store.
    expect(await page.locator('.chart svg.chart__svg').count()).toBe(9);
    expect(await page.locator('.chart details table').count()).toBe(9);
    const years = await engineYears('programmes = kipp');
    expect(await page.locator(`${headline} svg .mark`).count()).toBe(years.length);
    expect(await page.locator('form#search-form').getAttribute('action')).toBe('/tren');
    // Without JavaScript nothing pretends to act: the legend is a key, there are no downloads.
    expect(await page.locator('.legend__key').count()).toBeGreaterThan(0);
    expect(await page.locator('.chart button').count()).toBe(0);
    await context.close();
  });

  it('has no serious accessibility violations and no sideways scroll at 360 px', async () => {
    for (const width of [360, 1280]) {
      const page = await open('/tren', width);
      for (const summary of await page.locator('.chart__table summary').all())
        await summary.click();
      expect(await axeViolations(page)).toEqual([]);
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(sideways).toBeLessThanOrEqual(width);
      await page.goto(url('/tren'), { waitUntil: 'networkidle' });
      await saveScreenshot(page, `trends-${width}`);
      await page.context().close();
    }
  });

  it('reads in English at /en/trends, with the same parameters', async () => {
    const page = await open('/en/trends?tahun=2020');
    expect(await page.locator('h1').innerText()).toBe('Innovation trends');
    expect(await page.locator(`${headline} h3`).innerText()).toBe(
      'Innovations per year by agency cluster',
    );
    expect(await page.locator('.charts .search-stats').innerText()).toBe(
      `${(await count('years = 2020')).toLocaleString('en-GB')} matching innovations`,
    );
    expect(await page.locator(`${headline} svg .mark`).count()).toBe(1);
    await saveScreenshot(page, 'trends-en-1280');
    await page.context().close();
  });
});

// --- internal ---

function open(path: string, width = 1280): Promise<Page> {
  return openHydrated(browser, url(path), width);
}

function markNames(page: Page): Promise<string[]> {
  return page
    .locator(`${headline} svg .mark`)
    .evaluateAll((found) => found.map((mark) => mark.ariaLabel ?? ''));
}

function params(page: Page): Record<string, string[]> {
  const search = new URL(page.url()).searchParams;
  return Object.fromEntries([...new Set(search.keys())].map((key) => [key, search.getAll(key)]));
}

function engine() {
  return new Meilisearch({ host: inject('meiliUrl'), apiKey: inject('masterKey') }).index(
    'innovations',
  );
}

/** Matching innovations per year from the first year to the last, straight from the engine. */
async function engineYears(filter: string): Promise<[string, number][]> {
  const result = await engine().search('', { filter, facets: ['years'], limit: 0 });
  const counts = result.facetDistribution?.years ?? {};
  const years = Object.keys(counts).map(Number);
  const first = Math.min(...years);
  return Array.from({ length: Math.max(...years) - first + 1 }, (_, index) => {
    const year = String(first + index);
    return [year, counts[year] ?? 0];
  });
}

async function count(filter: string): Promise<number> {
  const result = await engine().search('', { filter, hitsPerPage: 0, page: 1 });
  return result.totalHits;
}

/** A number as the Indonesian pages write it. */
function id(value: number): string {
  return value.toLocaleString('id-ID');
}
