import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plantedRow } from '../../helpers/planted.ts';
import { startIngestJobs } from '../../../ingest/jobs/worker.ts';
import { startSession } from '../../../src/features/accounts/session.ts';
import { jobEventsEndpoint } from '../../../src/features/admin/ingest-jobs/events.ts';
import { jobRoute } from '../../../src/features/admin/ingest-jobs/job-route.ts';
import { harvestsRoute } from '../../../src/features/admin/ingest-jobs/harvest-route.ts';
import { newJobRoute } from '../../../src/features/admin/ingest-jobs/new-route.ts';
import { runReportEndpoint } from '../../../src/features/admin/ingest-jobs/report-files.ts';
import { loadConfig, type Config } from '../../../src/infra/config.ts';
import type { IngestJob } from '../../../src/infra/database/ingest-jobs-types.ts';
import type { Database } from '../../../src/infra/database/types.ts';
import { startServer } from '../../helpers/http-server.ts';
import { INDEX } from '../../helpers/ingest-into.ts';
import { startTestMeili, type TestMeili } from '../../helpers/meili.ts';
import { makeTempDir, type TempDir } from '../../helpers/temp.ts';
import { testPortal } from '../../helpers/test-portal.ts';

/*
 * The admin area's ingest jobs on a real store and Meilisearch: the upload form refuses what it
 * must (signed out, as an agency, cross-site, a missing programme, a file of the wrong kind by
 * its content, an upload over the limit), the job page and its event stream and downloads are
 * an administrator's only, and the site process's worker runs jobs under the ingest lease:
 * after a CLI run releases it, cancelled where it waits, and after a process died under one.
 */
const origin = 'http://portal.test';
const LIMIT = 300_000;
let meili: TestMeili;
let dir: TempDir;
let config: Config;
let portal: ReturnType<typeof testPortal>;
let store: Database;
let admin = '';
let agency = '';

beforeAll(async () => {
  [meili, dir] = await Promise.all([startTestMeili(), makeTempDir('ingest-jobs')]);
  config = loadConfig({
    MEILI_URL: meili.url,
    MEILI_MASTER_KEY: meili.masterKey,
    MEILI_INDEX: INDEX,
    DATA_DIR: dir.path,
    INGEST_UPLOAD_MAX_BYTES: String(LIMIT),
    INGEST_JOB_POLL_MS: '100',
    INGEST_LEASE_S: '3',
  });
  portal = testPortal(config);
  store = await portal.database();
  admin = await cookieOf('admin');
  agency = await cookieOf('agency');
}, 120_000);

afterAll(async () => {
  await portal.close();
  await meili.stop();
  await dir.remove();
});

async function cookieOf(role: 'admin' | 'agency'): Promise<string> {
  const account = await store.createAccount({
    email: `${role}@kemenpan.go.id`,
    role,
    agency: role === 'agency' ? 'Dinas Kesehatan Kota Padang' : undefined,
    agencyKey: role === 'agency' ? 'dinas-kesehatan-kota-padang' : undefined,
    invitedBy: 'admin-token',
    now: new Date().toISOString(),
  });
  const cookie = await startSession(store, new Request(`${origin}/`), account);
  return cookie.split(';')[0] ?? '';
}

interface Sent {
  method?: string;
  body?: FormData | string;
  cookie?: string;
  headers?: Record<string, string>;
}

/** A request as a browser sends it; a form's multipart body encoded whole, as it comes off a socket. */
async function requestOf(path: string, sent: Sent): Promise<Request> {
  const headers = new Headers(sent.headers);
  if (sent.cookie !== undefined) headers.set('cookie', sent.cookie);
  let body: ArrayBuffer | string | undefined;
  if (typeof sent.body === 'string') {
    headers.set('content-type', 'application/x-www-form-urlencoded');
    body = sent.body;
  } else if (sent.body !== undefined) {
    const encoded = new Response(sent.body);
    headers.set('content-type', encoded.headers.get('content-type') ?? '');
    body = await encoded.arrayBuffer();
  }
  return new Request(new URL(path, origin), {
    method: sent.method ?? (sent.body === undefined ? 'GET' : 'POST'),
    headers,
    ...(body !== undefined && { body }),
  });
}

/** The new-job page as the site hands it a request: its status and where it sends. */
async function newJob(sent: Sent, locale: 'id' | 'en' = 'id') {
  const request = await requestOf(
    locale === 'id' ? '/admin/pemuatan/baru' : '/en/admin/ingest/new',
    sent,
  );
  const response = { status: undefined as number | undefined, headers: new Headers() };
  const route = await newJobRoute(
    portal,
    { request, clientAddress: '127.0.0.1', response },
    locale,
  );
  return route.kind === 'response'
    ? { status: route.response.status, location: route.response.headers.get('location') }
    : { status: response.status ?? 200, page: route };
}

async function jobPage(id: number, sent: Sent = { cookie: admin }) {
  const request = await requestOf(`/admin/pemuatan/tugas/${String(id)}`, sent);
  const response = { status: undefined as number | undefined, headers: new Headers() };
  const route = await jobRoute(
    portal,
    { request, clientAddress: '127.0.0.1', response },
    'id',
    String(id),
  );
  return route.kind === 'response'
    ? { status: route.response.status, location: route.response.headers.get('location') }
    : { status: response.status ?? 200, page: route };
}

function form(fields: Record<string, string>, files: [string, Uint8Array][] = []): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  for (const [name, bytes] of files) data.append('berkas', new Blob([new Uint8Array(bytes)]), name);
  return data;
}

const kipp2019 = () => readFile('data/samples/kipp/kipp-2019.xlsx');

/** Queues a job through the form as an administrator; its id. */
async function started(
  program: string,
  mode: 'periksa' | 'terbitkan',
  name: string,
  bytes: Uint8Array,
): Promise<number> {
  const created = await newJob({ body: form({ program, mode }, [[name, bytes]]), cookie: admin });
  expect(created.status).toBe(303);
  return Number(/(\d+)$/.exec(created.location ?? '')?.[1]);
}
const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

async function jobCount(): Promise<number> {
  return (await store.ingestJobs(1000)).length;
}

async function until(job: number, done: (found: IngestJob) => boolean, ms = 90_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const found = await store.ingestJob(job);
    if (found !== undefined && done(found)) return found;
    if (Date.now() > deadline) throw new Error(`job ${String(job)}: ${JSON.stringify(found)}`);
    await sleep(100);
  }
}

describe('the new-job page', () => {
  it('sends the signed out and agencies to the login page, and creates nothing for them', async () => {
    const before = await jobCount();
    const body = () => form({ program: 'kipp', mode: 'periksa' }, [['a.csv', png]]);
    expect(await newJob({})).toEqual({ status: 303, location: '/admin/masuk' });
    expect(await newJob({ body: body() })).toEqual({ status: 303, location: '/admin/masuk' });
    expect(await newJob({ body: body(), cookie: agency })).toEqual({
      status: 303,
      location: '/admin/masuk',
    });
    expect(await newJob({ cookie: agency }, 'en')).toEqual({
      status: 303,
      location: '/en/admin/masuk',
    });
    expect(await jobCount()).toBe(before);
  });

  it('refuses a cross-site post, a missing programme, a file of the wrong kind and too much', async () => {
    const before = await jobCount();
    const xlsx = await kipp2019();
    const crossSite = await newJob({
      body: form({ program: 'kipp', mode: 'periksa' }, [['k.xlsx', xlsx]]),
      cookie: admin,
      headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    });
    expect(crossSite.status).toBe(403);
    const missing = await newJob({
      body: form({ mode: 'periksa' }, [['k.xlsx', xlsx]]),
      cookie: admin,
    });
    expect(missing.status).toBe(400);
    expect(missing.page?.fields).toEqual({ program: 'ingest.error.programme' });
    const disguised = await newJob({
      body: form({ program: 'kipp', mode: 'periksa' }, [['kipp-2019.xlsx', png]]),
      cookie: admin,
    });
    expect(disguised.status).toBe(415);
    expect(disguised.page?.notice).toEqual({
      message: 'ingest.error.unknownType',
      values: { name: 'kipp-2019.xlsx' },
    });
    const wrongProgramme = await newJob({
      body: form({ program: 'iga', mode: 'periksa' }, [['iga.json', xlsx]]),
      cookie: admin,
    });
    expect(wrongProgramme.status).toBe(415);
    const tooLarge = await newJob({
      body: form({ program: 'kipp', mode: 'periksa' }, [
        ['big.csv', new Uint8Array(LIMIT + 70_000).fill(0x61)],
      ]),
      cookie: admin,
    });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.page?.notice).toEqual({
      message: 'ingest.error.tooLarge',
      values: { size: '0,3 MB' },
    });
    const notMultipart = await newJob({ body: 'program=kipp&mode=periksa', cookie: admin });
    expect(notMultipart.status).toBe(415);
    expect(await jobCount()).toBe(before);
  });
});

describe('a job', () => {
  let id = 0;

  it('is queued by an administrator with its bytes, and shown to administrators only', async () => {
    const xlsx = await kipp2019();
    // The CLI holds the lease: the job waits its turn.
    const cli = 'cli on test pid 1 #000001';
    const now = Date.now();
    const iso = (ms: number) => new Date(ms).toISOString();
    expect(await store.takeIngestLease(cli, iso(now), iso(now + 120_000))).toEqual({ taken: true });
    const created = await newJob({
      body: form({ program: 'kipp', mode: 'periksa', url: '' }, [['kipp-2019.xlsx', xlsx]]),
      cookie: admin,
    });
    expect(created.status).toBe(303);
    id = Number(/\/admin\/pemuatan\/tugas\/(\d+)$/.exec(created.location ?? '')?.[1]);
    const job = await store.ingestJob(id);
    expect(job).toMatchObject({
      status: 'queued',
      programme: 'kipp',
      dryRun: true,
      createdBy: 'admin@kemenpan.go.id',
      files: [{ name: 'kipp-2019.xlsx', type: 'xlsx', size: xlsx.byteLength }],
    });
    expect(await jobPage(id, {})).toEqual({ status: 303, location: '/admin/masuk' });
    expect(await jobPage(id, { cookie: agency })).toEqual({
      status: 303,
      location: '/admin/masuk',
    });
    const shown = await jobPage(id);
    expect(shown.page?.progress).toMatchObject({
      status: 'queued',
      cancellable: true,
      files: [{ name: 'kipp-2019.xlsx', percent: 0 }],
    });
    expect(shown.page?.view.busy?.holder).toBe(cli);

    const jobs = startIngestJobs({ config, database: portal.database, log: portal.log });
    try {
      await sleep(1500);
      expect((await store.ingestJob(id))?.status).toBe('queued');
      await store.releaseIngestLease(cli);
      const done = await until(id, (found) => found.status === 'done');
      expect(done.progress?.files).toEqual([
        {
          name: 'kipp-2019.xlsx',
          fraction: 1,
          done: true,
          read: 210,
          accepted: 209,
          rejected: 1,
          warnings: 1,
        },
      ]);
    } finally {
      await jobs.stop();
    }
  }, 120_000);

  it('is in the history with who started it, its report read in the page language', async () => {
    const shown = await jobPage(id);
    const view = shown.page?.view;
    expect(view?.run).toMatchObject({
      status: 'ok',
      dryRun: true,
      startedBy: 'admin@kemenpan.go.id',
      inputs: ['kipp-2019.xlsx'],
    });
    expect(view?.report?.rejected).toEqual([
      {
        file: 'kipp-2019.xlsx',
        row: plantedRow('kipp/kipp-2019.xlsx'),
        field: 'Tahun',
        reason: '"20019" is not a year',
      },
    ]);
    expect(shown.page?.progress).toMatchObject({ status: 'done', ended: true, cancellable: false });
    // Its bytes are gone from the store once it ended; its file's name stays.
    const parts: Uint8Array[] = [];
    for await (const part of store.ingestJobFile(id, 0)) parts.push(part);
    expect(parts).toEqual([]);
  });

  it('offers its report as JSON and CSV to administrators only', async () => {
    const runId = (await store.ingestJob(id))?.runId ?? 0;
    const download = async (format: 'json' | 'csv', cookie?: string, locale = '') => {
      const url = new URL(`${locale}/admin/pemuatan/${String(runId)}/laporan.${format}`, origin);
      const headers = new Headers(cookie === undefined ? {} : { cookie });
      return runReportEndpoint(format)(
        {
          request: new Request(url, { headers }),
          url,
          params: { id: String(runId) },
          clientAddress: '127.0.0.1',
        },
        portal,
      );
    };
    expect((await download('json')).status).toBe(401);
    expect((await download('csv', agency)).status).toBe(401);
    const json = await download('json', admin);
    expect(json.headers.get('content-disposition')).toContain(`pemuatan-${String(runId)}.json`);
    const report = (await json.json()) as { rejected: { reason: string; message: string }[] };
    expect(report.rejected).toEqual([
      expect.objectContaining({ reason: '"20019" is not a year', message: '"20019" bukan tahun' }),
    ]);
    const csvBytes = new Uint8Array(await (await download('csv', admin)).arrayBuffer());
    // The byte-order mark first, so a spreadsheet reads UTF-8.
    expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder().decode(csvBytes);
    expect(csv.split('\r\n').slice(0, 2)).toEqual([
      'jenis,berkas,halaman,baris,kolom,alasan',
      `ditolak,kipp-2019.xlsx,,${String(plantedRow('kipp/kipp-2019.xlsx'))},Tahun,"""20019"" bukan tahun"`,
    ]);
    const english = await (await download('csv', admin, '/en')).text();
    expect(english).toContain(
      `rejected,kipp-2019.xlsx,,${String(plantedRow('kipp/kipp-2019.xlsx'))},Tahun,"""20019"" is not a year"`,
    );
  });

  it('streams its progress to administrators only', async () => {
    const events = async (cookie?: string) => {
      const url = new URL(`/admin/pemuatan/tugas/${String(id)}/progres`, origin);
      const headers = new Headers(cookie === undefined ? {} : { cookie });
      return jobEventsEndpoint(
        {
          request: new Request(url, { headers }),
          url,
          params: { id: String(id) },
          clientAddress: '127.0.0.1',
        },
        portal,
      );
    };
    expect((await events()).status).toBe(401);
    expect((await events(agency)).status).toBe(401);
    const answer = await events(admin);
    expect(answer.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(answer.headers.get('cache-control')).toBe('no-store, no-transform');
    const text = await answer.text();
    expect(text).toMatch(
      /^retry: 2000\n\nevent: progress\ndata: \{"status":"done","statusText":"Selesai"/,
    );
    expect(text).toMatch(/event: end\ndata: done\n\n$/);
  });
});

describe('an InoLAN address', () => {
  it('is paged from the address, under its URL in the report', async () => {
    const pages = await Promise.all(
      [1, 2, 3, 4].map((page) => readFile(`data/samples/inolan/page-${String(page)}.json`, 'utf8')),
    );
    const inolan = await startServer((url) => {
      const page = Number(url.searchParams.get('page') ?? '1');
      return { status: 200, body: pages[page - 1] ?? '{"data": []}' };
    });
    try {
      const url = `${inolan.origin}/api/inovasi`;
      const created = await newJob({
        body: form({ program: 'inolan', mode: 'periksa', url }),
        cookie: admin,
      });
      expect(created.status).toBe(303);
      const id = Number(/(\d+)$/.exec(created.location ?? '')?.[1]);
      const jobs = startIngestJobs({ config, database: portal.database, log: portal.log });
      try {
        const done = await until(id, (found) => found.status === 'done');
        expect(done.progress?.files).toMatchObject([
          { name: url, done: true, read: 363, accepted: 361, rejected: 2 },
        ]);
      } finally {
        await jobs.stop();
      }
      const view = (await jobPage(id)).page?.view;
      expect(view?.run?.inputs).toEqual([url]);
      expect(view?.report?.rejected.map((issue) => [issue.file, issue.page, issue.row])).toEqual([
        [url, 2, plantedRow('inolan/page-2.json')],
        [url, 3, plantedRow('inolan/page-3.json')],
      ]);
      expect(inolan.requests.slice(0, 2)).toEqual(['/api/inovasi?page=1', '/api/inovasi?page=2']);
    } finally {
      await inolan.close();
    }
  }, 120_000);
});

describe('cancelling', () => {
  it('cancels a queued job at once; a cross-site cancel is refused', async () => {
    const created = await newJob({
      body: form({ program: 'kipp', mode: 'terbitkan' }, [['k.xlsx', await kipp2019()]]),
      cookie: admin,
    });
    const id = Number(/(\d+)$/.exec(created.location ?? '')?.[1]);
    const crossSite = await jobPage(id, {
      body: 'aksi=batal',
      cookie: admin,
      headers: { origin: 'https://evil.example' },
    });
    expect(crossSite.status).toBe(403);
    expect(await jobPage(id, { body: 'aksi=batal', cookie: agency })).toEqual({
      status: 303,
      location: '/admin/masuk',
    });
    expect((await store.ingestJob(id))?.status).toBe('queued');
    expect(await jobPage(id, { body: 'aksi=batal', cookie: admin })).toEqual({
      status: 303,
      location: `/admin/pemuatan/tugas/${String(id)}`,
    });
    expect(await store.ingestJob(id)).toMatchObject({
      status: 'cancelled',
      cancelledBy: 'admin@kemenpan.go.id',
    });
  });

  it('publishes, then stops a running job before it goes live: the live index keeps what it had', async () => {
    const count = async () => (await meili.client.index(INDEX).getStats()).numberOfDocuments;
    const builds = async () =>
      (await meili.client.getIndexes({ limit: 100 })).results
        .map((index) => index.uid)
        .filter((uid) => uid.startsWith(`${INDEX}__build_`));
    const published = await started('kipp', 'terbitkan', 'kipp-2019.xlsx', await kipp2019());
    const jobs = startIngestJobs({ config, database: portal.database, log: portal.log });
    try {
      const done = await until(published, (found) => found.status === 'done');
      expect(await store.ingestRun(done.runId ?? 0)).toMatchObject({
        status: 'ok',
        published: true,
      });
    } finally {
      await jobs.stop();
    }
    const live = await count();
    expect(live).toBeGreaterThan(100);

    // Paused as it builds a new index (as a test can make a run wait), then cancelled.
    const paused = { ...config, INGEST_PAUSE_AT: 'building' as const };
    const iga = await readFile('data/samples/iga/iga-2018-2019.json');
    const id = await started('iga', 'terbitkan', 'iga-2018-2019.json', iga);
    const pausedJobs = startIngestJobs({
      config: paused,
      database: portal.database,
      log: portal.log,
    });
    try {
      await until(id, (found) => found.progress?.stage === 'building');
      expect(await builds()).toHaveLength(1);
      expect((await jobPage(id)).page?.progress.cancellable).toBe(true);
      await jobPage(id, { body: 'aksi=batal', cookie: admin });
      const cancelled = await until(id, (found) => found.status === 'cancelled');
      expect(cancelled.error).toBe('cancelled by admin@kemenpan.go.id');
      const run = await store.ingestRun(cancelled.runId ?? 0);
      expect(run).toMatchObject({ status: 'failed', published: false, stage: 'building' });
      expect(run?.error).toBe('cancelled by admin@kemenpan.go.id');
    } finally {
      await pausedJobs.stop();
    }
    expect(await builds()).toEqual([]);
    expect(await count()).toBe(live);
  }, 180_000);
});

describe('a site process that died under a job', () => {
  it('has its job failed as cut short by the next holder of the lease, and the queue kept', async () => {
    const xlsx = await kipp2019();
    const cut = await started('kipp', 'periksa', 'k.xlsx', xlsx);
    const waiting = await started('kipp', 'periksa', 'k.xlsx', xlsx);
    // A process took the lease and the job, then died: its lease ran out a moment ago.
    const dead = 'admin area on gone pid 9 #dead00';
    const past = Date.now() - 10_000;
    await store.takeIngestLease(
      dead,
      new Date(past).toISOString(),
      new Date(past + 1000).toISOString(),
    );
    expect((await store.claimIngestJob(dead, new Date(past).toISOString()))?.id).toBe(cut);
    const jobs = startIngestJobs({ config, database: portal.database, log: portal.log });
    try {
      expect(await until(cut, (found) => found.status === 'failed')).toMatchObject({
        error: 'cut short: the site process running it stopped',
      });
      expect(await until(waiting, (found) => found.status === 'done')).toMatchObject({
        status: 'done',
      });
    } finally {
      await jobs.stop();
    }
  }, 120_000);
});

/** The harvests page as the site hands it a request. */
async function harvests(sent: Sent) {
  const request = await requestOf('/admin/pemuatan/panen', sent);
  const response = { status: undefined as number | undefined, headers: new Headers() };
  const route = await harvestsRoute(
    portal,
    { request, clientAddress: '127.0.0.1', response },
    'id',
  );
  return route.kind === 'response'
    ? { status: route.response.status, location: route.response.headers.get('location') }
    : { status: response.status ?? 200, page: route };
}

describe('harvest sources', () => {
  it('are saved by administrators only, with an http(s) address, once each', async () => {
    const add = (url: string) =>
      new URLSearchParams({ aksi: 'tambah', url, jadwal: 'daily' }).toString();
    expect(await harvests({})).toEqual({ status: 303, location: '/admin/masuk' });
    expect(await harvests({ body: add('https://a.example/api'), cookie: agency })).toEqual({
      status: 303,
      location: '/admin/masuk',
    });
    const crossSite = await harvests({
      body: add('https://a.example/api'),
      cookie: admin,
      headers: { origin: 'https://evil.example' },
    });
    expect(crossSite.status).toBe(403);
    const bad = await harvests({ body: add('file:///etc/passwd'), cookie: admin });
    expect([bad.status, bad.page?.notice]).toEqual([400, 'ingest.error.url']);
    expect(await store.harvestSources()).toEqual([]);
  });

  it('are harvested once when due, among two site processes, and a failing one shows its error', async () => {
    const pages = await Promise.all(
      [1, 2, 3, 4].map((page) => readFile(`data/samples/inolan/page-${String(page)}.json`, 'utf8')),
    );
    const inolan = await startServer((url) => {
      if (url.pathname === '/rusak') return { status: 200, body: 'not json' };
      const page = Number(url.searchParams.get('page') ?? '1');
      return { status: 200, body: pages[page - 1] ?? '{"data": []}' };
    });
    const good = `${inolan.origin}/api/inovasi`;
    const broken = `${inolan.origin}/rusak`;
    try {
      for (const url of [good, broken]) {
        const saved = await harvests({
          body: new URLSearchParams({ aksi: 'tambah', url, jadwal: 'weekly' }).toString(),
          cookie: admin,
        });
        expect(saved).toEqual({ status: 303, location: '/admin/pemuatan/panen' });
      }
      const again = await harvests({
        body: new URLSearchParams({ aksi: 'tambah', url: good, jadwal: 'daily' }).toString(),
        cookie: admin,
      });
      expect([again.status, again.page?.notice]).toEqual([400, 'ingest.harvest.duplicate']);
      const workers = [1, 2].map(() =>
        startIngestJobs({ config, database: portal.database, log: portal.log }),
      );
      try {
        const [goodSource, brokenSource] = await store.harvestSources();
        const deadline = Date.now() + 90_000;
        while ((await store.harvestSources()).some((source) => source.lastRunAt === undefined)) {
          if (Date.now() > deadline) throw new Error('the harvests did not run');
          await sleep(200);
        }
        const harvested = (await store.ingestJobs(100)).filter(
          (job) => job.harvestId !== undefined,
        );
        expect(harvested.map((job) => [job.harvestId, job.url, job.status]).sort()).toEqual(
          [
            [goodSource?.id, good, 'done'],
            [brokenSource?.id, broken, 'done'],
          ].sort(),
        );
        const shown = await harvests({ cookie: admin });
        expect(shown.page?.sources).toMatchObject([
          { url: good, schedule: 'weekly', lastStatus: 'ok' },
          {
            url: broken,
            lastStatus: 'failed',
            lastError: 'page 1: the page is not valid JSON',
          },
        ]);
        const week = Date.now() + 6 * 24 * 60 * 60 * 1000;
        expect(Date.parse(shown.page?.sources[0]?.nextDueAt ?? '')).toBeGreaterThan(week);
        const run = await store.ingestRun(harvested[0]?.runId ?? 0);
        expect(run?.startedBy).toMatch(/^harvest #\d+$/);
      } finally {
        await Promise.all(workers.map((worker) => worker.stop()));
      }
      const removed = await harvests({
        body: new URLSearchParams({
          aksi: 'hapus',
          id: String((await store.harvestSources())[1]?.id),
        }).toString(),
        cookie: admin,
      });
      expect(removed.status).toBe(303);
      expect((await store.harvestSources()).map((source) => source.url)).toEqual([good]);
    } finally {
      await inolan.close();
    }
  }, 180_000);
});
