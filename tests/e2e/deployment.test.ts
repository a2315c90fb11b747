import { request } from 'node:http';
import { Meilisearch } from 'meilisearch';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { indexSettings } from '../../src/lib/index/settings.ts';
import { INDEX } from '../helpers/ingest-into.ts';
import { startNginx, type LocalNginx } from '../../scripts/nginx/run.ts';
import { startPacedLoad, type Outcome } from '../helpers/paced-load.ts';
import { startSiteServer, type SiteServer } from '../helpers/portal.ts';
import { startTestPostgres, type TestPostgres } from '../helpers/postgres.ts';
import { registrationBody } from '../helpers/registration.ts';
import { answered, describeOutcomes, mixedRequest } from '../helpers/site-load.ts';
import { makeTempDir, type TempDir } from '../helpers/temp.ts';

/**
 * The deployment `deploy/` describes: Debian's nginx with the shipped site file in front of two
 * site processes (two machines' worth: a DATA_DIR each) on one PostgreSQL and one Meilisearch.
 * Under a steady mix of registrations, searches and pages through nginx, one process is killed
 * (SIGKILL) and the other answers; then each is restarted gracefully in turn and no request
 * fails. Every registration answered 2xx is stored exactly once, none twice. The test's own
 * index (a part of the sample), so its registrations' counts disturb no other file's.
 */
const INDEX_UID = 'deployment';
/** Requests a second through nginx: a third each registrations, searches and pages. */
const RATE = 30;
let data: TempDir;
let postgres: TestPostgres;
let databaseUrl: string;
let meili: Meilisearch;
let innovationId: string;
let nginx: LocalNginx;
const processes: SiteProcess[] = [];

interface SiteProcess {
  name: string;
  port: number;
  server: SiteServer;
  output: string[];
}

beforeAll(async () => {
  data = await makeTempDir('deployment');
  postgres = await startTestPostgres();
  databaseUrl = await postgres.createDatabase();
  meili = new Meilisearch({ host: inject('meiliUrl'), apiKey: inject('masterKey') });
  const { results } = await meili.index(INDEX).getDocuments({ limit: 200 });
  innovationId = String(results[0]?.id);
  await meili.index(INDEX_UID).updateSettings(indexSettings).waitTask();
  await meili.index(INDEX_UID).addDocuments(results, { primaryKey: 'id' }).waitTask();
  processes.push(...(await Promise.all(['a', 'b'].map((name) => startProcess(name)))));
  nginx = await startNginx({ upstreams: processes.map(({ port }) => `127.0.0.1:${port}`) });
}, 120_000);

afterAll(async () => {
  await nginx.stop();
  await Promise.all(processes.map(({ server }) => server.stop()));
  await meili.deleteIndex(INDEX_UID).waitTask();
  await postgres.stop();
  await data.remove();
});

/** A site process as the units run it: TRUST_PROXY set, on the shared store and engine. */
async function startProcess(name: string, port?: number): Promise<SiteProcess> {
  const output: string[] = [];
  const server = await startSiteServer({
    meiliUrl: inject('meiliUrl'),
    masterKey: inject('masterKey'),
    dataDir: `${data.path}/${name}`,
    indexUid: INDEX_UID,
    // All the load comes from one client (this test): its limits must not refuse it.
    env: {
      DATABASE_URL: databaseUrl,
      TRUST_PROXY: 'true',
      RATE_LIMIT_WRITES: '100000',
      RATE_LIMIT_READS: '100000',
      RATE_LIMIT_PAGES: '100000',
    },
    onOutput: (chunk) => output.push(chunk),
    ...(port !== undefined && { port }),
  });
  return { name, port: Number(new URL(server.url).port), server, output };
}

/** The ids of the requests nginx sent a process (its `$request_id`: 32 hex digits). */
function proxiedIds(site: SiteProcess): string[] {
  return [...site.output.join('').matchAll(/"id":"([0-9a-f]{32})"/g)].map((m) => m[1] ?? '');
}

async function until(condition: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`waited 15 s for ${what}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

const address = (site: SiteProcess) => `127.0.0.1:${String(site.port)}`;

/** A new process in the place of the n-th, on its port (as systemd restarts a unit). */
async function replace(n: number): Promise<SiteProcess> {
  const old = processes[n];
  if (old === undefined) throw new Error(`no process ${String(n)}`);
  const fresh = await startProcess(old.name, old.port);
  processes[n] = fresh;
  return fresh;
}

/**
 * The rolling restart of the README: out of nginx's upstream (`down`, reload), SIGTERM (the
 * answers it was sent finish), started again, back in (reload).
 */
async function restartInTurn(n: number): Promise<void> {
  const old = processes[n];
  if (old === undefined) throw new Error(`no process ${String(n)}`);
  await nginx.reload([address(old)]);
  await old.server.stop();
  await replace(n);
  await nginx.reload([]);
}

/**
 * Every registration answered 2xx is one row registered once; none sent is stored twice
 * (nginx sending a POST again would register the same agency a second time).
 */
async function expectStoredOnce(outcomes: Outcome[]): Promise<void> {
  const sent = outcomes.filter((one) => one.kind === 'register');
  const stored = await storedRegistrations(sent.map((one) => one.label));
  const lost = sent.filter((one) => answered(one) && stored.get(one.label) !== 1);
  const doubled = [...stored].filter(([, times]) => times > 1);
  expect(
    lost.map((one) => one.label),
    'registrations answered 2xx but not stored once',
  ).toEqual([]);
  expect(doubled, 'registrations stored more than once').toEqual([]);
  expect(sent.filter(answered).length).toBeGreaterThan(20);
}

/** e-mail → how many times it is registered (rows times their `registrations` count). */
async function storedRegistrations(emails: string[]): Promise<Map<string, number>> {
  const rows = await query<{ email: string; times: number }>(
    `SELECT email, SUM(registrations)::int AS times FROM registrations
     WHERE email = ANY($1::text[]) GROUP BY email`,
    [emails],
  );
  return new Map(rows.map((row) => [row.email, row.times]));
}

async function query<Row extends pg.QueryResultRow>(text: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<Row>(text, params)).rows;
  } finally {
    await client.end();
  }
}

/** A registration through nginx from another local address, as another client would send it. */
function registerFrom(
  localAddress: string,
  headers: Record<string, string>,
): Promise<{ status: number; requestId: string; token: string }> {
  const body = JSON.stringify(registrationBody({ agency: 'Dinas Uji Alamat' }));
  const url = `${nginx.url}/api/inovasi/${innovationId}/minat`;
  return new Promise((done, fail) => {
    const sent = request(
      url,
      { method: 'POST', localAddress, headers: { 'Content-Type': 'application/json', ...headers } },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => {
          const { token } = JSON.parse(text) as { token: string };
          done({
            status: res.statusCode ?? 0,
            requestId: String(res.headers['x-request-id']),
            token,
          });
        });
      },
    );
    sent.on('error', fail);
    sent.end(body);
  });
}

describe('two site processes behind nginx (deploy/)', () => {
  it('passes on the client address and its own request id, and the site compresses', async () => {
    const registered = await registerFrom('127.0.0.2', {
      'X-Forwarded-For': '203.0.113.7',
      'X-Request-Id': 'chosen-by-the-client',
    });
    expect(registered.status).toBe(201);
    // nginx's id, which the process that answered logged, and so did nginx.
    expect(registered.requestId).toMatch(/^[0-9a-f]{32}$/);
    await until(
      () => processes.some((one) => proxiedIds(one).includes(registered.requestId)),
      'the request log line',
    );
    await until(
      async () => (await nginx.accessLog()).includes(`id=${registered.requestId}`),
      'the access log line',
    );
    // The limit counted the address nginx saw, not the hop the client wrote.
    const keys = (await query<{ key: string }>('SELECT key FROM rate_limits')).map((r) => r.key);
    expect(keys.filter((key) => key.endsWith(':127.0.0.2'))).not.toEqual([]);
    expect(keys.filter((key) => key.includes('203.0.113.7'))).toEqual([]);

    expect((await fetch(`${nginx.url}/minat/${registered.token}`)).status).toBe(200);
    await until(async () => (await nginx.accessLog()).includes('/minat/<token>'), 'masked path');
    expect(await nginx.accessLog()).not.toContain(registered.token);

    const csv = await fetch(`${nginx.url}/api/v1/innovations.csv`, {
      headers: { 'Accept-Encoding': 'br' },
    });
    expect(csv.headers.get('content-encoding')).toBe('br');
    expect(await csv.text()).toContain(innovationId);
    expect((await fetch(`${nginx.url}/metrics`)).status).toBe(404);
  });

  it('keeps answering when one process is killed, and stores each registration once', async () => {
    const load = startPacedLoad(RATE, mixedRequest(nginx.url, innovationId, 'kill'));
    await new Promise((done) => setTimeout(done, 2_000));
    const killAt = Date.now();
    await processes[0]?.server.kill('SIGKILL');
    const deadAt = Date.now();
    await new Promise((done) => setTimeout(done, 4_000));
    const outcomes = await load.stop();

    const later = outcomes.filter((one) => one.startedAt >= killAt + 1_000);
    expect(later.length).toBeGreaterThan(2 * RATE);
    expect(
      describeOutcomes(
        later.filter((one) => !answered(one)),
        killAt,
      ),
    ).toBe('');
    // Only a request a process was answering when it died may fail (a POST nginx must not
    // send again); any other reached the live process.
    const failed = outcomes.filter((one) => !answered(one));
    const inFlight = (one: Outcome) => one.startedAt <= deadAt && one.endedAt >= killAt;
    expect(
      describeOutcomes(
        failed.filter((one) => !inFlight(one)),
        killAt,
      ),
      `${String(failed.length)} of ${String(outcomes.length)} failed, ` +
        `${String(failed.filter(inFlight).length)} of them in flight at the kill`,
    ).toBe('');
    await expectStoredOnce(outcomes);
  }, 30_000);

  it('fails no request while the killed one is replaced and each is restarted in turn', async () => {
    const started = Date.now();
    const load = startPacedLoad(RATE, mixedRequest(nginx.url, innovationId, 'rolling'));
    const replacement = await replace(0);
    // nginx tries the killed one's port again once fail_timeout has passed since it failed.
    await until(() => proxiedIds(replacement).length > 0, 'nginx to send the replacement requests');
    const restarts: { from: number; to: number }[] = [];
    for (const n of [0, 1]) {
      const from = Date.now();
      await restartInTurn(n);
      restarts.push({ from, to: Date.now() });
    }
    await new Promise((done) => setTimeout(done, 1_000));
    const outcomes = await load.stop();

    // Each restart happened under load: requests were sent while it was under way (how many
    // depends on how fast the machine restarts a process, so only that there were some).
    for (const { from, to } of restarts)
      expect(
        outcomes.filter((one) => one.startedAt >= from && one.startedAt <= to).length,
      ).toBeGreaterThan(0);
    for (const one of processes)
      expect(proxiedIds(one), `${one.name} answers again`).not.toEqual([]);
    expect(
      describeOutcomes(
        outcomes.filter((one) => !answered(one)),
        started,
      ),
      nginx.errors(),
    ).toBe('');
    await expectStoredOnce(outcomes);
  }, 60_000);
});
