import { Meilisearch } from 'meilisearch';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { publicActivitySchema } from '../../src/lib/interest/schema.ts';
import type { SearchDocument } from '../../src/lib/index/document.ts';
import { indexSettings } from '../../src/lib/index/settings.ts';
import { axeViolations, launchBrowser, newContext, saveScreenshot } from '../helpers/browser.ts';
import { scrollsSideways } from '../helpers/pages.ts';
import { startSiteServer, type SiteServer } from '../helpers/portal.ts';
import { submit } from '../helpers/submit.ts';
import { runScript } from '../helpers/run-cli.ts';
import { makeTempDir, type TempDir } from '../helpers/temp.ts';
import { postRegistration } from '../helpers/registration.ts';

/**
 * The administration on a server of its own (ADMIN_TOKEN set, its own store and index, so its
 * changes touch no other test): login, the list, a stage change, hiding spam, the CSV export
 * with contact data, and the ingest history with a run's report.
 */
const INDEX = 'admin-check';
const ADMIN_TOKEN = 'admin-e2e-token-0123456789abcdef';
const run = Date.now().toString(36);
const entries = {
  kept: {
    agency: `Dinas Kesehatan Kabupaten Sleman ${run}`,
    email: `kesehatan.${run}@slemankab.go.id`,
    phone: '+62 274 868 409',
    note: '=HYPERLINK("http://contoh.invalid","klik")',
  },
  spam: {
    agency: `Toko Obat Murah Sekali ${run}`,
    email: `promo.${run}@contoh.invalid`,
    phone: '0812 0000 0000',
    note: 'beli sekarang',
  },
};

let browser: Browser;
let client: Meilisearch;
let server: SiteServer;
let data: TempDir;
let innovationId: string;

beforeAll(async () => {
  browser = await launchBrowser();
  client = new Meilisearch({ host: inject('meiliUrl'), apiKey: inject('masterKey') });
  const documents = await client.index<SearchDocument>('innovations').getDocuments({ limit: 20 });
  await client.createIndex(INDEX, { primaryKey: 'id' }).waitTask({ timeout: 60_000 });
  await client.index(INDEX).updateSettings(indexSettings).waitTask({ timeout: 60_000 });
  await client.index(INDEX).addDocuments(documents.results).waitTask({ timeout: 60_000 });
  innovationId = documents.results[0]?.id ?? '';
  data = await makeTempDir('admin-e2e');
  server = await startSiteServer({
    meiliUrl: inject('meiliUrl'),
    masterKey: inject('masterKey'),
    dataDir: data.path,
    indexUid: INDEX,
    env: { ADMIN_TOKEN },
  });
  for (const entry of Object.values(entries)) await register(entry);
  const ingest = await runScript(
    'ingest/cli.ts',
    ['kipp', 'tests/fixtures/kipp/bad-rows.csv', '--dry-run'],
    { DATA_DIR: data.path },
  );
  expect(ingest.code, ingest.stderr).toBe(0);
});

afterAll(async () => {
  await browser.close();
  await server.stop();
  await client.deleteIndex(INDEX).waitTask({ timeout: 60_000 });
  await data.remove();
});

describe('the administration', () => {
  it('sends a visitor without a session to the login page, and refuses a wrong token', async () => {
    const answer = await fetch(`${server.url}/admin`, { redirect: 'manual' });
    expect(answer.status).toBe(303);
    expect(answer.headers.get('location')).toBe('/admin/masuk');
    const page = await newPage();
    await page.goto(`${server.url}/admin`);
    await expect(page.locator('h1').innerText()).resolves.toBe('Masuk ke administrasi');
    await expect(page.locator('meta[name="robots"]').getAttribute('content')).resolves.toBe(
      'noindex',
    );
    const response = await logIn(page, 'not-the-admin-token-at-all');
    expect(response).toBe(401);
    await expect(page.getByRole('alert').innerText()).resolves.toContain('Token salah');
    await page.context().close();
  });

  it('lists registrations with contact data, changes a stage and hides spam', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/admin/masuk`);
    await expect(logIn(page, ADMIN_TOKEN)).resolves.toBe(303);
    await expect(page.locator('h1').innerText()).resolves.toBe('Pendaftaran minat replikasi');
    const kept = row(page, entries.kept.agency);
    const spam = row(page, entries.spam.agency);
    await expect(kept.innerText()).resolves.toContain(entries.kept.email);
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'admin-list-1280');
    await page.setViewportSize({ width: 360, height: 780 });
    expect(await scrollsSideways(page)).toBe(false);
    await saveScreenshot(page, 'admin-list-360');
    await page.setViewportSize({ width: 1280, height: 900 });

    await kept.locator('select[name="tahapan"]').selectOption('berkomunikasi');
    await expect(submit(page, kept.getByRole('button', { name: 'Ubah' }))).resolves.toBe(303);
    await expect(kept.locator('select[name="tahapan"]').inputValue()).resolves.toBe(
      'berkomunikasi',
    );
    await expect(submit(page, spam.getByRole('button', { name: 'Sembunyikan' }))).resolves.toBe(
      303,
    );
    await expect(spam.innerText()).resolves.toContain('Tersembunyi');

    const activity = publicActivitySchema.parse(
      await (await fetch(`${server.url}/api/inovasi/${innovationId}/minat`)).json(),
    );
    expect(activity.entries.map((entry) => [entry.agency, entry.stage])).toEqual([
      [entries.kept.agency, 'berkomunikasi'],
    ]);
    await page.goto(`${server.url}/admin?tersembunyi=ya`);
    await expect(page.locator('tbody tr').count()).resolves.toBe(1);
    await expect(spam.count()).resolves.toBe(1);
    await page.context().close();
  });

  it('exports the filter as CSV with contact data, safe to open in a spreadsheet', async () => {
    const answer = await fetch(`${server.url}/admin/ekspor.csv?inovasi=${innovationId}`, {
      headers: { Authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(answer.headers.get('content-disposition')).toMatch(/^attachment; filename=".+\.csv"$/);
    const bytes = new Uint8Array(await answer.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).slice(1).trimEnd().split('\r\n');
    expect(lines[0]?.split(',')).toEqual(
      expect.arrayContaining(['agency', 'contactName', 'email', 'phone', 'note', 'stage']),
    );
    expect(lines).toHaveLength(3);
    const kept = lines.find((line) => line.includes(entries.kept.agency)) ?? '';
    expect(kept).toContain(entries.kept.email);
    expect(kept).toContain(`'${entries.kept.phone}`);
    expect(kept).toContain(`"'=HYPERLINK(""http://contoh.invalid"",""klik"")"`);
    const hiddenOnly = await fetch(`${server.url}/admin/ekspor.csv?tersembunyi=ya`, {
      headers: { Authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    const hiddenLines = (await hiddenOnly.text()).trimEnd().split('\r\n');
    expect(hiddenLines).toHaveLength(2);
    expect(hiddenLines[1]).toContain(entries.spam.email);
    const stranger = await fetch(`${server.url}/admin/ekspor.csv`);
    expect(stranger.status).toBe(401);
    expect(await stranger.text()).not.toContain(entries.kept.email);
  });

  it('shows the ingest history and a run with its rejected rows, in English too', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/en/admin/masuk`);
    await logIn(page, ADMIN_TOKEN);
    await page.getByRole('link', { name: 'Ingest history' }).click();
    await expect(page.locator('h1').innerText()).resolves.toBe('Ingest history');
    const history = page.locator('tbody tr');
    await expect(history.count()).resolves.toBe(1);
    await expect(history.innerText()).resolves.toContain('tests/fixtures/kipp/bad-rows.csv');
    await page.getByRole('link', { name: /^Report #\d+$/ }).click();
    await expect(page.locator('main').innerText()).resolves.toContain('Rejected records (3)');
    await expect(page.locator('main').innerText()).resolves.toContain('"20019" is not a year');
    await saveScreenshot(page, 'admin-run-1280');
    await submit(page, page.getByRole('button', { name: 'Log out', exact: true }));
    await expect(page.locator('h1').innerText()).resolves.toBe('Log in to the administration');
    await page.goto(`${server.url}/en/admin`);
    await expect(page.locator('h1').innerText()).resolves.toBe('Log in to the administration');
    await page.context().close();
  });
});

// --- internal ---

async function newPage(): Promise<Page> {
  return (await newContext(browser, { width: 1280 })).newPage();
}

/** Types the token into the login form and sends it: the status of the answer to the post. */
async function logIn(page: Page, token: string): Promise<number> {
  await page.locator('#token').fill(token);
  return submit(page, page.locator('form.login button'));
}

function row(page: Page, agency: string) {
  return page.locator('tbody tr', { hasText: agency });
}

async function register(entry: (typeof entries)['kept']): Promise<void> {
  const response = await postRegistration(server.url, innovationId, {
    ...entry,
    cluster: 'kabupaten',
    provinceCode: '34',
    regencyCode: '34.04',
    contactName: 'Dewi Lestari',
  });
  expect(response.status).toBe(201);
}
