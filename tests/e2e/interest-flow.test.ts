import { join } from 'node:path';
import { Meilisearch } from 'meilisearch';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { publicActivitySchema } from '../../src/lib/interest/schema.ts';
import { axeViolations, launchBrowser, newContext, saveScreenshot } from '../helpers/browser.ts';
import { allIds } from '../helpers/ingest-into.ts';
import { scrollsSideways } from '../helpers/pages.ts';
import { SCREENSHOT_DIR } from '../helpers/portal.ts';
import { submit } from '../helpers/submit.ts';
import { postRegistration } from '../helpers/registration.ts';

/**
 * Replication interest as a person meets it, in Chromium on the built site: register on an
 * innovation's page, see the count and the agency there and the innovation first in search by
 * interest, open the private link, move to "berkomunikasi", withdraw. Also without JavaScript,
 * with mistakes (messages in the page's language), and accessible.
 */
const portal = inject('portalUrl');
const run = Date.now().toString(36);
const person = {
  contactName: `Sri Wahyuni ${run}`,
  email: `sri.${run}@bukittinggikota.go.id`,
  phone: `0752 ${run.slice(-6).replace(/\D/g, '7').padEnd(6, '7')}`,
  note: `Kami ingin belajar alur layanannya ${run}`,
};
const agency = `Dinas Komunikasi dan Informatika Kota Bukittinggi ${run}`;

let browser: Browser;
let client: Meilisearch;
/** Innovations of the sample other test files leave alone (they take the first or others). */
let flowId: string;
let noScriptId: string;

beforeAll(async () => {
  browser = await launchBrowser();
  client = new Meilisearch({ host: inject('meiliUrl'), apiKey: inject('masterKey') });
  const ids = await allIds(client);
  flowId = ids[ids.length - 7] ?? '';
  noScriptId = ids[ids.length - 8] ?? '';
  await leadInterest(flowId);
});

afterAll(() => browser.close());

describe('registering interest on an innovation page', () => {
  it('goes from the form to the count, search, the private page, a stage and withdrawing', async () => {
    const page = await open(`/inovasi/${flowId}`, 1280);
    const before = await liveCount(page);
    await fillForm(page, { province: '13', regency: '13.75' });
    const headers = page.waitForResponse((answer) => answer.request().method() === 'POST');
    const status = await submit(
      page,
      page.getByRole('button', { name: 'Daftarkan minat', exact: true }),
    );
    expect(status).toBe(201);
    expect((await headers).headers()['cache-control']).toBe('no-store');
    expect((await headers).headers()['referrer-policy']).toBe('same-origin');
    await expect(page.locator('h1').innerText()).resolves.toBe('Minat Anda tercatat');
    await expect(page.locator('main').innerText()).resolves.toContain(
      'juga dikirim ke e-mail Anda',
    );
    const link = await page.locator('#private-link').inputValue();
    expect(link).toMatch(new RegExp(`^${portal}/minat/[\\w-]{43}$`));

    await page.getByRole('link', { name: 'Kembali ke halaman inovasi' }).click();
    await expect.poll(() => liveCount(page)).toBe(before + 1);
    const row = page.locator('[data-entries] li', { hasText: agency });
    await expect(row.innerText()).resolves.toContain('Kota Bukittinggi, Sumatera Barat');
    await expect(row.locator('[data-field="stage"]').innerText()).resolves.toBe('Berminat');
    expectNoContactData(await page.content());
    await saveSection(page, 'interest-activity-1280');

    await expect
      .poll(() => firstByInterest(), { timeout: 15_000, interval: 500 })
      .toBe(`/inovasi/${flowId}`);

    await page.goto(link);
    await expect(page.locator('main').innerText()).resolves.toContain(person.email);
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'interest-private-1280');
    await page.setViewportSize({ width: 360, height: 780 });
    expect(await scrollsSideways(page)).toBe(false);
    await page.setViewportSize({ width: 1280, height: 900 });
    await submit(page, page.getByRole('button', { name: 'Pindah ke “Berkomunikasi”' }));
    expect(page.url()).toBe(`${link}?tersimpan=1`);
    await expect(page.getByRole('status').innerText()).resolves.toContain('Berkomunikasi');

    await page.goto(`${portal}/inovasi/${flowId}`);
    await expect.poll(() => row.locator('[data-field="stage"]').innerText()).toBe('Berkomunikasi');
    await expect.poll(() => count(page, 'berkomunikasi')).toBeGreaterThanOrEqual(1);

    await page.goto(link);
    await page.locator('summary', { hasText: 'Batalkan minat' }).click();
    await submit(page, page.getByRole('button', { name: 'Ya, batalkan minat instansi saya' }));
    await expect(page.locator('main').innerText()).resolves.toContain('Minat ini dibatalkan');

    await page.goto(`${portal}/inovasi/${flowId}`);
    await expect.poll(() => liveCount(page)).toBe(before);
    await expect(row.count()).resolves.toBe(0);
    await page.context().close();
  });

  it('works without JavaScript: every regency is offered, and the registration goes in', async () => {
    const page = await open(`/inovasi/${noScriptId}`, 360, false);
    const offered = await page.locator('#f-regencyCode option').count();
    expect(offered).toBeGreaterThan(500);
    const noScriptAgency = `Bappeda Kabupaten Banyuwangi ${run}`;
    await fillForm(page, { province: '35', regency: '35.10', name: noScriptAgency });
    const status = await submit(
      page,
      page.getByRole('button', { name: 'Daftarkan minat', exact: true }),
    );
    expect(status).toBe(201);
    await expect(page.locator('#private-link').inputValue()).resolves.toMatch(/\/minat\//);
    const activity = publicActivitySchema.parse(
      await (await fetch(`${portal}/api/inovasi/${noScriptId}/minat`)).json(),
    );
    expect(activity.entries.map((entry) => entry.agency)).toContain(noScriptAgency);
    await page.context().close();
  });

  it('narrows the regencies to the chosen province and suggests agencies, with JavaScript', async () => {
    const page = await open(`/inovasi/${flowId}`, 360);
    await page.locator('#replication-activity summary.button').click();
    await page.selectOption('#f-provinceCode', '13');
    const values = await page
      .locator('#f-regencyCode option')
      .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    expect(values.length).toBeGreaterThan(10);
    expect(values.filter((value) => value !== '').every((value) => value.startsWith('13.'))).toBe(
      true,
    );
    await page.locator('#f-agency').pressSequentially('Pemerintah Kota Pad');
    // Padang and Padangsidimpuan match the typed prefix alike: either may come first.
    await expect
      .poll(() =>
        page
          .locator('#agency-suggestions option')
          .evaluateAll((options) => options.map((option) => option.getAttribute('value'))),
      )
      .toContain('Pemerintah Kota Padang');
    expect(await scrollsSideways(page)).toBe(false);
    await saveSection(page, 'interest-section-360');
    await page.setViewportSize({ width: 1280, height: 900 });
    await saveSection(page, 'interest-section-1280');
    await page.context().close();
  });
});

describe('a form with mistakes', () => {
  it.each([
    {
      path: () => `/inovasi/${flowId}/minat`,
      button: 'Daftarkan minat',
      summary: 'isian perlu diperbaiki',
      agencyMessage: 'Tulis nama instansi',
      consentMessage: 'Centang persetujuan',
    },
    {
      path: () => `/en/innovation/${flowId}/interest`,
      button: 'Register interest',
      summary: 'fields need correcting',
      agencyMessage: 'Write the agency name',
      consentMessage: 'Tick the consent',
    },
  ])('comes back with field messages in its language ($button)', async (language) => {
    const page = await open(language.path(), 360);
    await page.locator('#f-agency').fill('ab');
    await page.locator('#f-email').fill('bukan-email');
    const status = await submit(
      page,
      page.getByRole('button', { name: language.button, exact: true }),
    );
    expect(status).toBe(400);
    await expect(page.locator('.error-summary h2').innerText()).resolves.toContain(
      language.summary,
    );
    const agencyField = page.locator('#f-agency');
    await expect(agencyField.inputValue()).resolves.toBe('ab');
    await expect(agencyField.getAttribute('aria-invalid')).resolves.toBe('true');
    const described = (await agencyField.getAttribute('aria-describedby')) ?? '';
    const errorId = described.split(' ')[0] ?? '';
    await expect(page.locator(`#${errorId}`).innerText()).resolves.toContain(
      language.agencyMessage,
    );
    await expect(page.locator('.error-summary').innerText()).resolves.toContain(
      language.consentMessage,
    );
    await page.locator('.error-summary a').first().click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('f-agency');
    expect(await axeViolations(page)).toEqual([]);
    expect(await scrollsSideways(page)).toBe(false);
    await saveScreenshot(
      page,
      `interest-form-errors-${language.path().startsWith('/en') ? 'en' : 'id'}-360`,
    );
    await page.context().close();
  });
});

// --- internal ---

async function open(path: string, width: number, javaScript = true): Promise<Page> {
  const context = await newContext(browser, { width, javaScript });
  const page = await context.newPage();
  const response = await page.goto(`${portal}${path}`);
  expect(response?.status(), path).toBe(200);
  return page;
}

async function fillForm(
  page: Page,
  where: { province: string; regency: string; name?: string },
): Promise<void> {
  await page.locator('#replication-activity summary.button').click();
  await page.locator('#f-agency').fill(where.name ?? agency);
  await page.selectOption('#f-cluster', 'kota');
  await page.selectOption('#f-provinceCode', where.province);
  await page.selectOption('#f-regencyCode', where.regency);
  await page.locator('#f-contactName').fill(person.contactName);
  await page.locator('#f-email').fill(person.email);
  await page.locator('#f-phone').fill(person.phone);
  await page.locator('#f-note').fill(person.note);
  await page.locator('#f-consent').check();
}

/** The page's count of interested agencies, as its script keeps it. */
async function liveCount(page: Page): Promise<number> {
  return count(page, 'interest');
}

async function count(page: Page, key: string): Promise<number> {
  const text = await page.locator(`[data-count="${key}"]`).innerText();
  return Number(text.replace(/\D/g, ''));
}

function expectNoContactData(html: string): void {
  for (const [field, value] of Object.entries(person)) {
    expect(html.includes(value), `${field} on the public page`).toBe(false);
  }
}

/** The first innovation of search sorted by interest, as its link. */
async function firstByInterest(): Promise<string | undefined> {
  const html = await (await fetch(`${portal}/cari?urut=minat`)).text();
  return /href="(\/inovasi\/[^"]+)"/.exec(html)?.[1];
}

/**
 * Other test files register interest on other innovations: so that one more registration puts
 * this one first in search by interest, it starts level with the most-wanted innovation.
 */
async function leadInterest(id: string): Promise<void> {
  await countsSettled();
  const { hits } = await client.index('innovations').search('', {
    sort: ['interestCount:desc'],
    limit: 1,
    attributesToRetrieve: ['interestCount'],
  });
  const top = Number(hits[0]?.interestCount ?? 0);
  for (let index = 0; index < top; index += 1) {
    const response = await postRegistration(portal, id, {
      agency: `Dinas Pendahulu ${String(index)} ${run}`,
    });
    expect(response.status).toBe(201);
  }
}

/**
 * Waits until no count update of the earlier files is on its way: the engine has had no task
 * enqueued or processing for longer than an index-sync batch waits (1 s) before it is sent.
 */
async function countsSettled(): Promise<void> {
  const deadline = Date.now() + 30_000;
  let idleSince = Date.now();
  while (Date.now() - idleSince < 2_500) {
    const pending = await client.tasks.getTasks({ statuses: ['enqueued', 'processing'], limit: 1 });
    if (pending.results.length > 0) idleSince = Date.now();
    if (Date.now() > deadline) throw new Error('the engine never went idle');
    await new Promise((done) => setTimeout(done, 250));
  }
}

async function saveSection(page: Page, name: string): Promise<void> {
  await page
    .locator('#replication-activity')
    .screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
}
