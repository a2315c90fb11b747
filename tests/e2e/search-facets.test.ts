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

/**
 * Issue 15, point 4: a long facet's answer carries its top values; the rest come when a person
 * opens the facet, with JavaScript from `/api/search/facets`, without it by a link that lists
 * that one facet whole (`?semua=`).
 */
let browser: Browser;
const url = (path: string) => `${inject('portalUrl')}${path}`;
const regencies = 'Kabupaten/kota';

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(() => browser.close());

describe('a long facet with JavaScript', () => {
  it('opening the narrowing box fetches every regency; one beyond the top ones is found and filters', async () => {
    const rare = await leastFrequentRegency();
    const page = await openHydrated(browser, url('/cari'));
    const list = facet(page, regencies);
    await list.locator('summary').click();
    expect(await list.locator('.facet__label').allInnerTexts()).not.toContain(rare);
    const fetched = page.waitForResponse((answer) =>
      answer.url().includes('/api/search/facets?faset=kabupaten'),
    );
    const box = list.getByRole('searchbox', { name: `Saring daftar ${regencies}` });
    await box.click();
    expect((await fetched).status()).toBe(200);
    await box.fill(rare.split(' ').slice(1).join(' '));
    const value = checkbox(page, regencies, rare);
    await value.waitFor();
    await saveScreenshot(page, 'search-regency-narrowed-1280');
    expect(await axeViolations(page)).toEqual([]);
    await value.check();
    await page.waitForURL((target) => target.searchParams.get('kabupaten') === rare);
    await expect.poll(() => stats(page)).toBe(`${id(await count(`regency = "${rare}"`))} inovasi`);
    expect(await page.locator('.chip').innerText()).toContain(rare);
    await page.context().close();
  });

  it('“show all” lists every value with the counts of the current search', async () => {
    const page = await openHydrated(browser, url('/cari?tahun=2019'));
    const list = facet(page, regencies);
    await list.locator('summary').click();
    const showAll = list.getByRole('button', { name: /^Tampilkan semua/ });
    const listed = Number(/\((\d+)\)/.exec(await showAll.innerText())?.[1]);
    expect(listed).toBe(await distinct('regency', 'years = 2019'));
    expect(await list.locator('.facet__label').count()).toBe(6);
    await showAll.click();
    await expect.poll(() => list.locator('.facet__label').count()).toBe(listed);
    await page.context().close();
  });
});

describe('a long facet on a phone', () => {
  it('opens in the filter panel at 360 px and lists every province, without an accessibility violation', async () => {
    const page = await openHydrated(browser, url('/cari?q=sampah'), 360);
    await page.getByRole('button', { name: /^Filter/ }).click();
    const list = facet(page, 'Provinsi');
    const showAll = list.getByRole('button', { name: /^Tampilkan semua/ });
    const listed = Number(/\((\d+)\)/.exec(await showAll.innerText())?.[1]);
    await showAll.click();
    await expect.poll(() => list.locator('.facet__label').count()).toBe(listed);
    await list.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'search-provinces-all-360');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('a long facet without JavaScript', () => {
  it('“show all” is a link to the page listing that facet whole, whose values tick and submit', async () => {
    const rare = await leastFrequentRegency();
    const context = await newContext(browser, { javaScript: false });
    const page = await context.newPage();
    await page.goto(url('/cari'));
    const list = facet(page, regencies);
    await list.locator('summary').click();
    await Promise.all([
      page.waitForURL(/semua=kabupaten/),
      list.getByRole('button', { name: /^Tampilkan semua/ }).click(),
    ]);
    expect(await list.locator('.facet__label').count()).toBe(await distinct('regency', ''));
    // Only that facet: the provinces still show their top values.
    expect(await facet(page, 'Provinsi').locator('.facet__label').count()).toBe(6);
    await checkbox(page, regencies, rare).check();
    await Promise.all([
      page.waitForURL(/kabupaten=/),
      page.getByRole('button', { name: 'Cari' }).click(),
    ]);
    expect(new URL(page.url()).searchParams.get('kabupaten')).toBe(rare);
    expect(await stats(page)).toBe(`${id(await count(`regency = "${rare}"`))} inovasi`);
    await context.close();
  });
});

describe('the size of the page', () => {
  it('is smaller than the page listing every regency by what those values weigh', async () => {
    const size = async (path: string) => (await (await fetch(url(path))).text()).length;
    const top = await size('/cari?tahun=2019');
    const whole = await size('/cari?tahun=2019&semua=kabupaten');
    console.log(`/cari?tahun=2019: ${top} bytes; with every regency: ${whole} bytes`);
    expect(top).toBeLessThan(whole - 10_000);
  });
});

// --- internal ---

function facet(page: Page, title: string) {
  return page.locator('details.facet', {
    has: page.locator('summary', { hasText: new RegExp(`^${title}`) }),
  });
}

function checkbox(page: Page, title: string, value: string) {
  return facet(page, title).getByRole('checkbox', { name: new RegExp(`^${value}\\s`) });
}

function stats(page: Page): Promise<string> {
  return page.locator('.search-stats').innerText();
}

function engine(): Meilisearch {
  return new Meilisearch({ host: inject('meiliUrl'), apiKey: inject('masterKey') });
}

async function count(filter: string): Promise<number> {
  const result = await engine()
    .index('innovations')
    .search('', { filter, hitsPerPage: 0, page: 1 });
  return result.totalHits;
}

async function distribution(facetName: string, filter: string): Promise<Record<string, number>> {
  const result = await engine()
    .index('innovations')
    .search('', { facets: [facetName], filter, hitsPerPage: 0, page: 1 });
  return result.facetDistribution?.[facetName] ?? {};
}

async function distinct(facetName: string, filter: string): Promise<number> {
  return Object.keys(await distribution(facetName, filter)).length;
}

/** The regency with the fewest innovations (the last by name among them): never a top one. */
async function leastFrequentRegency(): Promise<string> {
  const [name] =
    Object.entries(await distribution('regency', '')).sort(
      (a, b) => a[1] - b[1] || b[0].localeCompare(a[0]),
    )[0] ?? [];
  if (name === undefined) throw new Error('the sample has no regency');
  return name;
}

function id(value: number): string {
  return value.toLocaleString('id-ID');
}
