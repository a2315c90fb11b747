import { Meilisearch } from 'meilisearch';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { SearchDocument } from '../../src/lib/index/document.ts';
import { indexSettings } from '../../src/lib/index/settings.ts';
import { launchBrowser, newContext } from '../helpers/browser.ts';
import { startSiteServer, type SiteServer } from '../helpers/portal.ts';
import { makeTempDir, type TempDir } from '../helpers/temp.ts';
import { postRegistration } from '../helpers/registration.ts';

/*
 * A registrant's contact data must never leave the server except through the admin export:
 * register with known values, move the entry along, then read every public page and API answer,
 * every document of the index and every line the server logged, and look for those values.
 * And what a registrant types is shown as text wherever it is shown, never run as markup.
 */
const INDEX = 'privacy-check';
const ADMIN_TOKEN = 'privacy-check-admin-token-0123456789';
const marker = String(Date.now()).slice(-8);
const secrets = {
  contactName: `Narahubung Rahasia ${marker}`,
  email: `rahasia.${marker}@contoh.go.id`,
  phone: `+62 812 ${marker.slice(0, 4)} ${marker.slice(4)}`,
  note: `Catatan pribadi ${marker}`,
};
const agency = `Dinas Pengawas Privasi ${marker}`;

let browser: Browser;
let client: Meilisearch;
let server: SiteServer;
let data: TempDir;
let log = '';
let innovationId: string;

beforeAll(async () => {
  client = new Meilisearch({ host: inject('meiliUrl'), apiKey: inject('masterKey') });
  const documents = await client.index<SearchDocument>('innovations').getDocuments({ limit: 40 });
  await client.createIndex(INDEX, { primaryKey: 'id' }).waitTask();
  await client.index(INDEX).updateSettings(indexSettings).waitTask();
  await client.index(INDEX).addDocuments(documents.results).waitTask();
  innovationId = documents.results[0]?.id ?? '';
  data = await makeTempDir('interest-privacy');
  browser = await launchBrowser();
  server = await startSiteServer({
    meiliUrl: inject('meiliUrl'),
    masterKey: inject('masterKey'),
    dataDir: data.path,
    indexUid: INDEX,
    env: { ADMIN_TOKEN, RATE_LIMIT_WRITES: '1000' },
    onOutput: (chunk) => {
      log += chunk;
    },
  });
});

afterAll(async () => {
  await Promise.all([server.stop(), browser.close()]);
  await client.deleteIndex(INDEX).waitTask();
  await data.remove();
});

describe("a registrant's contact data", () => {
  it('is in no public page, API answer, search document or log line', async () => {
    const token = await registerAndMove();
    await waitForCount(1);
    const answers = await Promise.all(publicPaths().map((path) => read(path)));
    const documents = await client.index(INDEX).getDocuments({ limit: 1000 });
    const haystacks = [
      ...answers,
      { where: 'the index', text: JSON.stringify(documents.results) },
      { where: 'the server log', text: log },
    ];
    for (const { where, text } of haystacks) {
      for (const [field, value] of Object.entries(forms(secrets))) {
        expect(text.includes(value), `${field} in ${where}`).toBe(false);
      }
    }
    // The values did reach the server: the private page and the admin export have them.
    expect((await read(`/api/minat/${token}`)).text).toContain(secrets.email);
    const csv = await fetch(`${server.url}/admin/ekspor.csv`, {
      headers: { Authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    expect(csv.status).toBe(200);
    expect(await csv.text()).toContain(secrets.phone);
  });
});

describe('what a registrant types', () => {
  it('shows as text on the innovation page, the private page and the admin list', async () => {
    const markup = {
      agency: `Dinas <img src=x onerror="window.__xss=1"><script>window.__xss=2</script> ${marker}`,
      contactName: '<svg onload="window.__xss=3">Budi</svg>',
      note: '<iframe src="javascript:window.__xss=4"></iframe>',
    };
    const token = await register({ ...secrets, ...markup, agency: markup.agency });
    const context = await newContext(browser);
    await context.setExtraHTTPHeaders({ Authorization: `Bearer ${ADMIN_TOKEN}` });
    const page = await context.newPage();
    const paths = [`/inovasi/${innovationId}`, `/minat/${token}`, '/admin'];
    for (const path of paths) {
      await page.goto(`${server.url}${path}`);
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => 'xss' in window || '__xss' in window), path).toBe(false);
      expect(await page.locator('img[src="x"], iframe, svg[onload]').count(), path).toBe(0);
      expect(await page.locator('body').innerText(), path).toContain(
        '<script>window.__xss=2</script>',
      );
    }
    await context.close();
  });
});

describe("a registrant's mail, with SMTP_URL unset", () => {
  it('waits in the outbox with the private link, for administrators only, and in no log line', async () => {
    const token = await register({ agency: `Dinas Surat ${marker}`, ...secrets });
    const outbox = await fetch(`${server.url}/admin/surat?status=queued`, {
      headers: { Authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    expect(outbox.status).toBe(200);
    expect(outbox.headers.get('cache-control')).toBe('no-store');
    const listed = await outbox.text();
    expect(listed).toContain(secrets.email);
    expect(listed).toContain(`/minat/${token}`);
    expect((await fetch(`${server.url}/admin/surat`, { redirect: 'manual' })).status).toBe(303);

    // "Send my private link again" answers alike for a known and an unknown address.
    const answers = await Promise.all(
      [secrets.email, `nobody.${marker}@contoh.go.id`].map(async (address) => {
        const response = await fetch(`${server.url}/kirim-ulang-tautan`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ alamat: address }).toString(),
        });
        const text = await response.text();
        return { status: response.status, done: text.includes('data-resend-done') };
      }),
    );
    expect(answers).toEqual([
      { status: 200, done: true },
      { status: 200, done: true },
    ]);
    const bad = await fetch(`${server.url}/en/resend-link`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'alamat=not-an-address',
    });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('Write a valid e-mail address');
    const again = await fetch(`${server.url}/admin/surat`, {
      headers: { Authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    const page = await again.text();
    expect(page.match(/data-mail=/g)?.length).toBeGreaterThanOrEqual(3);
    expect(page).not.toContain(`nobody.${marker}`);
    for (const [field, value] of Object.entries(forms(secrets))) {
      expect(log.includes(value), `${field} in the server log`).toBe(false);
    }
  });
});

async function registerAndMove(): Promise<string> {
  const token = await register({ agency, ...secrets });
  const moved = await fetch(`${server.url}/api/minat/${token}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ stage: 'berkomunikasi' }),
  });
  expect(moved.status).toBe(200);
  return token;
}

async function register(fields: Record<string, string>): Promise<string> {
  const response = await postRegistration(server.url, innovationId, {
    provinceCode: '73',
    regencyCode: '73.71',
    ...fields,
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { token: string }).token;
}

/** Every public place the registration shows or could show. */
function publicPaths(): string[] {
  const id = encodeURIComponent(innovationId);
  const q = encodeURIComponent(agency);
  return [
    `/inovasi/${id}`,
    `/en/innovation/${id}`,
    `/inovasi/${id}/minat`,
    `/api/inovasi/${id}/minat`,
    `/api/search?urut=minat`,
    `/cari?urut=minat`,
    `/en/search?urut=minat`,
    `/api/instansi?q=${q}`,
    '/',
    '/en/',
    '/jelajah',
    '/sitemap.xml',
    '/sitemap-innovations-0.xml',
  ];
}

async function read(path: string): Promise<{ where: string; text: string }> {
  const response = await fetch(`${server.url}${path}`);
  expect(response.status, path).toBeLessThan(400);
  const headers = JSON.stringify([...response.headers]);
  return { where: path, text: `${headers}\n${await response.text()}` };
}

/** Each secret as written and as a page could show it (escaped, digits only, lower case). */
function forms(values: typeof secrets): Record<string, string> {
  return {
    ...values,
    emailLower: values.email.toLowerCase(),
    emailEncoded: encodeURIComponent(values.email),
    phoneDigits: values.phone.replace(/\D/g, ''),
    contactNameEncoded: encodeURIComponent(values.contactName),
  };
}

async function waitForCount(count: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const document = await client.index<SearchDocument>(INDEX).getDocument(innovationId);
    if (document.interestCount === count) return;
    if (Date.now() > deadline) throw new Error(`interestCount stayed ${document.interestCount}`);
    await new Promise((done) => setTimeout(done, 200));
  }
}
