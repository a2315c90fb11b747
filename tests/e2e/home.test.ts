import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser, newContext, saveScreenshot } from '../helpers/browser.ts';
import { portalUrl as url, scriptTag, scrollsSideways } from '../helpers/pages.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(() => browser.close());

describe('the home page without JavaScript', () => {
  it('searches with a plain form: typing and Enter open the search page with q', async () => {
    const context = await newContext(browser, { width: 360, javaScript: false });
    const page = await context.newPage();
    await page.goto(url('/'));
    await page.getByRole('searchbox', { name: 'Cari inovasi' }).fill('stunting');
    await Promise.all([page.waitForURL(/\/cari\?q=stunting$/), page.keyboard.press('Enter')]);
    await context.close();
  });

  it('shows the headline counters and six newest Top innovations', async () => {
    const context = await newContext(browser, { javaScript: false });
    const page = await context.newPage();
    const response = await page.goto(url('/'));
    expect(response?.status()).toBe(200);
    expect(response?.headers()['cache-control']).toMatch(/max-age=60/);
    const counters = await page.locator('.counters li').allInnerTexts();
    expect(counters).toHaveLength(5);
    // About 3,000 innovations (2,973 in the sample), written the Indonesian way.
    expect(counters[0]).toMatch(/^\d\.\d{3}\s+inovasi$/);
    const top = page.getByRole('region', { name: 'Inovasi Top terbaru' });
    await expect.poll(() => top.getByRole('article').count()).toBe(6);
    await context.close();
  });

  it('marks the current page in the main navigation', async () => {
    const context = await newContext(browser, { javaScript: false });
    const page = await context.newPage();
    await page.goto(url('/en/'));
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    expect(await nav.getByRole('link', { name: 'Home' }).getAttribute('aria-current')).toBe('page');
    expect(await nav.getByRole('link', { name: 'Browse' }).getAttribute('aria-current')).toBeNull();
    await context.close();
  });

  it('references no script at all in its HTML', async () => {
    for (const path of ['/', '/en/']) {
      const html = await (await fetch(url(path))).text();
      expect(html, path).not.toMatch(scriptTag);
    }
  });
});

describe('the home page for every reader', () => {
  it.each(['/', '/en/'])('%s has no serious or critical accessibility violation', async (path) => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(url(path));
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it.each([360, 1280])(
    'fits %i px without sideways scrolling (screenshot saved)',
    async (width) => {
      const context = await newContext(browser, { width, javaScript: false });
      const page = await context.newPage();
      await page.goto(url('/'));
      expect(await scrollsSideways(page)).toBe(false);
      await saveScreenshot(page, `home-${String(width)}`);
      await context.close();
    },
  );
});
