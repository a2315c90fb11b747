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
import { freePort } from '../helpers/meili.ts';
import { startSiteServer } from '../helpers/portal.ts';
import { makeTempDir } from '../helpers/temp.ts';

let browser: Browser;
const url = (path: string) => `${inject('portalUrl')}${path}`;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(() => browser.close());

describe('searching with JavaScript', () => {
  it('shows results as you type, with the matches marked', async () => {
    const page = await open('/cari');
    await page.getByRole('searchbox', { name: 'Kata kunci' }).pressSequentially('puskesmas');
    await expect.poll(() => stats(page)).toMatch(/inovasi untuk “puskesmas”$/);
    expect(await page.locator('.hit').count()).toBeGreaterThan(0);
    expect(await page.locator('.hit__title mark').first().innerText()).toMatch(/puskesmas/i);
    expect(new URL(page.url()).searchParams.get('q')).toBe('puskesmas');
    await page.context().close();
  });

  it('lists only official provinces, counting places not recognised apart', async () => {
    const page = await open('/cari');
    const showAll = facet(page, 'Provinsi').getByRole('button', { name: /^Tampilkan semua/ });
    const listed = Number(/\((\d+)\)/.exec(await showAll.innerText())?.[1]);
    expect(listed).toBeGreaterThan(30);
    expect(listed).toBeLessThanOrEqual(38);
    await showAll.click();
    // The provinces the answer left out are fetched when the list is opened.
    await expect.poll(() => facet(page, 'Provinsi').locator('.facet__label').count()).toBe(listed);
    const provinces = await facet(page, 'Provinsi').locator('.facet__label').allInnerTexts();
    expect(provinces).not.toContain('Sumatera Tengah');
    const unrecognised = await count('placeUnrecognised = true');
    expect(unrecognised).toBeGreaterThan(0);
    await expect(page.locator('.facets__note').innerText()).resolves.toBe(
      `${id(unrecognised)} hasil mencantumkan tempat yang tidak dikenali.`,
    );
    await page.context().close();
  });

  it('ORs two years with their counts unchanged, ANDs a province, sorts, reloads and goes back', async () => {
    const page = await open('/cari');
    await tick(page, 'Tahun', '2019');
    await expect.poll(() => stats(page)).toBe(`${id(await count('years = 2019'))} inovasi`);
    await tick(page, 'Tahun', '2020');
    await expect
      .poll(() => stats(page))
      .toBe(`${id(await count('years IN [2019, 2020]'))} inovasi`);
    expect(await valueCount(page, 'Tahun', '2019')).toBe(id(await count('years = 2019')));
    expect(await valueCount(page, 'Tahun', '2020')).toBe(id(await count('years = 2020')));

    const province = await facet(page, 'Provinsi').locator('.facet__label').first().innerText();
    await tick(page, 'Provinsi', province);
    const both = await count(`years IN [2019, 2020] AND province = "${province}"`);
    await expect.poll(() => stats(page)).toBe(`${id(both)} inovasi`);
    expect(await page.locator('.chip').allInnerTexts()).toHaveLength(3);

    await page.getByLabel('Urutkan').selectOption('terbaru');
    await page.waitForURL(/urut=terbaru/);
    // Newest first: by the latest year each innovation appears, which may lie past the filter.
    await expect.poll(async () => isNewestFirst(await lastYears(page))).toBe(true);

    await page.reload();
    await page.waitForSelector('astro-island:not([ssr])');
    expect(await stats(page)).toBe(`${id(both)} inovasi`);
    expect(await page.getByLabel('Urutkan').inputValue()).toBe('terbaru');
    expect(await checkbox(page, 'Tahun', '2020').isChecked()).toBe(true);

    await page.goBack();
    await page.waitForURL((target) => !target.search.includes('urut='));
    await expect.poll(() => page.getByLabel('Urutkan').inputValue()).toBe('relevansi');
    await expect.poll(() => stats(page)).toBe(`${id(both)} inovasi`);
    await page.goBack();
    await expect.poll(() => page.locator('.chip').count()).toBe(2);
    await page.context().close();
  });

  it('removes a chip, clears all, and offers removals and popular searches when empty', async () => {
    const page = await open('/cari?q=puskesmas&tahun=2014&digital=true');
    await expect.poll(() => page.locator('.empty-state').count()).toBe(1);
    const removals = page.locator('.empty-state__removals a');
    if ((await removals.count()) > 0) {
      await removals.first().click();
      await expect.poll(() => page.locator('.hit').count()).toBeGreaterThan(0);
    }
    await page.getByRole('link', { name: 'Hapus semua filter' }).click();
    await expect.poll(() => page.locator('.chip').count()).toBe(0);
    await page.goto(url('/cari?q=zzzqqqxx'));
    await page.locator('.empty-state__popular a', { hasText: 'stunting' }).click();
    await expect.poll(() => stats(page)).toMatch(/“stunting”$/);
    await page.context().close();
  });

  it('opens an innovation from a result', async () => {
    const page = await open('/cari?q=stunting');
    const link = page.locator('.hit__title a').first();
    const title = await link.innerText();
    await link.click();
    await page.waitForURL(/\/inovasi\/[a-z0-9-]+$/);
    // The innovation page may set an acronym's expansion on a line of its own.
    const words = (text: string) => text.replace(/[()]/g, ' ').split(/\s+/).filter(Boolean);
    expect(words(await page.locator('h1').innerText())).toEqual(words(title));
    await page.context().close();
  });

  it('switches language keeping the search, on a shared link too', async () => {
    const page = await open('/cari');
    await page.getByRole('searchbox', { name: 'Kata kunci' }).fill('sampah');
    await tick(page, 'Tahun', '2019');
    await page.getByRole('link', { name: /English/ }).click();
    await page.waitForURL(/\/en\/search\?q=sampah&tahun=2019$/);
    expect(await page.locator('h1').innerText()).toBe('Search innovations');
    expect(await checkbox(page, 'Year', '2019').isChecked()).toBe(true);
    await page.context().close();
  });

  it('never lets an older answer replace a newer one', async () => {
    const page = await open('/cari');
    // The first request is held back until the second has answered.
    let release: () => void = () => undefined;
    const held = new Promise<void>((done) => (release = done));
    let first = true;
    await page.route('**/api/search?*', async (route) => {
      if (first) {
        first = false;
        await held;
      }
      await route.continue().catch(() => undefined);
    });
    const box = page.getByRole('searchbox', { name: 'Kata kunci' });
    await box.fill('sampah');
    await box.fill('stunting');
    await expect.poll(() => stats(page)).toMatch(/“stunting”$/);
    release();
    await page.waitForTimeout(300);
    expect(await stats(page)).toMatch(/“stunting”$/);
    await page.context().close();
  });
});

describe('searching without JavaScript', () => {
  it('is a GET form: query, ticked values and sort reach the server, chips and pages are links', async () => {
    const context = await newContext(browser, { javaScript: false });
    const page = await context.newPage();
    await page.goto(url('/cari'));
    await page.getByRole('searchbox', { name: 'Kata kunci' }).fill('puskesmas');
    await checkbox(page, 'Tahun', '2019').check();
    await Promise.all([
      page.waitForURL(/tahun=2019/),
      page.getByRole('button', { name: 'Cari' }).click(),
    ]);
    expect(await page.locator('.chip').count()).toBe(1);
    expect(await page.locator('.chip').innerText()).toContain('Tahun: 2019');
    expect(await stats(page)).toMatch(/inovasi untuk “puskesmas”$/);
    await page.locator('.chip').click();
    await page.waitForURL((target) => !target.search.includes('tahun'));
    await context.close();
  });

  it('opens the filters on a phone through a plain link', async () => {
    const context = await newContext(browser, { javaScript: false, width: 360 });
    const page = await context.newPage();
    await page.goto(url('/cari?q=puskesmas'));
    const year = checkbox(page, 'Tahun', '2019');
    expect(await year.isVisible()).toBe(false);
    await page.getByRole('button', { name: /^Filter/ }).click();
    await year.waitFor({ state: 'visible' });
    await year.check();
    await Promise.all([
      page.waitForURL(/tahun=2019/),
      page.getByRole('button', { name: /^Tampilkan [\d.]+ hasil$/ }).click(),
    ]);
    await context.close();
  });
});

describe('searching with the keyboard alone', () => {
  it('types, ticks a filter and opens a result', async () => {
    const page = await open('/cari');
    await tabTo(page, (element) => element.matches('input[type="search"][name="q"]'));
    await page.keyboard.type('stunting');
    await expect.poll(() => stats(page)).toMatch(/“stunting”$/);
    await tabTo(page, (element) => element.matches('input[type="checkbox"]'));
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('.chip').count()).toBe(1);
    await tabTo(page, (element) => element.matches('.hit__title a'));
    await Promise.all([page.waitForURL(/\/inovasi\//), page.keyboard.press('Enter')]);
    await page.context().close();
  });
});

describe('the search page for every reader', () => {
  it.each([360, 1280])('has no serious accessibility violation at %i px', async (width) => {
    const page = await open('/cari?q=puskesmas&tahun=2019&tahun=2020&klaster=kabupaten', width);
    if (width < 600) await page.getByRole('button', { name: /^Filter/ }).click();
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, `search-filters-${width}`);
    await page.context().close();
  });

  it('has no serious accessibility violation in its empty state, in English', async () => {
    const page = await open('/en/search?q=zzzqqqxx&tahun=2019');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('with the engine unreachable', () => {
  it('renders the page with the error state and 503; the site around it still works', async () => {
    const data = await makeTempDir('search-down');
    const server = await startSiteServer({
      meiliUrl: `http://127.0.0.1:${await freePort()}`,
      masterKey: 'a-master-key-nobody-has',
      dataDir: data.path,
    });
    try {
      const context = await newContext(browser);
      const page = await context.newPage();
      const response = await page.goto(`${server.url}/cari?q=ktp`);
      expect(response?.status()).toBe(503);
      expect(await page.getByRole('alert').innerText()).toContain(
        'Pencarian sedang tidak tersedia',
      );
      expect(await page.getByRole('navigation', { name: /utama/i }).count()).toBe(1);
      const api = await fetch(`${server.url}/api/search?q=ktp`);
      expect(api.status).toBe(503);
      expect(await api.json()).toEqual({
        error: 'unavailable',
        message: 'Layanan sedang tidak tersedia. Coba lagi sebentar lagi.',
      });
      await saveScreenshot(page, 'search-engine-down-1280');
      await context.close();
    } finally {
      await server.stop();
      await data.remove();
    }
  });

  it('shows the error state when a search fails after the page loaded, and retries', async () => {
    const page = await open('/cari');
    await page.route('**/api/search?*', (route) => route.abort());
    await page.getByRole('searchbox', { name: 'Kata kunci' }).fill('ktp');
    await expect.poll(() => page.getByRole('alert').count()).toBe(1);
    await page.unroute('**/api/search?*');
    await page.getByRole('button', { name: 'Coba lagi' }).click();
    await expect.poll(() => stats(page)).toMatch(/“ktp”$/);
    await page.context().close();
  });
});

// --- internal ---

function open(path: string, width = 1280): Promise<Page> {
  return openHydrated(browser, url(path), width);
}

function facet(page: Page, title: string) {
  return page.locator('details.facet', {
    has: page.locator('summary', { hasText: new RegExp(`^${title}`) }),
  });
}

function checkbox(page: Page, title: string, value: string) {
  return facet(page, title).getByRole('checkbox', { name: new RegExp(`^${value}\\s`) });
}

async function tick(page: Page, title: string, value: string): Promise<void> {
  const before = page.url();
  await checkbox(page, title, value).check();
  await page.waitForURL((target) => target.href !== before);
}

async function valueCount(page: Page, title: string, value: string): Promise<string> {
  return facet(page, title)
    .locator('li', { has: page.getByRole('checkbox', { name: new RegExp(`^${value}\\s`) }) })
    .locator('.facet__count')
    .innerText();
}

function stats(page: Page): Promise<string> {
  return page.locator('.search-stats').innerText();
}

/** The latest year of each hit, from its facts line (`2019` or `2017–2021`). */
async function lastYears(page: Page): Promise<number[]> {
  const years = await page.locator('.hit__facts li:first-child').allInnerTexts();
  return years.map((text) => Number(text.split('–').at(-1)));
}

function isNewestFirst(years: number[]): boolean {
  return (
    years.length > 1 && years.every((year, index) => index === 0 || year <= (years[index - 1] ?? 0))
  );
}

/** Presses Tab until the focused element passes `test` (at most 200 times). */
async function tabTo(page: Page, test: (element: Element) => boolean): Promise<void> {
  const source = `(${test.toString()})(document.activeElement)`;
  for (let presses = 0; presses < 200; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(source)) return;
  }
  throw new Error('Tab never reached the element');
}

/** Documents matching a filter, asked of the engine with the master key: the ground truth. */
async function count(filter: string): Promise<number> {
  const client = new Meilisearch({ host: inject('meiliUrl'), apiKey: inject('masterKey') });
  const result = await client.index('innovations').search('', { filter, hitsPerPage: 0, page: 1 });
  return result.totalHits;
}

/** A number as the Indonesian pages write it. */
function id(value: number): string {
  return value.toLocaleString('id-ID');
}
