import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { Meilisearch } from 'meilisearch';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startSession } from '../../src/features/accounts/session.ts';
import { sqliteFile } from '../../src/infra/database/open.ts';
import { openSqliteDatabase } from '../../src/infra/database/sqlite.ts';
import type { SearchDocument } from '../../src/lib/index/document.ts';
import { indexSettings } from '../../src/lib/index/settings.ts';
import { agencyIdentity } from '../../src/lib/agency/name.ts';
import { slugify } from '../../src/lib/text/slug.ts';
import { axeViolations, launchBrowser, newContext, saveScreenshot } from '../helpers/browser.ts';
import { scrollsSideways } from '../helpers/pages.ts';
import { SCREENSHOT_DIR, startSiteServer, type SiteServer } from '../helpers/portal.ts';
import { postRegistration } from '../helpers/registration.ts';
import { startTestSmtp, type ReceivedMail, type TestSmtp } from '../helpers/smtp.ts';
import { submit } from '../helpers/submit.ts';
import { makeTempDir, type TempDir } from '../helpers/temp.ts';
import { files, multipartBody, multipartType } from '../helpers/uploads.ts';

/**
 * Replication with evidence, in Chromium on a server of its own with a real SMTP server: a
 * registrant reports its agreement with a PDF, the innovating agency confirms it, the
 * registrant reports the implementation, the agency confirms it; the innovation page lists and
 * maps the replication, its certificate opens from the code in both languages, search sorted
 * by replications puts it first and the API lists it. A private document is served to its
 * parties only; a server killed in the middle of an upload stores nothing of it.
 */
const INDEX = 'replication-e2e';
const ADMIN_TOKEN = 'replication-e2e-token-0123456789abcdef';
const run = Date.now().toString(36);
const person = `kepala.${run}@instansi-pengampu.go.id`;
const registrant = `sri.${run}@bukittinggikota.go.id`;

let browser: Browser;
let client: Meilisearch;
let smtp: TestSmtp;
let server: SiteServer;
let data: TempDir;
/** The innovation replicated, and the registrant's own innovation (the replica). */
let innovation: SearchDocument;
let replica: SearchDocument;
const env = () => ({
  ADMIN_TOKEN,
  SMTP_URL: smtp.url,
  MAIL_FROM: 'Lumbung Inovasi <noreply@lumbung.test>',
  MAIL_POLL_MS: '200',
  RATE_LIMIT_WRITES: '10000',
  RATE_LIMIT_READS: '10000',
  RATE_LIMIT_PAGES: '10000',
});

beforeAll(async () => {
  [browser, smtp, data] = await Promise.all([
    launchBrowser(),
    startTestSmtp(),
    makeTempDir('replication-e2e'),
  ]);
  client = new Meilisearch({ host: inject('meiliUrl'), apiKey: inject('masterKey') });
  const { results } = await client.index<SearchDocument>('innovations').getDocuments({ limit: 80 });
  await client.createIndex(INDEX, { primaryKey: 'id' }).waitTask({ timeout: 60_000 });
  await client.index(INDEX).updateSettings(indexSettings).waitTask({ timeout: 60_000 });
  await client.index(INDEX).addDocuments(results).waitTask({ timeout: 60_000 });
  const alone = results.filter(
    (doc) => results.filter((other) => slugify(other.agency) === slugify(doc.agency)).length === 1,
  );
  const [first, second] = alone;
  if (first === undefined || second === undefined) throw new Error('two lone agencies needed');
  [innovation, replica] = [first, second];
  server = await start();
}, 180_000);

afterAll(async () => {
  await browser.close();
  await server.stop();
  await smtp.stop();
  await client.deleteIndex(INDEX).waitTask({ timeout: 60_000 });
  await data.remove();
});

function start(port?: number): Promise<SiteServer> {
  return startSiteServer({
    meiliUrl: inject('meiliUrl'),
    masterKey: inject('masterKey'),
    dataDir: data.path,
    indexUid: INDEX,
    env: env(),
    ...(port !== undefined && { port }),
  });
}

/** The registrant's private token and the certificate's code, found as the flow goes. */
let token = '';
let code = '';

describe('replication with evidence', () => {
  it('from the agreement to a confirmed, certified, mapped and counted replication', async () => {
    const agency = await signInAgency();
    const registered = await postRegistration(server.url, innovation.id, {
      agency: replica.agency,
      email: registrant,
      contactName: 'Sri Wahyuni',
      cluster: 'kota',
      provinceCode: '13',
      regencyCode: '13.75',
    });
    expect(registered.status).toBe(201);
    const link = await mailTo(registrant, 'Tautan pribadi');
    const privateUrl = /https?:\/\/\S+\/minat\/[\w-]{43}/.exec(link.text)?.[0] ?? '';
    token = privateUrl.split('/').at(-1) ?? '';

    const own = await newPage();
    await own.goto(privateUrl);
    const agreement = own.locator('form[data-report-form="agreement"]');
    await agreement.getByLabel('Tanggal kesepakatan').fill('2026-11-20');
    await agreement.getByLabel('Apa yang akan diadaptasi').fill('Alur layanan dan formulir.');
    await agreement.locator('input[type=file]').setInputFiles({
      name: 'kesepakatan-bersama.pdf',
      mimeType: 'application/pdf',
      buffer: files.pdf,
    });
    await shoot(own, 'replication-private-agreement');
    expect(await submit(own, agreement.getByRole('button', { name: 'Laporkan kesepakatan' }))).toBe(
      303,
    );
    await expect(own.locator('[data-waiting]').innerText()).resolves.toContain('menunggu');
    await mailTo(person, 'menunggu konfirmasi');

    await agency.goto(`${server.url}/instansi`);
    const report = agency.locator('[data-report]', { hasText: replica.agency });
    await expect(report.innerText()).resolves.toContain('Alur layanan dan formulir.');
    const documentHref = (await report.locator('a[href^="/dokumen/"]').getAttribute('href')) ?? '';
    await shoot(agency, 'replication-agency-pending');
    expect(await submit(agency, report.getByRole('button', { name: 'Konfirmasi' }))).toBe(303);
    await expect(agency.getByRole('status').innerText()).resolves.toContain('dikonfirmasi');
    await mailTo(registrant, 'Kesepakatan replikasi dikonfirmasi');

    await checkDocumentAccess(documentHref, agency);
    const before = await fetch(`${server.url}/inovasi/${innovation.id}`);
    const etagBefore = before.headers.get('etag') ?? '';

    await own.goto(privateUrl);
    const implementation = own.locator('form[data-report-form="implementation"]');
    await implementation
      .getByLabel('Tanggal layanan mulai berjalan di instansi Anda')
      .fill('2026-12-01');
    await implementation.getByLabel('Apa yang diadaptasi').fill('Formulir daring.');
    await implementation.getByLabel('Hasil sejauh ini').fill('Antrean turun separuh.');
    await implementation
      .getByLabel(/Inovasi instansi Anda sendiri/)
      .fill(`${server.url}/inovasi/${replica.id}`);
    expect(
      await submit(own, implementation.getByRole('button', { name: 'Laporkan implementasi' })),
    ).toBe(303);
    await agency.goto(`${server.url}/instansi`);
    expect(
      await submit(
        agency,
        agency
          .locator('[data-report]', { hasText: 'Antrean turun separuh.' })
          .getByRole('button', { name: 'Konfirmasi' }),
      ),
    ).toBe(303);
    const confirmed = await mailTo(registrant, 'Implementasi replikasi dikonfirmasi');
    code = /[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(confirmed.text)?.[0] ?? '';
    expect(code).not.toBe('');
    expect(confirmed.text).toContain(`/verifikasi/${code}`);
    await own.goto(privateUrl);
    await expect(own.locator('[data-certified]').innerText()).resolves.toContain(code);
    await shoot(own, 'replication-private-certified');

    // The page's validators follow its replications.
    const after = await fetch(`${server.url}/inovasi/${innovation.id}`, {
      headers: { 'If-None-Match': etagBefore },
    });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etagBefore);

    const page = await newPage();
    await page.goto(`${server.url}/inovasi/${innovation.id}`);
    const listed = page.locator(`[data-replication="${code}"]`);
    await expect(listed.innerText()).resolves.toContain(replica.agency);
    await expect(page.locator('[data-spread] g.reached[data-province="13"]').count()).resolves.toBe(
      1,
    );
    await expect(
      page.locator('[data-spread] [data-province="13"] strong').first().innerText(),
    ).resolves.toBe('Sumatera Barat');
    await page.locator('[data-spread]').scrollIntoViewIfNeeded();
    await shoot(page, 'replication-innovation-spread');
    await shootPart(page, '[data-spread]', 'replication-spread-section');
    await page.goto(`${server.url}/inovasi/${replica.id}`);
    await expect(
      page.locator(`[data-replicated-from="${innovation.id}"]`).innerText(),
    ).resolves.toContain(innovation.title);

    await page.goto(`${server.url}/inovasi/${innovation.id}`);
    await listed.getByRole('link', { name: /Bukti dan sertifikat/ }).click();
    await page.waitForLoadState('load');
    expect(new URL(page.url()).pathname).toBe(`/verifikasi/${code}`);
    await expect(page.locator('h1').innerText()).resolves.toBe('Sertifikat Implementasi Replikasi');
    await expect(page.locator('[data-replicating]').innerText()).resolves.toBe(replica.agency);
    await shoot(page, 'replication-certificate');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header').isVisible()).resolves.toBe(false);
    await page.emulateMedia({ media: 'screen' });
    await page.goto(`${server.url}/en/verify/${code.toLowerCase()}`);
    await expect(page.locator('h1').innerText()).resolves.toBe(
      'Certificate of Replication Implementation',
    );
    await shoot(page, 'replication-certificate-en');
    for (const wrong of ['ZZZZ-ZZZZ-ZZZZ', 'abc', `${code}0`]) {
      expect((await fetch(`${server.url}/verifikasi/${wrong}`)).status).toBe(404);
    }

    await expect
      .poll(
        async () =>
          (await client.index<SearchDocument>(INDEX).getDocument(innovation.id)).replicationCount,
        {
          timeout: 20_000,
        },
      )
      .toBe(1);
    await page.goto(`${server.url}/cari?urut=replikasi`);
    await expect(page.locator('.hit__title a').first().getAttribute('href')).resolves.toBe(
      `/inovasi/${innovation.id}`,
    );
    await page.goto(`${server.url}/cari?replikasi=terkonfirmasi`);
    await expect(page.locator('.hit__title a').allInnerTexts()).resolves.toEqual([
      innovation.title,
    ]);
    await shoot(page, 'replication-search');
    await page.goto(`${server.url}/tren`);
    await page.locator('#tren-replikasi').scrollIntoViewIfNeeded();
    await expect(page.locator('#tren-replikasi').innerText()).resolves.toContain(
      '1 replikasi dikonfirmasi',
    );
    await shoot(page, 'replication-trends');
    await shootPart(page, '#tren-replikasi', 'replication-trends-chart');

    const api = (await (await fetch(`${server.url}/api/v1/replications`)).json()) as {
      total: number;
      data: { code: string; agency: string; innovationId: string }[];
    };
    expect(api.total).toBe(1);
    expect(api.data[0]).toMatchObject({
      code,
      agency: replica.agency,
      innovationId: innovation.id,
    });
    expect(JSON.stringify(api)).not.toMatch(/sri\.|Sri Wahyuni|kesepakatan-bersama/);
  });

  it('keeps the index right and stores nothing when the server is killed mid-upload', async () => {
    expect(token).not.toBe('');
    const before = rowCounts();
    const port = Number(new URL(server.url).port);
    const body = multipartBody(
      { laporan: 'implementasi', tanggal: '2026-12-01', adaptasi: 'x', hasil: 'y' },
      { filename: 'besar.pdf', bytes: new Uint8Array(6 * 1024 * 1024) },
    );
    const upload = slowUpload(port, `/minat/${token}/bukti`, body);
    await upload.started;
    await server.kill('SIGKILL');
    await upload.ended;
    server = await start(port);
    expect(rowCounts()).toEqual(before);
    await expect
      .poll(
        async () =>
          (await client.index<SearchDocument>(INDEX).getDocument(innovation.id)).replicationCount,
        {
          timeout: 20_000,
        },
      )
      .toBe(confirmedInStore(innovation.id));
    expect(confirmedInStore(innovation.id)).toBe(1);
    // The same upload whole, to the restarted server, is refused (the replication is
    // confirmed already) and stores nothing either.
    const again = await fetch(`${server.url}/minat/${token}/bukti`, {
      method: 'POST',
      body,
      headers: { 'content-type': multipartType },
    });
    expect(again.status).toBe(400);
    expect(rowCounts()).toEqual(before);
  });
});

// --- internal ---

async function newPage(width = 1280): Promise<Page> {
  return (await newContext(browser, { width })).newPage();
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

/** One part of a page at 1280 and 360 px, for a person to look at closely. */
async function shootPart(page: Page, selector: string, name: string): Promise<void> {
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await page
      .locator(selector)
      .screenshot({ path: join(SCREENSHOT_DIR, `${name}-${String(width)}.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

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

/** The innovating agency's person, invited by an administrator and signed in by mail. */
async function signInAgency(): Promise<Page> {
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
  await admin.goto(`${server.url}/admin/replikasi`);
  await shoot(admin, 'replication-admin');
  return agency;
}

/**
 * The agreement's private document: 404 signed out, to another agency and to a stranger
 * signed in; served to the innovating agency (its browser's session), an administrator and the
 * registrant (its private link) as an attachment of the type detected, never sniffed.
 */
async function checkDocumentAccess(href: string, agency: Page): Promise<void> {
  const store = openSqliteDatabase(sqliteFile(data.path));
  try {
    const cookieOf = async (email: string, role: 'admin' | 'agency', name?: string) => {
      const account = await store.createAccount({
        email,
        role,
        agency: name,
        agencyKey: name === undefined ? undefined : agencyIdentity(name),
        invitedBy: 'admin-token',
        now: new Date().toISOString(),
      });
      const set = await startSession(store, new Request(server.url), account);
      return set.split(';')[0] ?? '';
    };
    const other = await cookieOf(`lain.${run}@lain.go.id`, 'agency', replica.agency);
    const stranger = await cookieOf(`asing.${run}@asing.go.id`, 'agency', 'Dinas Antah Berantah');
    for (const cookie of [undefined, other, stranger]) {
      const refused = await fetch(`${server.url}${href}`, {
        headers: cookie === undefined ? {} : { cookie },
      });
      expect(refused.status).toBe(404);
      expect(await refused.text()).not.toContain('%PDF');
    }
    const admin = await cookieOf(`admin.${run}@lumbung.go.id`, 'admin');
    const id = href.split('/').at(-1) ?? '';
    const asAgency = await agency.request.get(`${server.url}${href}`);
    const asAdmin = await fetch(`${server.url}${href}`, { headers: { cookie: admin } });
    const served = [
      { status: asAgency.status(), headers: asAgency.headers(), body: await asAgency.body() },
      {
        status: asAdmin.status,
        headers: Object.fromEntries(asAdmin.headers),
        body: Buffer.from(await asAdmin.arrayBuffer()),
      },
    ];
    for (const answer of served) {
      expect(answer.status).toBe(200);
      expect(answer.headers['content-type']).toBe('application/pdf');
      expect(answer.headers['content-disposition']).toBe(
        `attachment; filename="dokumen-${id}.pdf"`,
      );
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
      expect(answer.body).toEqual(files.pdf);
    }
    const own = await fetch(`${server.url}/minat/${token}/dokumen/${id}`);
    expect(own.status).toBe(200);
    expect(own.headers.get('content-disposition')).toContain('attachment');
  } finally {
    await store.close();
  }
}

/** Rows of the evidence and document tables, read from the server's SQLite file. */
function rowCounts(): { evidence: number; documents: number } {
  const db = new DatabaseSync(sqliteFile(data.path), { readOnly: true });
  try {
    const count = (table: string) =>
      Number(db.prepare(`SELECT count(*) AS n FROM ${table}`).get()?.n);
    return { evidence: count('replication_evidence'), documents: count('replication_documents') };
  } finally {
    db.close();
  }
}

function confirmedInStore(innovationId: string): number {
  const db = new DatabaseSync(sqliteFile(data.path), { readOnly: true });
  try {
    const row = db
      .prepare(
        `SELECT count(*) AS n FROM registrations WHERE innovation_id = ? AND hidden = 0
          AND stage = 'tereplikasi' AND stage_confirmed_at IS NOT NULL`,
      )
      .get(innovationId);
    return Number(row?.n);
  } finally {
    db.close();
  }
}

/**
 * A multipart post sent 64 KiB at a time: `started` once a first megabyte is out (the server is
 * reading it), `ended` when the connection ends, however it ends.
 */
function slowUpload(port: number, path: string, body: Uint8Array) {
  let markStarted: () => void = () => undefined;
  const started = new Promise<void>((resolve) => {
    markStarted = resolve;
  });
  const ended = new Promise<void>((resolve) => {
    const request = httpRequest({
      host: '127.0.0.1',
      port,
      path,
      method: 'POST',
      headers: {
        'content-type': multipartType,
        'content-length': String(body.byteLength),
        'sec-fetch-site': 'same-origin',
      },
    });
    request.on('error', () => {
      resolve();
    });
    request.on('response', (response) => {
      response.resume();
      response.on('end', resolve);
    });
    let sent = 0;
    const pump = () => {
      if (sent >= body.byteLength) {
        request.end();
        return;
      }
      const chunk = body.subarray(sent, sent + 65_536);
      sent += chunk.byteLength;
      if (sent > 1024 * 1024) markStarted();
      request.write(chunk, () => setTimeout(pump, 20));
    };
    pump();
  });
  return { started, ended };
}
