import { Meilisearch } from 'meilisearch';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { SearchDocument } from '../../src/lib/index/document.ts';
import { indexSettings } from '../../src/lib/index/settings.ts';
import { slugify } from '../../src/lib/text/slug.ts';
import { axeViolations, launchBrowser, newContext, saveScreenshot } from '../helpers/browser.ts';
import { scrollsSideways } from '../helpers/pages.ts';
import { startSiteServer, type SiteServer } from '../helpers/portal.ts';
import { postRegistration } from '../helpers/registration.ts';
import { startTestSmtp, type ReceivedMail, type TestSmtp } from '../helpers/smtp.ts';
import { submit } from '../helpers/submit.ts';
import { makeTempDir, type TempDir } from '../helpers/temp.ts';

/**
 * The innovating agency keeps its innovation current, in Chromium on a server of its own with a
 * real SMTP server: an administrator invites the agency's person, who signs in with the mailed
 * link, sees a registration with its consented contact, moves it to `berkomunikasi` (the
 * registrant's mail arrives), sends a status update; the administrator approves it in the review
 * queue; the innovation page shows the status with its date and source, and search sorts it
 * first by last verified.
 */
const INDEX = 'agency-update-e2e';
const ADMIN_TOKEN = 'agency-e2e-token-0123456789abcdef';
const run = Date.now().toString(36);
const person = `kepala.${run}@instansi-pelaksana.go.id`;
const registrant = `sri.${run}@bukittinggikota.go.id`;
const registrantAgency = `Dinas Kominfo Kota Bukittinggi ${run}`;

let browser: Browser;
let client: Meilisearch;
let smtp: TestSmtp;
let server: SiteServer;
let data: TempDir;
let innovation: SearchDocument;

beforeAll(async () => {
  [browser, smtp, data] = await Promise.all([
    launchBrowser(),
    startTestSmtp(),
    makeTempDir('agency-e2e'),
  ]);
  client = new Meilisearch({ host: inject('meiliUrl'), apiKey: inject('masterKey') });
  const { results } = await client.index<SearchDocument>('innovations').getDocuments({ limit: 60 });
  await client.createIndex(INDEX, { primaryKey: 'id' }).waitTask({ timeout: 60_000 });
  await client.index(INDEX).updateSettings(indexSettings).waitTask({ timeout: 60_000 });
  await client.index(INDEX).addDocuments(results).waitTask({ timeout: 60_000 });
  const unique = results.find(
    (doc) => results.filter((other) => slugify(other.agency) === slugify(doc.agency)).length === 1,
  );
  if (unique === undefined) throw new Error('no agency with one innovation among the documents');
  innovation = unique;
  server = await startSiteServer({
    meiliUrl: inject('meiliUrl'),
    masterKey: inject('masterKey'),
    dataDir: data.path,
    indexUid: INDEX,
    env: {
      ADMIN_TOKEN,
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Lumbung Inovasi <noreply@lumbung.test>',
      MAIL_POLL_MS: '200',
    },
  });
  const registered = await postRegistration(server.url, innovation.id, {
    agency: registrantAgency,
    email: registrant,
    contactName: 'Sri Wahyuni',
    cluster: 'kota',
    provinceCode: '13',
    regencyCode: '13.75',
    // Shared with the innovating agency: its area shows the person and e-mail.
    shareEmail: true,
  });
  expect(registered.status).toBe(201);
}, 120_000);

afterAll(async () => {
  await browser.close();
  await server.stop();
  await smtp.stop();
  await client.deleteIndex(INDEX).waitTask({ timeout: 60_000 });
  await data.remove();
});

describe('an agency keeps its innovation current', () => {
  it('from the invitation to the published status, sorted first by last verified', async () => {
    const admin = await newPage();
    await admin.goto(`${server.url}/admin/masuk`);
    await admin.locator('#token').fill(ADMIN_TOKEN);
    await expect(submit(admin, admin.locator('form.login button'))).resolves.toBe(303);
    await admin.goto(`${server.url}/admin/akun`);
    await admin.locator('#invite-email').fill(person);
    await admin.locator('#invite-role').selectOption('agency');
    await admin.locator('#invite-agency').fill(innovation.agency);
    await submit(admin, admin.getByRole('button', { name: 'Undang' }));
    await mailTo(person, 'Undangan');

    const agency = await newPage();
    await agency.goto(`${server.url}/masuk-akun`);
    await agency.getByLabel('E-mail').fill(person);
    await submit(agency, agency.getByRole('button', { name: 'Kirim tautan masuk' }));
    const signIn = await mailTo(person, 'Tautan masuk');
    const link = /https?:\/\/\S+\/masuk-akun\/[\w-]{43}/.exec(signIn.text)?.[0] ?? '';
    await agency.goto(link);
    await submit(agency, agency.getByRole('button', { name: 'Masuk', exact: true }));
    await agency.goto(`${server.url}/instansi`);
    const entry = agency.locator('tbody tr', { hasText: registrantAgency });
    await expect(entry.innerText()).resolves.toContain(registrant);
    await shoot(agency, 'agency-area');

    const moved = await submit(
      agency,
      entry.getByRole('button', { name: 'Sudah kami balas: tandai berkomunikasi' }),
    );
    expect(moved).toBe(303);
    await expect(entry.innerText()).resolves.toContain('Berkomunikasi');
    const stageMail = await mailTo(registrant, 'Berkomunikasi');
    expect(stageMail.text).toContain(innovation.title);

    await agency.getByRole('link', { name: 'Pemutakhiran data inovasi ini' }).click();
    await agency.waitForLoadState('load');
    await agency.getByLabel('Status inovasi').selectOption('berkembang');
    await agency.getByLabel('Status berlaku per tanggal').fill('2026-12-01');
    await agency.getByLabel('Apa yang berubah').fill('Layanan kini menjangkau semua kecamatan.');
    await agency.getByLabel('Surel kantor').fill(person);
    await agency.getByLabel('Laman kantor (https://…)').fill('javascript:alert(1)');
    expect(await submit(agency, agency.getByRole('button', { name: 'Kirim untuk ditinjau' }))).toBe(
      400,
    );
    await expect(agency.getByRole('alert').first().innerText()).resolves.toContain('Periksa isian');
    await agency.getByLabel('Surel kantor').fill('layanan.inovasi@kantor.go.id');
    await agency.getByLabel('Laman kantor (https://…)').fill('https://kantor.go.id/replikasi');
    await agency.getByLabel('Cara mereplikasi').fill('Kirim surat permohonan <b>resmi</b>.');
    await agency.getByLabel('Judul dokumen 1').fill('Panduan replikasi');
    await agency.getByLabel('Tautan dokumen 1').fill('https://kantor.go.id/panduan.pdf');
    expect(await submit(agency, agency.getByRole('button', { name: 'Kirim untuk ditinjau' }))).toBe(
      303,
    );
    await expect(agency.getByRole('status').innerText()).resolves.toContain('Terima kasih');
    await shoot(agency, 'agency-update-form');

    const before = await client.index(INDEX).getDocument(innovation.id);
    expect(before.statusSource).not.toBe('agency');
    await admin.goto(`${server.url}/admin/pemutakhiran`);
    const item = admin.locator('[data-review]', { hasText: innovation.title });
    await expect(item.innerText()).resolves.toContain('Kirim surat permohonan <b>resmi</b>.');
    await shoot(admin, 'admin-review-queue');
    expect(await submit(admin, item.getByRole('button', { name: 'Setujui dan terbitkan' }))).toBe(
      303,
    );
    await expect(admin.getByRole('status').innerText()).resolves.toContain('disetujui');
    await mailTo(person, 'terbit');

    const page = await newPage();
    await page.goto(`${server.url}/inovasi/${innovation.id}`);
    await expect(page.locator('.glance').innerText()).resolves.toContain(
      'Status per 1 Desember 2026, dimutakhirkan oleh instansi',
    );
    await expect(page.locator('[data-agency-layer]').innerText()).resolves.toContain(
      'Kirim surat permohonan <b>resmi</b>.',
    );
    await expect(page.locator('[data-agency-layer] a[href^="javascript"]').count()).resolves.toBe(
      0,
    );
    await shoot(page, 'innovation-agency-layer');
    await page.goto(`${server.url}/en/innovation/${innovation.id}`);
    await expect(page.locator('.glance').innerText()).resolves.toContain(
      'Status as of 1 December 2026, updated by the agency',
    );
    await page.goto(`${server.url}/cari?urut=terverifikasi`);
    await shoot(page, 'search-last-verified');
    await expect(page.locator('.hit__title a').first().getAttribute('href')).resolves.toBe(
      `/inovasi/${innovation.id}`,
    );
    await page.goto(`${server.url}/cari?verifikasi=12-bulan`);
    await expect(page.locator('.hit__title a').allInnerTexts()).resolves.toContain(
      innovation.title,
    );
  });
});

// --- internal ---

async function newPage(): Promise<Page> {
  return (await newContext(browser, { width: 1280 })).newPage();
}

/** Screenshots at 1280 and 360 px, no sideways scrolling and no accessibility violation. */
async function shoot(page: Page, name: string): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
  await saveScreenshot(page, `${name}-1280`);
  await page.setViewportSize({ width: 360, height: 780 });
  expect(await scrollsSideways(page)).toBe(false);
  await saveScreenshot(page, `${name}-360`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** The first message to `recipient` whose subject holds `subject`, as the SMTP server got it. */
async function mailTo(recipient: string, subject: string): Promise<ReceivedMail> {
  let found: ReceivedMail | undefined;
  await expect
    .poll(
      () => {
        found = smtp.received.find(
          (mail) => mail.to === recipient && mail.subject.includes(subject),
        );
        return found !== undefined;
      },
      { timeout: 20_000, interval: 200 },
    )
    .toBe(true);
  if (found === undefined) throw new Error('no message');
  return found;
}
