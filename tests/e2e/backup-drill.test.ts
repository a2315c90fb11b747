import { existsSync } from 'node:fs';
import { appendFile, cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settle } from '../../ingest/publish/tasks.ts';
import { loadConfig } from '../../src/infra/config.ts';
import { openDatabase } from '../../src/infra/database/open.ts';
import type { IngestRunRecord } from '../../src/infra/database/types.ts';
import { allIds, INDEX } from '../helpers/ingest-into.ts';
import { startTestMeili, type TestMeili } from '../helpers/meili.ts';
import { startSiteServer, type SiteServer } from '../helpers/portal.ts';
import { startTestPostgres, type TestPostgres } from '../helpers/postgres.ts';
import { postRegistration } from '../helpers/registration.ts';
import { runScript, type CliRun } from '../helpers/run-cli.ts';
import { makeTempDir, type TempDir } from '../helpers/temp.ts';

/**
 * The backup drill of issue 16, on SQLite and on PostgreSQL: two ingests of small fixtures, three
 * registrations and a stage change through the running site server, a backup taken while it
 * runs (the SQLite store's last writes still in its write-ahead log), then DATA_DIR, the database
 * and the index destroyed, the backup restored, the server started again, and every page, search
 * total, registration and ingest run read before the destruction is as it was.
 */
interface Figures {
  pages: Record<string, string>;
  searches: Record<string, unknown>;
  /** id → interestCount / replicationCount, as the index holds them. */
  indexCounts: Record<string, unknown>;
  registrationsCsv: string;
  runs: IngestRunRecord[];
}

interface Drill {
  meili: TestMeili;
  work: TempDir;
  backupDir: string;
  env: Record<string, string>;
  before: Figures;
  after: Figures;
  restore: CliRun;
  /** Searches answered while the backup ran. */
  searchesDuringBackup: number[];
  /** A new, empty store to restore a damaged backup into (and its environment). */
  emptyTarget: () => Promise<Record<string, string>>;
}

const ingests = [
  ['kipp', 'tests/fixtures/kipp/comma.csv', 'iga', 'tests/fixtures/iga/lines.ndjson'],
  ['inolan', 'tests/fixtures/inolan/page-1.json', 'tests/fixtures/inolan/page-2.json'],
];

const servers: SiteServer[] = [];
let postgres: TestPostgres;

beforeAll(async () => {
  postgres = await startTestPostgres();
});

afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  await postgres.stop();
});

describe.each([
  { store: 'SQLite', database: () => Promise.resolve(undefined) },
  { store: 'PostgreSQL', database: () => postgres.createDatabase() },
])('the backup drill on $store', ({ database }) => {
  let drill: Drill;

  beforeAll(async () => {
    drill = await runDrill(await database());
  }, 240_000);

  afterAll(async () => {
    await drill.meili.stop();
    await drill.work.remove();
  });

  it('backs up while the server answers, and restores with exit 0', () => {
    expect(drill.searchesDuringBackup.length).toBeGreaterThan(0);
    expect(new Set(drill.searchesDuringBackup)).toEqual(new Set([200]));
    expect(drill.restore.code, drill.restore.stderr).toBe(0);
  });

  it('serves every page as it did before', () => {
    expect(Object.keys(drill.before.pages).length).toBeGreaterThan(5);
    expect(drill.after.pages).toEqual(drill.before.pages);
  });

  it('answers every search with the same results and totals, interest counts included', () => {
    expect(drill.after.searches).toEqual(drill.before.searches);
    expect(drill.after.indexCounts).toEqual(drill.before.indexCounts);
  });

  it('holds the same registrations, contact data and stages', () => {
    expect(drill.before.registrationsCsv.trim().split('\n')).toHaveLength(4);
    expect(drill.after.registrationsCsv).toBe(drill.before.registrationsCsv);
  });

  it('holds the same ingest history', () => {
    expect(drill.before.runs).toHaveLength(2);
    expect(drill.after.runs).toEqual(drill.before.runs);
  });

  it('refuses to restore over the store it restored, naming it', async () => {
    const again = await runScript('scripts/restore.ts', [drill.backupDir], drill.env);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/interest\.sqlite|is not empty \(it holds public\.\w+/);
  });

  it('rebuilds a lost index alone with --index-only', async () => {
    await settle(drill.meili.client, 'delete the index', () =>
      drill.meili.client.deleteIndex(INDEX),
    );
    expectOk(await runScript('scripts/restore.ts', ['--index-only'], drill.env));
    expect(await indexCounts(drill.meili)).toEqual(drill.before.indexCounts);
  });

  it('refuses a manifest naming a file outside the backup', async () => {
    const forged = join(drill.work.path, 'forged');
    await cp(drill.backupDir, forged, { recursive: true });
    const manifest = JSON.parse(await readFile(join(forged, 'manifest.json'), 'utf8')) as {
      files: { path: string }[];
    };
    manifest.files.push({ ...manifest.files[0], path: 'data/../../escaped' });
    await writeFile(join(forged, 'manifest.json'), JSON.stringify(manifest));
    const run = await runScript('scripts/restore.ts', [forged], drill.env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('is not a backup manifest: files.');
  });

  it('refuses a damaged backup before writing anything', async () => {
    const damaged = join(drill.work.path, 'damaged');
    await cp(drill.backupDir, damaged, { recursive: true });
    await appendFile(join(damaged, 'data/sources/kipp.ndjson'), '\n');
    const target = join(drill.work.path, 'empty-target');
    const env = { ...(await drill.emptyTarget()), DATA_DIR: target };
    const run = await runScript('scripts/restore.ts', [damaged], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('data/sources/kipp.ndjson holds');
    expect(existsSync(target)).toBe(false);
  });
});

// --- the drill ---

async function runDrill(databaseUrl: string | undefined): Promise<Drill> {
  const meili = await startTestMeili();
  const work = await makeTempDir('backup-drill');
  const dataDir = work.file('data');
  const backupDir = work.file('backup');
  const env = {
    DATA_DIR: dataDir,
    MEILI_URL: meili.url,
    MEILI_MASTER_KEY: meili.masterKey,
    MEILI_INDEX: INDEX,
    ...(databaseUrl !== undefined && { DATABASE_URL: databaseUrl }),
  };
  for (const args of ingests) expectOk(await runScript('ingest/cli.ts', args, env));
  // The second server listens where the first did: pages carry their own address.
  const serve = async (port?: number) => {
    const server = await startSiteServer({
      meiliUrl: meili.url,
      masterKey: meili.masterKey,
      dataDir,
      ...(port !== undefined && { port }),
      ...(databaseUrl !== undefined && { env: { DATABASE_URL: databaseUrl } }),
    });
    servers.push(server);
    return server;
  };
  const first = await serve();
  const ids = await allIds(meili.client);
  await registerAndUpdate(first.url, ids, meili);
  // The token is generated on the administration's first use, as `npm start` makes it.
  expect((await fetch(`${first.url}/admin`)).status).toBe(200);
  const adminToken = (await readFile(join(dataDir, 'admin-token'), 'utf8')).trim();
  const before = await readFigures(first.url, ids, { meili, env, adminToken });
  const backup = runScript('scripts/backup.ts', [backupDir], env);
  const searchesDuringBackup = await searchWhile(first.url, backup);
  expectOk(await backup);
  await first.stop();

  await rm(dataDir, { recursive: true, force: true });
  if (databaseUrl !== undefined) await recreateDatabase(databaseUrl);
  await settle(meili.client, 'delete the index', () => meili.client.deleteIndex(INDEX));
  expect(await allIds(meili.client).catch(() => [])).toEqual([]);

  const restore = await runScript('scripts/restore.ts', [backupDir], env);
  expectOk(restore);
  const second = await serve(Number(new URL(first.url).port));
  const after = await readFigures(second.url, ids, { meili, env, adminToken });
  await second.stop();
  const emptyTarget = async () =>
    databaseUrl === undefined
      ? { ...env }
      : { ...env, DATABASE_URL: await postgres.createDatabase() };
  return {
    meili,
    work,
    backupDir,
    env,
    before,
    after,
    restore,
    searchesDuringBackup,
    emptyTarget,
  };
}

function expectOk(run: CliRun): void {
  expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0);
}

/** Two agencies on one innovation, one on another, which then moves on to `berkomunikasi`. */
async function registerAndUpdate(origin: string, ids: string[], meili: TestMeili) {
  const [first = '', second = ''] = ids;
  const entries = [
    { id: first, agency: 'Dinas Kesehatan Kota Padang', email: 'rina@padang.go.id' },
    { id: first, agency: 'Dinas Sosial Kota Padang', email: 'budi@padang.go.id' },
    { id: second, agency: 'Dinas Pendidikan Kota Padang', email: 'sari@padang.go.id' },
  ];
  const tokens: string[] = [];
  for (const { id, agency, email } of entries) {
    const answer = await postRegistration(origin, id, { agency, email, note: 'Catatan pribadi' });
    expect(answer.status).toBe(201);
    tokens.push(((await answer.json()) as { token: string }).token);
  }
  const moved = await fetch(`${origin}/api/minat/${tokens[2] ?? ''}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ stage: 'berkomunikasi' }),
  });
  expect(moved.status).toBe(200);
  await indexCountsReach(meili, { [first]: 2, [second]: 1 });
}

/** The index sync runs every second: the figures are read once it has caught up. */
async function indexCountsReach(meili: TestMeili, expected: Record<string, number>) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const counts = await indexCounts(meili);
    const reached = Object.entries(expected).every(
      ([id, count]) =>
        (counts[id] as { interestCount?: number } | undefined)?.interestCount === count,
    );
    if (reached) return;
    if (Date.now() > deadline)
      throw new Error(`the index counts did not reach ${JSON.stringify(expected)}`);
    await new Promise((done) => setTimeout(done, 200));
  }
}

async function indexCounts(meili: TestMeili): Promise<Record<string, unknown>> {
  const { results } = await meili.client
    .index(INDEX)
    .getDocuments({ fields: ['id', 'interestCount', 'replicationCount'], limit: 1_000 });
  return Object.fromEntries(results.map(({ id, ...counts }) => [String(id), counts]));
}

/** The statuses of searches sent one after another until `running` settles. */
async function searchWhile(origin: string, running: Promise<unknown>): Promise<number[]> {
  const progress = { done: false };
  void running.finally(() => {
    progress.done = true;
  });
  const statuses: number[] = [];
  while (!progress.done) statuses.push((await fetch(`${origin}/api/search?q=layanan`)).status);
  return statuses;
}

// --- the figures, read through the server, the index and the store ---

async function readFigures(
  origin: string,
  ids: string[],
  context: { meili: TestMeili; env: Record<string, string>; adminToken: string },
): Promise<Figures> {
  const [first = '', second = ''] = ids;
  const pagePaths = [
    '/',
    '/en/',
    '/cari',
    '/cari?urut=minat',
    `/inovasi/${first}`,
    `/inovasi/${second}`,
    `/en/innovation/${first}`,
    '/jelajah/program',
    '/jelajah/tahun',
    '/sitemap.xml',
  ];
  const searchPaths = [
    '/api/search',
    '/api/search?urut=minat',
    '/api/search?q=layanan',
    '/api/search?program=kipp',
    `/api/inovasi/${first}/minat`,
    '/api/v1/innovations?per_halaman=100',
  ];
  const csv = await fetch(`${origin}/admin/ekspor.csv`, {
    headers: { Authorization: `Bearer ${context.adminToken}` },
  });
  expect(csv.status).toBe(200);
  return {
    pages: await readAll(origin, pagePaths, (answer) => answer.text()),
    searches: await readAll(origin, searchPaths, (answer) => answer.json()),
    indexCounts: await indexCounts(context.meili),
    registrationsCsv: await csv.text(),
    runs: await ingestRuns(context.env),
  };
}

async function readAll<T>(
  origin: string,
  paths: string[],
  read: (answer: Response) => Promise<T>,
): Promise<Record<string, T>> {
  const read_: Record<string, T> = {};
  for (const path of paths) {
    const answer = await fetch(`${origin}${path}`);
    expect(answer.status, path).toBe(200);
    read_[path] = await read(answer);
  }
  return read_;
}

async function ingestRuns(env: Record<string, string>): Promise<IngestRunRecord[]> {
  const store = await openDatabase(loadConfig(env));
  try {
    return await store.ingestRuns(100);
  } finally {
    await store.close();
  }
}

/** DROP DATABASE, then CREATE DATABASE of the same name: what a lost database server leaves. */
async function recreateDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  const admin = new pg.Client({ connectionString: postgres.url });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
}
