import { request } from 'node:http';
import { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { allIds } from '../helpers/ingest-into.ts';
import { startSiteServer, type SiteServer } from '../helpers/portal.ts';
import { startTestPostgres, type TestPostgres } from '../helpers/postgres.ts';
import { registrationBody } from '../helpers/registration.ts';
import { makeTempDir, type TempDir } from '../helpers/temp.ts';

/**
 * Rate limits every process agrees on: two site processes of one primary (`node:cluster`, the
 * counts kept by the primary), and two machines' worth of processes on one PostgreSQL. Each
 * registration goes on a connection of its own, so the cluster spreads them over its processes.
 */
let data: TempDir;
let postgres: TestPostgres;
let innovationId: string;
const started: SiteServer[] = [];

beforeAll(async () => {
  data = await makeTempDir('shared-limits');
  postgres = await startTestPostgres();
  const client = new Meilisearch({ host: inject('meiliUrl'), apiKey: inject('masterKey') });
  innovationId = (await allIds(client)).at(-7) ?? '';
});

afterAll(async () => {
  await Promise.all(started.map((server) => server.stop()));
  await postgres.stop();
  await data.remove();
});

async function serve(dataDir: string, env: Record<string, string>, log: string[] = []) {
  const server = await startSiteServer({
    meiliUrl: inject('meiliUrl'),
    masterKey: inject('masterKey'),
    dataDir,
    env: { RATE_LIMIT_WRITES: '5', ...env },
    onOutput: (chunk) => {
      log.push(chunk);
    },
  });
  started.push(server);
  return server;
}

/** One registration on a new connection; its status. */
function register(origin: string, n: number): Promise<number> {
  const body = JSON.stringify(registrationBody({ contactName: `Rina ${String(n)}` }));
  return new Promise((done, fail) => {
    const req = request(
      `${origin}/api/inovasi/${innovationId}/minat`,
      { method: 'POST', agent: false, headers: { 'Content-Type': 'application/json' } },
      (res) => {
        res.resume();
        res.on('end', () => {
          done(res.statusCode ?? 0);
        });
      },
    );
    req.on('error', fail);
    req.end(body);
  });
}

async function registerTwenty(origins: string[]): Promise<number[]> {
  const statuses: number[] = [];
  for (let n = 0; n < 20; n += 1)
    statuses.push(await register(origins[n % origins.length] ?? '', n));
  return statuses;
}

/** Answered 2xx: the first registration creates its entry (201), the same agency again is known (202). */
const accepted = (statuses: number[]) =>
  statuses.filter((status) => status >= 200 && status < 300).length;

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`waited 30 s for ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

describe('rate limits shared by every site process', () => {
  it('WEB_CONCURRENCY=2: twenty registrations get exactly five 2xx, answered by both', async () => {
    const log: string[] = [];
    const dir = `${data.path}/cluster`;
    const server = await serve(dir, { WEB_CONCURRENCY: '2' }, log);
    await until(() => log.join('').includes('2 site processes serving'), 'two processes');
    const statuses = await registerTwenty([server.url]);
    expect(accepted(statuses)).toBe(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(15);
    const pids = new Set(
      log
        .join('')
        .split('\n')
        .filter((line) => line.startsWith('{') && line.includes('"POST"'))
        .map((line) => (JSON.parse(line) as { pid: number }).pid),
    );
    expect(pids.size).toBe(2);
  });

  it('two machines on one PostgreSQL: twenty registrations over both get exactly five 2xx', async () => {
    const url = await postgres.createDatabase();
    const machines = await Promise.all(
      ['a', 'b'].map((name) => serve(`${data.path}/pg-${name}`, { DATABASE_URL: url })),
    );
    const statuses = await registerTwenty(machines.map((machine) => machine.url));
    expect(accepted(statuses)).toBe(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(15);
  });
});
