import { Meilisearch } from 'meilisearch';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/infra/config.ts';
import { openDatabase } from '../../src/infra/database/open.ts';
import { axeViolations, launchBrowser, newContext, saveScreenshot } from '../helpers/browser.ts';
import { INDEX } from '../helpers/ingest-into.ts';
import { scrollsSideways } from '../helpers/pages.ts';
import { startSiteServer, type SiteServer } from '../helpers/portal.ts';
import { submit } from '../helpers/submit.ts';
import { makeTempDir, type TempDir } from '../helpers/temp.ts';

/**
 * The freshness dashboard in Chromium, over the sample (the shared index, only read) with a
 * store of its own: readable at 1280 and 360 px without sideways scrolling or an accessibility
 * violation; its figures equal the engine's and the search's; the top agency without an account
 * says so, and once it has one its button queues the reminder in the outbox, then says when.
 */
const ADMIN_TOKEN = 'freshness-e2e-token-0123456789abcdef';

let browser: Browser;
let client: Meilisearch;
let server: SiteServer;
let data: TempDir;

beforeAll(async () => {
  browser = await launchBrowser();
  client = new Meilisearch({ host: inject('meiliUrl'), apiKey: inject('masterKey') });
  data = await makeTempDir('freshness-e2e');
  server = await startSiteServer({
    meiliUrl: inject('meiliUrl'),
    masterKey: inject('masterKey'),
    dataDir: data.path,
    indexUid: INDEX,
    env: { ADMIN_TOKEN },
  });
}, 300_000);

afterAll(async () => {
  await browser.close();
  await server.stop();
  await data.remove();
});

async function adminPage(width = 1280): Promise<Page> {
  const page = await (await newContext(browser, { width })).newPage();
  await page.goto(`${server.url}/admin/masuk`);
  await page.locator('#token').fill(ADMIN_TOKEN);
  expect(await submit(page, page.locator('form.login button'))).toBe(303);
  return page;
}

/** A number as the Indonesian pages write it (`3.002`). */
const idNumber = (value: number) => value.toLocaleString('id-ID');

describe('the freshness dashboard', () => {
  it('shows the figures at 1280 and 360 px, equal to the engine and the search', async () => {
    const total = (await client.index(INDEX).search('', { limit: 0 })).estimatedTotalHits;
    for (const width of [1280, 360]) {
      const page = await adminPage(width);
      await page.goto(`${server.url}/admin/kesegaran`);
      await expect(page.locator('h1').innerText()).resolves.toBe(
        'Kesegaran data: inovasi yang terverifikasi',
      );
      await expect(page.locator('[data-total]').innerText()).resolves.toBe(idNumber(total));
      const within12 = await page.locator('[data-figure="within12"] .count').innerText();
      for (const facet of ['programmes', 'cluster', 'province', 'years']) {
        expect(await page.locator(`[data-freshness="${facet}"] tbody tr`).count()).toBeGreaterThan(
          0,
        );
      }
      expect(await page.locator('[data-agency]').count()).toBe(20);
      expect(await scrollsSideways(page)).toBe(false);
      expect(await axeViolations(page)).toEqual([]);
      await saveScreenshot(page, `admin-freshness-${String(width)}`);
      // The search with the same filter finds as many (one definition of verified).
      await page.goto(`${server.url}/cari?verifikasi=12-bulan`);
      await expect(page.content()).resolves.toContain(`${within12} inovasi`);
      await page.context().close();
    }
  });

  it('says an agency has no account, and once it has one queues its reminder once', async () => {
    const page = await adminPage(360);
    await page.goto(`${server.url}/en/admin/kesegaran`);
    const first = page.locator('[data-agency]').first();
    const slug = (await first.getAttribute('data-agency')) ?? '';
    const name = await first.locator('h3').innerText();
    await expect(first.locator('[data-reminder]').innerText()).resolves.toContain('No account yet');
    const store = await openDatabase(loadConfig({ DATA_DIR: data.path }));
    await store.createAccount({
      email: 'kepala@instansi.example',
      role: 'agency',
      agency: name,
      agencyKey: slug,
      invitedBy: 'admin-token',
      now: new Date().toISOString(),
    });
    await page.reload();
    const block = page.locator(`[data-agency="${slug}"]`);
    expect(await submit(page, block.getByRole('button', { name: `Remind ${name}` }))).toBe(303);
    await expect(page.getByRole('status').innerText()).resolves.toBe(
      `The reminder to ${name} is in the mail outbox.`,
    );
    await expect(block.locator('[data-reminder]').innerText()).resolves.toMatch(
      /^Reminded .+; can be reminded again from .+\.$/,
    );
    expect(await block.getByRole('button').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'admin-freshness-reminded-360');
    const { rows } = await store.listMail({ limit: 10, offset: 0 });
    expect(rows.map((mail) => [mail.kind, mail.recipient])).toEqual([
      ['agency-reminder', 'kepala@instansi.example'],
    ]);
    await store.close();
    await page.context().close();
  });
});
