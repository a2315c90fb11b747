import { Meilisearch } from 'meilisearch';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launchBrowser, openHydrated, saveScreenshot } from '../helpers/browser.ts';
import { scrollsSideways } from '../helpers/pages.ts';

/**
 * The search page on a phone and by keyboard: the filters open as a panel over the whole screen
 * whose button says how many results the ticked filters give and takes the reader to the first
 * of them; from the search box the first result is a few Tab presses away.
 */
let browser: Browser;
const url = (path: string) => `${inject('portalUrl')}${path}`;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(() => browser.close());

/** Matches for a query and a filter, asked of the engine with the master key. */
async function total(q: string, filter: string): Promise<number> {
  const client = new Meilisearch({ host: inject('meiliUrl'), apiKey: inject('masterKey') });
  return (await client.index('innovations').search(q, { filter, hitsPerPage: 0, page: 1 }))
    .totalHits;
}

async function inView(page: Page, selector: string): Promise<boolean> {
  const box = await page.locator(selector).first().boundingBox();
  const viewport = page.viewportSize();
  if (box === null || viewport === null) return false;
  return box.y >= 0 && box.y + box.height <= viewport.height;
}

describe('the search and trends pages on a phone (360 px)', () => {
  it.each(['/cari', '/en/search', '/tren', '/en/trends'])(
    'fit the screen in either language: %s',
    async (path) => {
      const page = await openHydrated(browser, url(path), 360);
      expect(await scrollsSideways(page)).toBe(false);
      await page.context().close();
    },
  );
});

describe('the filters on a phone (360 px)', () => {
  it('cover the screen, count what a ticked box gives, and show the first result', async () => {
    const page = await openHydrated(browser, url('/cari?q=sampah'), 360);
    await page.getByRole('button', { name: /^Filter/ }).click();
    const panel = page.locator('#search-facets');
    expect(await panel.boundingBox()).toMatchObject({ x: 0, y: 0, width: 360 });
    const year = panel
      .locator('details.facet', { has: page.locator('summary', { hasText: /^Tahun/ }) })
      .getByRole('checkbox', { name: /^2019\s/ });
    await year.check();
    // The numbers the button says are those the engine counts for the search with the box ticked.
    const expected = await total('sampah', 'years = 2019');
    const show = page.getByRole('button', {
      name: `Tampilkan ${new Intl.NumberFormat('id-ID').format(expected)} hasil`,
    });
    await show.waitFor();
    expect(await inView(page, '.facets__apply')).toBe(true);
    await saveScreenshot(page, 'search-filters-panel-360');
    expect(await axeViolations(page)).toEqual([]);
    await show.click();
    expect(await panel.isVisible()).toBe(false);
    expect(await inView(page, '.hit__title a')).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-hits');
    expect(new URL(page.url()).searchParams.getAll('tahun')).toEqual(['2019']);
    await page.context().close();
  });

  it('closes with its close button or Escape, back at the results', async () => {
    const page = await openHydrated(browser, url('/cari?q=sampah'), 360);
    const panel = page.locator('#search-facets');
    await page.getByRole('button', { name: /^Filter/ }).click();
    await page.getByRole('button', { name: 'Tutup' }).click();
    expect(await panel.isVisible()).toBe(false);
    await page.getByRole('button', { name: /^Filter/ }).click();
    await panel.getByRole('checkbox').first().focus();
    await page.keyboard.press('Escape');
    expect(await panel.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-hits');
    await page.context().close();
  });
});

describe('the search page by keyboard', () => {
  it.each([360, 1280])('reaches the first result within 10 Tab presses at %i px', async (width) => {
    const page = await openHydrated(browser, url('/cari?q=puskesmas'), width);
    await page.getByRole('searchbox', { name: 'Kata kunci' }).focus();
    let presses = 0;
    const focused = () =>
      page.evaluate(() => {
        const element = document.activeElement;
        return element?.matches('.hit__title a') === true
          ? 'result'
          : element?.matches('.search__skip') === true
            ? 'skip'
            : 'other';
      });
    while (presses < 10 && (await focused()) !== 'result') {
      await page.keyboard.press('Tab');
      presses += 1;
      if ((await focused()) === 'skip') {
        expect(await page.locator('.search__skip').innerText()).toBe('Langsung ke hasil');
        await page.keyboard.press('Enter');
      }
    }
    expect(await focused()).toBe('result');
    expect(presses).toBeLessThanOrEqual(10);
    await page.context().close();
  });
});

describe('the island’s answers', () => {
  it('shows a query string answered before on the page without asking again', async () => {
    const page = await openHydrated(browser, url('/cari'), 1280);
    const asked: string[] = [];
    page.on('request', (request) => {
      const target = new URL(request.url());
      if (target.pathname === '/api/search') asked.push(target.searchParams.get('q') ?? '');
    });
    const box = page.getByRole('searchbox', { name: 'Kata kunci' });
    const stats = () => page.locator('.search-stats').innerText();
    await box.pressSequentially('sampah');
    await expect.poll(stats).toMatch(/“sampah”$/);
    const sampah = await stats();
    await box.press('Backspace');
    await expect.poll(stats).toMatch(/“sampa”$/);
    const before = asked.length;
    await box.press('h');
    await expect.poll(stats).toBe(sampah);
    await box.fill('');
    await expect.poll(() => page.locator('.hit').count()).toBeGreaterThan(0);
    // Back to "sampah", then to the page's first answer (no query): both from the island's cache.
    expect(asked.slice(before)).toEqual([]);
    expect(asked).toContain('sampa');
    await page.context().close();
  });
});
