import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Meilisearch } from 'meilisearch';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startSession } from '../../src/features/accounts/session.ts';
import { loadConfig } from '../../src/infra/config.ts';
import { openDatabase } from '../../src/infra/database/open.ts';
import type { IngestJob } from '../../src/infra/database/ingest-jobs-types.ts';
import type { Database } from '../../src/infra/database/types.ts';
import { axeViolations, launchBrowser, newContext, saveScreenshot } from '../helpers/browser.ts';
import { scrollsSideways } from '../helpers/pages.ts';
import { startSiteServer, type SiteServer } from '../helpers/portal.ts';
import { runScript } from '../helpers/run-cli.ts';
import { startServer } from '../helpers/http-server.ts';
import { submit } from '../helpers/submit.ts';
import { makeTempDir, type TempDir } from '../helpers/temp.ts';
import { plantedRow } from '../helpers/planted.ts';

/**
 * Ingest jobs from the admin area end to end, on a server, store and index of their own with
 * one KIPP file published by the CLI: an administrator uploads the sample's KIPP 2019 file to
 * check only, watches its progress and reads its report with its planted rejection; then
 * publishes an IGA file, whose innovations become searchable, while searches sent throughout
 * both jobs all answer. Signed out, as an agency or cross-site, the routes refuse.
 */
const INDEX = 'ingest-job-check';
const ADMIN_TOKEN = 'ingest-e2e-token-0123456789abcdef';

let browser: Browser;
let client: Meilisearch;
let server: SiteServer;
let data: TempDir;
let store: Database;

beforeAll(async () => {
  browser = await launchBrowser();
  client = new Meilisearch({ host: inject('meiliUrl'), apiKey: inject('masterKey') });
  data = await makeTempDir('ingest-jobs-e2e');
  const env = {
    DATA_DIR: data.path,
    MEILI_URL: inject('meiliUrl'),
    MEILI_MASTER_KEY: inject('masterKey'),
    MEILI_INDEX: INDEX,
  };
  const ingest = await runScript(
    'ingest/cli.ts',
    ['kipp', 'data/samples/kipp/kipp-2017.xlsx'],
    env,
  );
  expect(ingest.code, ingest.stderr).toBe(0);
  server = await startSiteServer({
    meiliUrl: inject('meiliUrl'),
    masterKey: inject('masterKey'),
    dataDir: data.path,
    indexUid: INDEX,
    env: {
      ADMIN_TOKEN,
      INGEST_JOB_POLL_MS: '200',
      RATE_LIMIT_READS: '100000',
      RATE_LIMIT_PAGES: '100000',
    },
  });
  store = await openDatabase(loadConfig(env));
}, 300_000);

afterAll(async () => {
  await browser.close();
  await server.stop();
  await store.close();
  await client.deleteIndex(INDEX).waitTask({ timeout: 60_000 });
  await data.remove();
});

/** Searches sent one after another until stopped: how many answered 2xx, how many did not. */
function searchAllAlong(): { stop: () => Promise<{ ok: number; failed: string[] }> } {
  const state = { running: true };
  const failed: string[] = [];
  let ok = 0;
  const paths = ['/api/search?q=layanan', '/cari?q=kesehatan', '/api/search?program=iga'];
  const loop = (async () => {
    for (let turn = 0; state.running; turn++) {
      const path = paths[turn % paths.length] ?? '/';
      try {
        const answer = await fetch(`${server.url}${path}`);
        await answer.arrayBuffer();
        if (answer.ok) ok += 1;
        else failed.push(`${path}: ${String(answer.status)}`);
      } catch (error) {
        failed.push(`${path}: ${String(error)}`);
      }
      await sleep(50);
    }
  })();
  return {
    async stop() {
      state.running = false;
      await loop;
      return { ok, failed };
    },
  };
}

async function adminPage(width = 1280): Promise<Page> {
  const page = await (await newContext(browser, { width })).newPage();
  await page.goto(`${server.url}/admin/masuk`);
  await page.locator('#token').fill(ADMIN_TOKEN);
  expect(await submit(page, page.locator('form.login button'))).toBe(303);
  return page;
}

async function igaTotal(): Promise<number> {
  const answer = await fetch(`${server.url}/api/search?program=iga`);
  return ((await answer.json()) as { total: number }).total;
}

/** Keeps, across the reload at the end of a job, every status and count its page showed. */
async function recordWhatIsShown(page: Page): Promise<void> {
  await page.evaluate(() => {
    const keep = () => {
      const seen = JSON.parse(sessionStorage.getItem('seen') ?? '[]') as string[];
      for (const element of document.querySelectorAll('[data-status], [data-counts]')) {
        seen.push(element.textContent.trim());
      }
      sessionStorage.setItem('seen', JSON.stringify(seen));
    };
    keep();
    new MutationObserver(keep).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
}

describe('ingest jobs in the admin area', () => {
  let checkedJob = '';

  it('checks the KIPP 2019 file: its progress, then its report with the planted rejection', async () => {
    const searches = searchAllAlong();
    const page = await adminPage();
    await page.getByRole('link', { name: 'Muat data' }).click();
    await expect(page.locator('h1').innerText()).resolves.toBe('Muat data');
    // The CLI holds the lease a moment: the job waits, and its page says so.
    const cli = 'cli on e2e pid 1 #e2e000';
    const now = Date.now();
    await store.takeIngestLease(
      cli,
      new Date(now).toISOString(),
      new Date(now + 60_000).toISOString(),
    );
    await page.locator('#job-programme').selectOption('kipp');
    await page.locator('#job-files').setInputFiles('data/samples/kipp/kipp-2019.xlsx');
    await page.getByRole('radio', { name: /^Periksa saja/ }).check();
    expect(await submit(page, page.getByRole('button', { name: 'Mulai tugas' }))).toBe(303);
    checkedJob = new URL(page.url()).pathname;
    expect(checkedJob).toMatch(/^\/admin\/pemuatan\/tugas\/\d+$/);
    const progress = page.locator('[data-job-progress]');
    await expect(progress.innerText()).resolves.toContain(
      'pemuatan lain sedang berjalan (cli on e2e',
    );
    await expect(progress.locator('[data-file="0"]').innerText()).resolves.toContain(
      'kipp-2019.xlsx',
    );
    await expect(page.locator('[data-status]').innerText()).resolves.toBe('Menunggu giliran');
    await saveScreenshot(page, 'admin-ingest-job-waiting-1280');
    await recordWhatIsShown(page);
    // Without script, the page reloads itself until the job has ended.
    const plain = await (await newContext(browser, { javaScript: false })).newPage();
    await plain.context().addCookies(await page.context().cookies());
    await plain.goto(`${server.url}${checkedJob}`);
    await expect(plain.locator('meta[http-equiv="refresh"]').count()).resolves.toBe(1);
    await store.releaseIngestLease(cli);

    // The page follows the job's events, then loads again with its report.
    await page.locator('[data-ending]').waitFor({ timeout: 120_000 });
    await expect(page.locator('[data-ending]').innerText()).resolves.toBe(
      'Selesai diperiksa: tidak ada yang diterbitkan.',
    );
    const seen = await page.evaluate(() => sessionStorage.getItem('seen') ?? '[]');
    expect(JSON.parse(seen)).toContain('Berjalan');
    await plain.locator('[data-ending]').waitFor({ timeout: 30_000 });
    await expect(plain.locator('meta[http-equiv="refresh"]').count()).resolves.toBe(0);
    await plain.context().close();
    const rejected = page.locator('[data-issues="rejected"] tbody tr');
    await expect(rejected.count()).resolves.toBe(1);
    await expect(rejected.innerText()).resolves.toMatch(
      new RegExp(
        `kipp-2019\\.xlsx\\s+${String(plantedRow('kipp/kipp-2019.xlsx'))}\\s+Tahun\\s+"20019" bukan tahun`,
      ),
    );
    await expect(page.locator('[data-issues="warnings"] tbody tr').count()).resolves.toBe(1);
    const csv = page.getByRole('link', { name: 'CSV' });
    const cookies = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const report = await fetch(`${server.url}${(await csv.getAttribute('href')) ?? ''}`, {
      headers: { cookie: cookies },
    });
    expect(await report.text()).toContain(
      `ditolak,kipp-2019.xlsx,,${String(plantedRow('kipp/kipp-2019.xlsx'))},Tahun,"""20019"" bukan tahun"`,
    );
    expect(await scrollsSideways(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'admin-ingest-report-1280');
    await page.goto(`${server.url}/en/admin/ingest/jobs/${checkedJob.split('/').at(-1) ?? ''}`);
    await expect(page.locator('[data-issues="rejected"] tbody tr').innerText()).resolves.toContain(
      '"20019" is not a year',
    );
    await page.context().close();
    const { ok, failed } = await searches.stop();
    console.info(
      `searches during the KIPP check: ${String(ok)} answered, ${String(failed.length)} failed`,
    );
    expect(failed).toEqual([]);
    expect(ok).toBeGreaterThan(10);
  }, 240_000);

  it('publishes an IGA file: its innovations become searchable, and searches never fail', async () => {
    expect(await igaTotal()).toBe(0);
    const searches = searchAllAlong();
    const page = await adminPage();
    await page.goto(`${server.url}/admin/pemuatan/baru`);
    await page.locator('#job-programme').selectOption('iga');
    await page.locator('#job-files').setInputFiles('data/samples/iga/iga-2018-2019.json');
    await page.getByRole('radio', { name: 'Terbitkan', exact: true }).check();
    expect(await submit(page, page.getByRole('button', { name: 'Mulai tugas' }))).toBe(303);
    await page.locator('[data-ending]').waitFor({ timeout: 180_000 });
    await expect(page.locator('[data-ending]').innerText()).resolves.toBe(
      'Selesai: data diterbitkan.',
    );
    await expect(page.locator('[data-issues="rejected"] tbody tr').innerText()).resolves.toMatch(
      new RegExp(
        `iga-2018-2019\\.json\\s+${String(plantedRow('iga/iga-2018-2019.json'))}\\s+nama_inovasi\\s+kosong, padahal wajib diisi`,
      ),
    );
    const { ok, failed } = await searches.stop();
    console.info(
      `searches during the IGA publish: ${String(ok)} answered, ${String(failed.length)} failed`,
    );
    expect(failed).toEqual([]);
    expect(ok).toBeGreaterThan(10);
    expect(await igaTotal()).toBeGreaterThan(100);
    // The file's first innovation (an acronym the sample holds nowhere else) is found by it.
    const found = await fetch(`${server.url}/api/search?q=GENELS`);
    const hits = ((await found.json()) as { hits: { title: { text: string }[] }[] }).hits;
    const titles = hits.map((hit) => hit.title.map((segment) => segment.text).join(''));
    expect(titles).toEqual(expect.arrayContaining([expect.stringContaining('GENELS')]));
    // Who started it, in the history.
    await page.goto(`${server.url}/admin/pemuatan`);
    await expect(page.locator('tbody tr').first().innerText()).resolves.toContain('admin-token');
    await page.context().close();
  }, 300_000);

  it('fits a phone and a laptop, and passes axe', async () => {
    for (const width of [360, 1280]) {
      const page = await adminPage(width);
      await page.goto(`${server.url}/admin/pemuatan/baru`);
      await saveScreenshot(page, `admin-ingest-new-${String(width)}`);
      expect(await scrollsSideways(page)).toBe(false);
      expect(await axeViolations(page)).toEqual([]);
      await page.goto(`${server.url}${checkedJob}`);
      await saveScreenshot(page, `admin-ingest-job-${String(width)}`);
      expect(await scrollsSideways(page)).toBe(false);
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    }
  }, 120_000);

  it('refuses the signed out, an agency and a cross-site post', async () => {
    const jobs = (await store.ingestJobs(100)).length;
    const signedOut = await fetch(`${server.url}/admin/pemuatan/baru`, { redirect: 'manual' });
    expect([signedOut.status, signedOut.headers.get('location')]).toEqual([303, '/admin/masuk']);
    const events = await fetch(`${server.url}${checkedJob}/progres`);
    expect(events.status).toBe(401);
    const account = await store.createAccount({
      email: 'dinkes@padang.go.id',
      role: 'agency',
      agency: 'Dinas Kesehatan Kota Padang',
      agencyKey: 'dinas-kesehatan-kota-padang',
      invitedBy: 'admin-token',
      now: new Date().toISOString(),
    });
    const agency =
      (await startSession(store, new Request(server.url), account)).split(';')[0] ?? '';
    const form = () => {
      const body = new FormData();
      body.set('program', 'kipp');
      body.set('mode', 'terbitkan');
      body.set('berkas', new Blob(['No,Tahun\n1,2019\n']), 'a.csv');
      return body;
    };
    const asAgency = await fetch(`${server.url}/admin/pemuatan/baru`, {
      method: 'POST',
      body: form(),
      headers: { cookie: agency },
      redirect: 'manual',
    });
    expect([asAgency.status, asAgency.headers.get('location')]).toEqual([303, '/admin/masuk']);
    const page = await adminPage();
    const admin = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    await page.context().close();
    const crossSite = await fetch(`${server.url}/admin/pemuatan/baru`, {
      method: 'POST',
      body: form(),
      headers: { cookie: admin, origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
      redirect: 'manual',
    });
    expect(crossSite.status).toBe(403);
    expect((await store.ingestJobs(100)).length).toBe(jobs);
  });
});

describe('harvest sources', () => {
  it('are saved in the admin area, harvested, and a failing one shows its last error', async () => {
    const pages = await Promise.all(
      [1, 2, 3, 4].map((page) => readFile(`data/samples/inolan/page-${String(page)}.json`, 'utf8')),
    );
    const inolan = await startServer((url) => {
      if (url.pathname === '/rusak') return { status: 200, body: '<html>maintenance</html>' };
      const page = Number(url.searchParams.get('page') ?? '1');
      return { status: 200, body: pages[page - 1] ?? '{"data": []}' };
    });
    try {
      const page = await adminPage();
      await page.goto(`${server.url}/admin/pemuatan/baru`);
      await page.getByRole('link', { name: 'Panen terjadwal dari alamat API InoLAN' }).click();
      await expect(page.locator('h1').innerText()).resolves.toBe('Panen terjadwal');
      for (const [path, schedule] of [
        ['/api/inovasi', 'weekly'],
        ['/rusak', 'daily'],
      ] as const) {
        await page.locator('#harvest-url').fill(`${inolan.origin}${path}`);
        await page.locator('#harvest-schedule').selectOption(schedule);
        expect(await submit(page, page.getByRole('button', { name: 'Simpan sumber' }))).toBe(303);
      }
      const sources = page.locator('[data-source]');
      await expect(sources.count()).resolves.toBe(2);
      const deadline = Date.now() + 120_000;
      while ((await store.harvestSources()).some((source) => source.lastRunAt === undefined)) {
        if (Date.now() > deadline) throw new Error('the harvests did not run');
        await sleep(250);
      }
      await page.reload();
      await expect(sources.nth(0).locator('[data-last]').innerText()).resolves.toContain(
        'Berhasil',
      );
      await expect(sources.nth(1).locator('[data-last]').innerText()).resolves.toContain(
        'Gagal: halaman 1: halaman ini bukan JSON yang sah',
      );
      await page.context().close();
      for (const width of [360, 1280]) {
        const view = await adminPage(width);
        await view.goto(`${server.url}/admin/pemuatan/panen`);
        await saveScreenshot(view, `admin-ingest-harvests-${String(width)}`);
        expect(await scrollsSideways(view)).toBe(false);
        expect(await axeViolations(view)).toEqual([]);
        await view.context().close();
      }
    } finally {
      await inolan.close();
    }
  }, 240_000);
});

describe('a site process killed under a job', () => {
  it('has it failed as cut short by the restarted server, which goes on with the queue', async () => {
    const dir = await makeTempDir('ingest-jobs-restart');
    const index = 'ingest-job-restart';
    const start = (extra: Record<string, string>) =>
      startSiteServer({
        meiliUrl: inject('meiliUrl'),
        masterKey: inject('masterKey'),
        dataDir: dir.path,
        indexUid: index,
        env: { ADMIN_TOKEN, INGEST_JOB_POLL_MS: '200', INGEST_LEASE_S: '3', ...extra },
      });
    const first = await start({ INGEST_PAUSE_AT: 'merging' });
    const jobs = await openDatabase(loadConfig({ DATA_DIR: dir.path }));
    try {
      const cookie = await adminCookie(first.url);
      const xlsx = await readFile('data/samples/kipp/kipp-2019.xlsx');
      const cut = await upload(first.url, cookie, { program: 'kipp', mode: 'terbitkan' }, xlsx);
      const waiting = await upload(first.url, cookie, { program: 'kipp', mode: 'periksa' }, xlsx);
      await waitForJob(jobs, cut, (job) => job.progress?.stage === 'merging');
      await first.kill('SIGKILL');
      const second = await start({});
      try {
        const failed = await waitForJob(jobs, cut, (job) => job.status === 'failed');
        expect(failed.error).toBe('cut short: the site process running it stopped');
        const done = await waitForJob(jobs, waiting, (job) => job.status === 'done');
        const run = await jobs.ingestRun(failed.runId ?? 0);
        expect(run).toMatchObject({ status: 'failed', published: false });
        expect(run?.error).toMatch(/^cut short during merging/);
        expect(await jobs.ingestRun(done.runId ?? 0)).toMatchObject({ status: 'ok', dryRun: true });
        const left = await readdir(dir.path);
        expect(left.filter((name) => name.startsWith('work-'))).toEqual([]);
        expect(await readdir(join(dir.path, 'uploads')).catch(() => [])).toEqual([]);
      } finally {
        await second.stop();
      }
    } finally {
      await first.stop().catch(() => undefined);
      await jobs.close();
      await client.deleteIndexIfExists(index);
      await dir.remove();
    }
  }, 240_000);
});

// --- internal ---

/** An administrator's session cookie, by the login form. */
async function adminCookie(url: string): Promise<string> {
  const answer = await fetch(`${url}/admin/masuk`, {
    method: 'POST',
    body: new URLSearchParams({ token: ADMIN_TOKEN }),
    redirect: 'manual',
  });
  expect(answer.status).toBe(303);
  return (answer.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

/** Starts a job through the form; its id. */
async function upload(
  url: string,
  cookie: string,
  fields: Record<string, string>,
  bytes: Uint8Array,
): Promise<number> {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.set(name, value);
  body.set('berkas', new Blob([new Uint8Array(bytes)]), 'kipp-2019.xlsx');
  const answer = await fetch(`${url}/admin/pemuatan/baru`, {
    method: 'POST',
    body,
    headers: { cookie },
    redirect: 'manual',
  });
  expect(answer.status).toBe(303);
  return Number(/(\d+)$/.exec(answer.headers.get('location') ?? '')?.[1]);
}

async function waitForJob(
  jobs: Database,
  id: number,
  done: (job: IngestJob) => boolean,
): Promise<IngestJob> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const job = await jobs.ingestJob(id);
    if (job !== undefined && done(job)) return job;
    if (Date.now() > deadline) throw new Error(`job ${String(id)}: ${JSON.stringify(job)}`);
    await sleep(200);
  }
}
