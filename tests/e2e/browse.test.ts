import { Meilisearch } from 'meilisearch';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launchBrowser, newContext, saveScreenshot } from '../helpers/browser.ts';
import { portalUrl as url, scriptTag, scrollsSideways } from '../helpers/pages.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(() => browser.close());

describe('browsing without JavaScript', () => {
  it('goes home → by province → a province → a regency, landing on the filtered search', async () => {
    const context = await newContext(browser, { width: 360, javaScript: false });
    const page = await context.newPage();
    await page.goto(url('/'));
    await page.getByRole('link', { name: 'Jelajah menurut provinsi' }).click();
    await page.waitForURL(/\/jelajah\/provinsi$/);
    await page.getByRole('link', { name: /^Daerah Istimewa Yogyakarta/ }).click();
    await page.waitForURL(/\/jelajah\/provinsi\/daerah-istimewa-yogyakarta$/);
    await page.getByRole('link', { name: /^Kabupaten Sleman/ }).click();
    await page.waitForURL(/\/cari\?/);
    const params = new URL(page.url()).searchParams;
    expect(params.get('provinsi')).toBe('Daerah Istimewa Yogyakarta');
    expect(params.get('kabupaten')).toBe('Kabupaten Sleman');
    await context.close();
  });

  it('lists a sector, a year and a programme with counts equal to the engine’s', async () => {
    const client = new Meilisearch({ host: inject('meiliUrl'), apiKey: inject('masterKey') });
    const count = async (filter: string) =>
      (await client.index('innovations').search('', { filter, hitsPerPage: 0, page: 1 })).totalHits;
    const context = await newContext(browser, { javaScript: false });
    const page = await context.newPage();
    for (const [path, filter] of [
      ['/jelajah/sektor/kesehatan', 'sectors = kesehatan'],
      ['/jelajah/tahun/2019', 'years = 2019'],
      ['/en/browse/programme/inolan', 'programmes = inolan'],
    ] as const) {
      const response = await page.goto(url(path));
      expect(response?.status(), path).toBe(200);
      const total = await count(filter);
      await expect.poll(() => page.locator('main article').count()).toBe(Math.min(20, total));
      expect(await page.locator('.range').innerText()).toContain(
        total.toLocaleString(path.startsWith('/en') ? 'en-GB' : 'id-ID'),
      );
    }
    await context.close();
  });

  it('pages with plain links, and answers 404 for what does not exist', async () => {
    const context = await newContext(browser, { javaScript: false });
    const page = await context.newPage();
    await page.goto(url('/jelajah/tahun/2019'));
    await page
      .getByRole('link', { name: /Berikutnya/ })
      .first()
      .click();
    await page.waitForURL(/\/jelajah\/tahun\/2019\?halaman=2$/);
    for (const path of [
      '/jelajah/sektor/tidak-ada',
      '/jelajah/tahun/1990',
      '/jelajah/program/lan',
      '/jelajah/provinsi/atlantis',
      '/jelajah/tahun/2019?halaman=9999',
    ]) {
      expect((await page.goto(url(path)))?.status(), path).toBe(404);
    }
    await context.close();
  });

  it('switches language on the same page, keeping the list page', async () => {
    const context = await newContext(browser, { javaScript: false });
    const page = await context.newPage();
    await page.goto(url('/jelajah/tahun/2019?halaman=2'));
    await page.getByRole('link', { name: /English/ }).click();
    await page.waitForURL(/\/en\/browse\/year\/2019\?halaman=2$/);
    await page.getByRole('link', { name: /Bahasa Indonesia/ }).click();
    await page.waitForURL(/\/jelajah\/tahun\/2019\?halaman=2$/);
    await context.close();
  });

  it('references no script in the HTML of any browse page', async () => {
    for (const path of [
      '/jelajah',
      '/jelajah/sektor',
      '/jelajah/provinsi',
      '/jelajah/provinsi/jawa-timur',
      '/jelajah/tahun',
      '/en/browse/programme',
    ]) {
      const html = await (await fetch(url(path))).text();
      expect(html, path).not.toMatch(scriptTag);
    }
  });
});

describe('browse pages for every reader', () => {
  it.each(['/jelajah/sektor', '/jelajah/provinsi/jawa-timur', '/en/browse/year/2019'])(
    '%s has no serious or critical accessibility violation',
    async (path) => {
      const context = await newContext(browser);
      const page = await context.newPage();
      await page.goto(url(path));
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    },
  );

  it.each([360, 1280])('a province fits %i px (screenshot saved)', async (width) => {
    const context = await newContext(browser, { width, javaScript: false });
    const page = await context.newPage();
    await page.goto(url('/jelajah/provinsi/daerah-istimewa-yogyakarta'));
    expect(await scrollsSideways(page)).toBe(false);
    await saveScreenshot(page, `browse-province-${String(width)}`);
    await context.close();
  });
});
