import { Meilisearch } from 'meilisearch';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/infra/config.ts';
import { openDatabase } from '../../src/infra/database/open.ts';
import type { Innovation } from '../../src/lib/schema/innovation.ts';
import { axeViolations, launchBrowser, newContext, saveScreenshot } from '../helpers/browser.ts';
import { scrollsSideways } from '../helpers/pages.ts';
import { startSiteServer, type SiteServer } from '../helpers/portal.ts';
import { runScript } from '../helpers/run-cli.ts';
import { submit } from '../helpers/submit.ts';
import { makeTempDir, type TempDir } from '../helpers/temp.ts';

/**
 * Curation end to end, on a server, store and index of its own with the sample ingested by the
 * CLI: an administrator joins two innovations from the review list in Chromium; after the
 * stored records are merged again (`--stores`) the joined id answers 301 to the survivor; a full
 * re-ingest of the sample keeps the join; splitting the records back restores both ids.
 */
const INDEX = 'curation-check';
const ADMIN_TOKEN = 'curation-e2e-token-0123456789abcdef';

let browser: Browser;
let client: Meilisearch;
let server: SiteServer;
let data: TempDir;

async function ingest(args: string[]): Promise<void> {
  const run = await runScript('ingest/cli.ts', args, {
    DATA_DIR: data.path,
    MEILI_URL: inject('meiliUrl'),
    MEILI_MASTER_KEY: inject('masterKey'),
    MEILI_INDEX: INDEX,
  });
  expect(run.code, run.stderr).toBe(0);
}

beforeAll(async () => {
  browser = await launchBrowser();
  client = new Meilisearch({ host: inject('meiliUrl'), apiKey: inject('masterKey') });
  data = await makeTempDir('curation-e2e');
  await ingest(['--sample']);
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
  await client.deleteIndex(INDEX).waitTask({ timeout: 60_000 });
  await data.remove();
});

async function adminPage(width = 1280): Promise<Page> {
  const page = await (await newContext(browser, { width })).newPage();
  await page.goto(`${server.url}/admin/masuk`);
  await page.locator('#token').fill(ADMIN_TOKEN);
  expect(await submit(page, page.locator('form.login button'))).toBe(303);
  return page;
}

async function status(path: string): Promise<{ status: number; location: string | null }> {
  const answer = await fetch(`${server.url}${path}`, { redirect: 'manual' });
  await answer.body?.cancel();
  return { status: answer.status, location: answer.headers.get('location') };
}

async function record(id: string): Promise<Innovation> {
  return (await client.index(INDEX).getDocument(id)) as unknown as Innovation;
}

describe('curation', () => {
  let survivor = '';
  let absorbed = '';
  let absorbedRecords: string[] = [];

  it('shows the dashboard and the review list to an administrator, at 1280 and 360 px', async () => {
    for (const width of [1280, 360]) {
      const page = await adminPage(width);
      await page.goto(`${server.url}/admin/kualitas-data`);
      await expect(page.locator('h1').innerText()).resolves.toBe('Kualitas data');
      await expect(page.locator('[data-unknown-status]').innerText()).resolves.toMatch(
        /Status tidak diketahui: [\d.]+ dari [\d.]+ rekaman sumber/,
      );
      expect(await page.locator('table.completeness tbody tr').count()).toBeGreaterThan(5);
      expect(await page.locator('[data-issues="places"] tbody tr').count()).toBeGreaterThan(0);
      expect(await page.locator('[data-review]').count()).toBeGreaterThan(0);
      expect(await scrollsSideways(page)).toBe(false);
      expect(await axeViolations(page)).toEqual([]);
      await saveScreenshot(page, `admin-quality-${String(width)}`);
      await page.goto(`${server.url}/en/admin/kurasi`);
      await expect(page.locator('h1').innerText()).resolves.toBe(
        'Curation: join and split innovations',
      );
      expect(await scrollsSideways(page)).toBe(false);
      expect(await axeViolations(page)).toEqual([]);
      await saveScreenshot(page, `admin-curation-${String(width)}`);
      await page.context().close();
    }
  });

  it('joins two innovations from the review list: the joined id answers 301 after the merge', async () => {
    const page = await adminPage();
    await page.goto(`${server.url}/admin/kurasi`);
    const suspect = page.locator('[data-review="similar-titles"], [data-review="neighbour-title"]');
    await suspect.first().getByRole('link', { name: 'Gabungkan' }).click();
    survivor = await page.locator('#join-keep').inputValue();
    absorbed = await page.locator('#join-absorb').inputValue();
    expect(survivor).not.toBe('');
    expect(absorbed).not.toBe(survivor);
    absorbedRecords = (await record(absorbed)).provenance.map(
      (p) => `${p.programme}:${String(p.year)}:${p.sourceId}`,
    );
    await page.locator('#join-reason').fill('Inovasi yang sama di dua wilayah tetangga.');
    expect(await submit(page, page.locator('[data-form="join"] button'))).toBe(200);
    await expect(page.locator('[role="status"]').innerText()).resolves.toContain(
      'Keputusan disimpan',
    );
    await expect(page.locator('[data-decisions] tbody tr').first().innerText()).resolves.toContain(
      'admin-token',
    );
    await page.context().close();

    await ingest(['--stores']);
    expect(await status(`/inovasi/${absorbed}`)).toEqual({
      status: 301,
      location: `/inovasi/${survivor}`,
    });
    expect(await status(`/en/innovation/${absorbed}`)).toEqual({
      status: 301,
      location: `/en/innovation/${survivor}`,
    });
    expect(await status(`/api/v1/innovations/${absorbed}`)).toEqual({
      status: 301,
      location: `/api/v1/innovations/${survivor}`,
    });
    const visitor = await (await newContext(browser)).newPage();
    await visitor.goto(`${server.url}/inovasi/${absorbed}`);
    expect(new URL(visitor.url()).pathname).toBe(`/inovasi/${survivor}`);
    await visitor.context().close();
    const joined = (await record(survivor)).provenance.map(
      (p) => `${p.programme}:${String(p.year)}:${p.sourceId}`,
    );
    expect(joined).toEqual(expect.arrayContaining(absorbedRecords));
  }, 300_000);

  it('keeps the join through a full re-ingest of the sample', async () => {
    await ingest(['--sample', '--full']);
    expect((await status(`/inovasi/${survivor}`)).status).toBe(200);
    expect(await status(`/inovasi/${absorbed}`)).toEqual({
      status: 301,
      location: `/inovasi/${survivor}`,
    });
  }, 300_000);

  it('splits the records back: both ids answer again', async () => {
    const page = await adminPage();
    await page.goto(`${server.url}/admin/kurasi?pisah=${survivor}`);
    for (const key of absorbedRecords) await page.locator(`input[value="${key}"]`).check();
    await page.locator('#split-reason').fill('Ternyata dua inovasi berbeda.');
    await saveScreenshot(page, 'admin-curation-split-1280');
    await page.setViewportSize({ width: 360, height: 780 });
    expect(await scrollsSideways(page)).toBe(false);
    await saveScreenshot(page, 'admin-curation-split-360');
    expect(await submit(page, page.locator('[data-form="split"] button'))).toBe(200);
    await page.context().close();
    await ingest(['--stores']);
    expect((await status(`/inovasi/${survivor}`)).status).toBe(200);
    expect((await status(`/inovasi/${absorbed}`)).status).toBe(200);
    expect((await record(absorbed)).provenance.length).toBe(absorbedRecords.length);
  }, 300_000);

  it('answers 410 with a page of its own for an innovation removed since it was published', async () => {
    // What a publish tells the store when an innovation's records are no longer ingested.
    const store = await openDatabase(loadConfig({ DATA_DIR: data.path }));
    await store.recordIdChanges(
      { moved: [], gone: ['dihapus-00000000'], added: [] },
      new Date().toISOString(),
    );
    await store.close();
    const page = await (await newContext(browser, { width: 360 })).newPage();
    const answer = await page.goto(`${server.url}/inovasi/dihapus-00000000`);
    expect(answer?.status()).toBe(410);
    await expect(page.locator('h1').innerText()).resolves.toBe('Inovasi ini sudah dihapus');
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'innovation-gone-360');
    expect((await status('/api/v1/innovations/dihapus-00000000')).status).toBe(410);
    await page.context().close();
  });
});
