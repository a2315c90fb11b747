import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launchBrowser, openHydrated } from '../helpers/browser.ts';

let browser: Browser;
const url = (path: string) => `${inject('portalUrl')}${path}`;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(() => browser.close());

describe('the page says how it read the query', () => {
  it('names the place it prefers, and narrows to it in one click', async () => {
    const page = await openHydrated(browser, url('/cari?q=puskesmas+kota+padang'));
    const notes = page.locator('.query-notes');
    await expect
      .poll(() => notes.innerText())
      .toMatch(/Inovasi Kota Padang ditampilkan lebih dulu/);
    expect(await page.locator('.hit__place').first().innerText()).toMatch(/Kota Padang$/);
    expect(await axeViolations(page)).toEqual([]);
    await notes.getByRole('link', { name: 'Hanya Kota Padang' }).click();
    await page.waitForURL(/kabupaten=Kota\+Padang/);
    await expect
      .poll(() => page.locator('.chip').allInnerTexts())
      .toContainEqual(expect.stringMatching(/Kota Padang/));
    await page.context().close();
  });

  it('on the English page, says the records are Indonesian and which words it used', async () => {
    const page = await openHydrated(browser, url('/en/search?q=birth+certificate+online'));
    await expect
      .poll(() => page.locator('.query-notes').innerText())
      .toMatch(/recorded in Indonesian, so we searched for “akta kelahiran online”/);
    expect(await page.locator('.hit').count()).toBeGreaterThan(0);
    expect(await page.locator('.hit__title').first().innerText()).toMatch(/akta kelahiran/i);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
