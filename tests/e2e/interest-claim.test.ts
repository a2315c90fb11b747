import { Meilisearch } from 'meilisearch';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { SearchDocument } from '../../src/lib/index/document.ts';
import { indexSettings } from '../../src/lib/index/settings.ts';
import { axeViolations, launchBrowser, newContext, saveScreenshot } from '../helpers/browser.ts';
import { scrollsSideways } from '../helpers/pages.ts';
import { startSiteServer, type SiteServer } from '../helpers/portal.ts';
import { postRegistration } from '../helpers/registration.ts';
import { submit } from '../helpers/submit.ts';
import { makeTempDir, type TempDir } from '../helpers/temp.ts';

/*
 * The hostile probe in Chromium on the built site (no SMTP_URL: messages wait in the outbox,
 * read by the administrator): a second registration of an agency from another address, sent
 * through the registration page's form, is a claim; the owner's decision page (its link read
 * from the outbox) shows who asks as text and accepts it; the owner's link keeps working and the
 * claimant's data is on no public page.
 */
const INDEX = 'claim-check';
const ADMIN_TOKEN = 'claim-check-admin-token-0123456789';
const marker = String(Date.now()).slice(-8);
const owner = `Dinas Kesehatan Kota Padang ${marker}`;
const claimant = {
  contactName: `<b>Penyusup</b> ${marker}`,
  email: `penyusup.${marker}@contoh.example`,
  phone: `0812 ${marker.slice(0, 4)} ${marker.slice(4)}`,
};

let browser: Browser;
let client: Meilisearch;
let server: SiteServer;
let data: TempDir;
let innovationId: string;
let ownerToken: string;

beforeAll(async () => {
  client = new Meilisearch({ host: inject('meiliUrl'), apiKey: inject('masterKey') });
  const documents = await client.index<SearchDocument>('innovations').getDocuments({ limit: 5 });
  await client.createIndex(INDEX, { primaryKey: 'id' }).waitTask();
  await client.index(INDEX).updateSettings(indexSettings).waitTask();
  await client.index(INDEX).addDocuments(documents.results).waitTask();
  innovationId = documents.results[0]?.id ?? '';
  data = await makeTempDir('interest-claim');
  browser = await launchBrowser();
  server = await startSiteServer({
    meiliUrl: inject('meiliUrl'),
    masterKey: inject('masterKey'),
    dataDir: data.path,
    indexUid: INDEX,
    env: { ADMIN_TOKEN, RATE_LIMIT_WRITES: '1000' },
  });
  const registered = await postRegistration(server.url, innovationId, {
    agency: owner,
    email: `pemilik.${marker}@padang.go.id`,
    note: `Catatan pemilik ${marker}`,
  });
  expect(registered.status).toBe(201);
  ownerToken = ((await registered.json()) as { token: string }).token;
});

afterAll(async () => {
  await Promise.all([server.stop(), browser.close()]);
  await client.deleteIndex(INDEX).waitTask();
  await data.remove();
});

describe('a second registration of an agency, in the browser', () => {
  it('is answered as a claim passed on, without a link, and changes nothing public', async () => {
    const page = await open(`/inovasi/${innovationId}/minat`, 360);
    await page.locator('#f-agency').fill(`${owner.toUpperCase()}!!`);
    await page.selectOption('#f-cluster', 'kota');
    await page.selectOption('#f-provinceCode', '13');
    await page.selectOption('#f-regencyCode', '13.71');
    await page.locator('#f-contactName').fill(claimant.contactName);
    await page.locator('#f-email').fill(claimant.email);
    await page.locator('#f-phone').fill(claimant.phone);
    await page.locator('#f-consent').check();
    const status = await submit(page, page.getByRole('button', { name: 'Daftarkan minat' }));
    expect(status).toBe(202);
    await expect(page.locator('[data-outcome="claimed"]').count()).resolves.toBe(1);
    await expect(page.locator('#private-link').count()).resolves.toBe(0);
    expect(await scrollsSideways(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'interest-claimed-360');
    await page.context().close();
    const activity = (await (
      await fetch(`${server.url}/api/inovasi/${innovationId}/minat`)
    ).json()) as { entries: { agency: string }[] };
    expect(activity.entries.map((entry) => entry.agency)).toEqual([owner]);
    const publicPage = await (await fetch(`${server.url}/inovasi/${innovationId}`)).text();
    for (const value of Object.values(claimant)) expect(publicPage).not.toContain(value);

    // The owner's private page lists it too, as text, with its two buttons.
    const own = await open(`/minat/${ownerToken}`, 360);
    await expect(own.locator('[data-claim]').count()).resolves.toBe(1);
    await expect(own.locator('[data-claim] b').count()).resolves.toBe(0);
    expect(await scrollsSideways(own)).toBe(false);
    expect(await axeViolations(own)).toEqual([]);
    await saveScreenshot(own, 'interest-private-claim-360');
    await own.context().close();
    // The administrators see it waiting, with its two buttons.
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      extraHTTPHeaders: { Authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    const admin = await context.newPage();
    expect((await admin.goto(`${server.url}/admin`))?.status()).toBe(200);
    await expect(admin.locator('[data-claim]').count()).resolves.toBe(1);
    await expect(admin.locator('[data-claim]').innerText()).resolves.toContain(
      claimant.contactName,
    );
    await expect(admin.locator('[data-claim] b').count()).resolves.toBe(0);
    expect(await axeViolations(admin)).toEqual([]);
    await saveScreenshot(admin, 'admin-claims-1280');
    await context.close();
  });

  it("is decided by the owner's mailed link, shown as text, and the owner's link keeps working", async () => {
    const outbox = await fetch(`${server.url}/admin/surat?status=queued`, {
      headers: { Authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    const link = /\/minat\/klaim\/[A-Za-z0-9_-]{43}/.exec(await outbox.text())?.[0];
    if (link === undefined) throw new Error('no claim link in the outbox');
    for (const width of [360, 1280]) {
      const page = await open(link, width);
      await expect(page.locator('body').innerText()).resolves.toContain(claimant.contactName);
      await expect(page.locator('b').count()).resolves.toBe(0);
      expect(await scrollsSideways(page)).toBe(false);
      expect(await axeViolations(page)).toEqual([]);
      await saveScreenshot(page, `interest-claim-${String(width)}`);
      if (width === 1280) {
        expect(await submit(page, page.getByRole('button', { name: 'Terima' }))).toBe(303);
        await expect(page.locator('[data-claim-status="accepted"]').count()).resolves.toBe(1);
        await saveScreenshot(page, 'interest-claim-accepted-1280');
      }
      await page.context().close();
    }
    const own = await fetch(`${server.url}/api/minat/${ownerToken}`);
    expect(own.status).toBe(200);
    expect(await own.json()).toMatchObject({
      agency: owner,
      email: `pemilik.${marker}@padang.go.id`,
      note: `Catatan pemilik ${marker}`,
    });
    const mails = await (
      await fetch(`${server.url}/admin/surat?status=queued`, {
        headers: { Authorization: `Bearer ${ADMIN_TOKEN}` },
      })
    ).text();
    expect(mails).toContain(claimant.email);
    expect((await fetch(`${server.url}/minat/klaim/${'A'.repeat(43)}`)).status).toBe(404);
  });
});

async function open(path: string, width: number, javaScript = true): Promise<Page> {
  const context = await newContext(browser, { width, javaScript });
  const page = await context.newPage();
  // A step that cannot happen fails by its own name, not by the test's timeout.
  page.setDefaultTimeout(15_000);
  const response = await page.goto(`${server.url}${path}`);
  expect(response?.status(), path).toBe(200);
  return page;
}
