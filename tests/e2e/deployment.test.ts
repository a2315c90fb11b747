import pg from 'pg';
import { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { allIds } from '../helpers/ingest-into.ts';
import { startNginx, type TestNginx } from '../helpers/nginx.ts';
import { startSiteServer, type SiteServer } from '../helpers/portal.ts';
import { startTestPostgres, type TestPostgres } from '../helpers/postgres.ts';
import { registrationBody } from '../helpers/registration.ts';
import { makeTempDir, type TempDir } from '../helpers/temp.ts';

/**
 * The deployment of `deploy/`: Debian's nginx with the shipped configuration in front of two
 * site processes on one PostgreSQL and one Meilisearch. Under a steady mix of registrations and
 * searches, one process is killed (SIGKILL) and the other answers; then each is restarted
 * gracefully in turn and no request fails. Every registration answered 2xx is stored once.
 */
let data: TempDir;
let postgres: TestPostgres;
let databaseUrl: string;
let innovationId: string;
let nginx: TestNginx;
const servers: SiteServer[] = [];

interface Sent {
  kind: 'register' | 'search';
  agency: string;
  startedAt: number;
  status: number;
  requestId: string | null;
}

const serve = (dataDir: string, port?: number) =>
  startSiteServer({
    meiliUrl: inject('meiliUrl'),
    masterKey: inject('masterKey'),
    dataDir,
    env: {
      DATABASE_URL: databaseUrl,
      TRUST_PROXY: 'true',
      RATE_LIMIT_WRITES: '100000',
      RATE_LIMIT_READS: '100000',
    },
    ...(port !== undefined && { port }),
  });

const portOf = (server: SiteServer) => Number(new URL(server.url).port);

beforeAll(async () => {
  data = await makeTempDir('deployment');
  postgres = await startTestPostgres();
  databaseUrl = await postgres.createDatabase();
  const client = new Meilisearch({ host: inject('meiliUrl'), apiKey: inject('masterKey') });
  innovationId = (await allIds(client)).at(-3) ?? '';
  servers.push(await serve(`${data.path}/a`), await serve(`${data.path}/b`));
  nginx = await startNginx(
    `${data.path}/nginx`,
    servers.map((server) => `127.0.0.1:${String(portOf(server))}`),
  );
}, 120_000);

afterAll(async () => {
  await nginx.stop();
  await Promise.all(servers.map((server) => server.stop()));
  await postgres.stop();
  await data.remove();
});

let sequence = 0;

/** One request through nginx, a registration of a new agency or a search, as it ended. */
async function send(kind: Sent['kind']): Promise<Sent> {
  sequence += 1;
  const agency = `Dinas Uji Coba Nomor ${String(sequence)}`;
  const startedAt = Date.now();
  try {
    const answer =
      kind === 'register'
        ? await fetch(`${nginx.url}/api/inovasi/${innovationId}/minat`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '203.0.113.7' },
            body: JSON.stringify(registrationBody({ agency })),
          })
        : await fetch(`${nginx.url}/api/search?q=sampah`);
    await answer.arrayBuffer();
    return {
      kind,
      agency,
      startedAt,
      status: answer.status,
      requestId: answer.headers.get('x-request-id'),
    };
  } catch {
    return { kind, agency, startedAt, status: 0, requestId: null };
  }
}

/** A request every 20 ms (registrations and searches in turn) until `during` settles. */
async function underLoad(during: () => Promise<void>): Promise<Sent[]> {
  const pending: Promise<Sent>[] = [];
  const load = { running: true };
  const ticking = (async () => {
    for (let n = 0; load.running; n += 1) {
      pending.push(send(n % 2 === 0 ? 'register' : 'search'));
      await new Promise((done) => setTimeout(done, 20));
    }
  })();
  await during();
  load.running = false;
  await ticking;
  return Promise.all(pending);
}

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** How many rows the store holds for each agency that was answered 2xx. */
async function storedRows(sent: Sent[]): Promise<number[]> {
  const agencies = sent
    .filter((one) => one.kind === 'register' && one.status >= 200 && one.status < 300)
    .map((one) => one.agency);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ agency: string; n: string; times: string }>(
      `SELECT agency, COUNT(*) AS n, SUM(registrations) AS times FROM registrations
       WHERE agency = ANY($1) GROUP BY agency`,
      [agencies],
    );
    const byAgency = new Map(rows.map((row) => [row.agency, Number(row.n) * Number(row.times)]));
    return agencies.map((agency) => byAgency.get(agency) ?? 0);
  } finally {
    await client.end();
  }
}

describe('two site processes behind nginx', () => {
  it('keeps answering when one is killed, and stores each registration once', async () => {
    let killedAt = 0;
    const sent = await underLoad(async () => {
      await pause(1_500);
      killedAt = Date.now();
      await servers[0]?.kill('SIGKILL');
      await pause(3_000);
    });
    const after = sent.filter((one) => one.startedAt > killedAt + 500);
    const failedAtKill = sent.filter((one) => one.status !== 200 && one.status !== 201);
    expect(after.length).toBeGreaterThan(50);
    expect(after.filter((one) => one.status !== 200 && one.status !== 201)).toEqual([]);
    expect(failedAtKill.length, 'requests in flight at the kill that failed').toBeLessThan(5);
    expect(new Set(await storedRows(sent))).toEqual(new Set([1]));
    expect(
      sent.every((one) => one.status === 0 || /^[0-9a-f]{32}$/.test(one.requestId ?? '')),
    ).toBe(true);
    const dead = servers[0];
    if (dead !== undefined) servers[0] = await serve(`${data.path}/a`, portOf(dead));
  }, 60_000);

  it('fails no request while each process is restarted gracefully in turn', async () => {
    const sent = await underLoad(async () => {
      for (const [n, name] of ['a', 'b'].entries()) {
        const server = servers[n];
        if (server === undefined) continue;
        await pause(700);
        await server.stop();
        servers[n] = await serve(`${data.path}/${name}`, portOf(server));
      }
      await pause(700);
    });
    expect(sent.length).toBeGreaterThan(100);
    expect(sent.filter((one) => one.status !== 200 && one.status !== 201)).toEqual([]);
    expect(new Set(await storedRows(sent))).toEqual(new Set([1]));
  }, 90_000);
});
