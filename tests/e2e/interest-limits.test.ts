import { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { allIds } from '../helpers/ingest-into.ts';
import { startSiteServer, type SiteServer } from '../helpers/portal.ts';
import { makeTempDir, type TempDir } from '../helpers/temp.ts';
import { postRegistration } from '../helpers/registration.ts';

/**
 * The per-client rate limit, on a server of its own (the shared one has its limits raised):
 * 3 writes and 5 reads a minute, behind a trusted proxy so X-Forwarded-For names clients.
 */
let server: SiteServer;
let data: TempDir;
let innovationId: string;
let path: string;

beforeAll(async () => {
  data = await makeTempDir('portal-limits');
  const client = new Meilisearch({ host: inject('meiliUrl'), apiKey: inject('masterKey') });
  const ids = await allIds(client);
  innovationId = ids[ids.length - 4] ?? '';
  path = `/api/inovasi/${innovationId}/minat`;
  server = await startSiteServer({
    meiliUrl: inject('meiliUrl'),
    masterKey: inject('masterKey'),
    dataDir: data.path,
    env: { RATE_LIMIT_WRITES: '3', RATE_LIMIT_READS: '5', TRUST_PROXY: 'true' },
  });
});

afterAll(async () => {
  await server.stop();
  await data.remove();
});

const register = (client: string, agency: string) =>
  postRegistration(server.url, innovationId, { agency }, { 'X-Forwarded-For': client });

describe('the rate limit', () => {
  it('answers the 4th write of a minute 429 with Retry-After, and counts clients apart', async () => {
    for (const agency of ['Dinas A Banyuwangi', 'Dinas B Banyuwangi', 'Dinas C Banyuwangi']) {
      expect((await register('203.0.113.1', agency)).status).toBe(201);
    }
    const refused = await register('203.0.113.1', 'Dinas D Banyuwangi');
    expect(refused.status).toBe(429);
    const wait = Number(refused.headers.get('Retry-After'));
    // 3 a minute, in a window of a minute from the first: it ends within 60 s, after 50 s at least.
    expect(wait).toBeGreaterThanOrEqual(50);
    expect(wait).toBeLessThanOrEqual(60);
    expect(await refused.json()).toEqual({
      error: 'rate-limited',
      message: `Terlalu banyak permintaan. Coba lagi dalam ${wait} detik.`,
    });
    // The refused registration was not stored.
    const activity = (await (await fetch(`${server.url}${path}`)).json()) as {
      entries: { agency: string }[];
    };
    expect(activity.entries.map((entry) => entry.agency)).not.toContain('Dinas D Banyuwangi');
    expect((await register('203.0.113.2', 'Dinas E Banyuwangi')).status).toBe(201);
  });

  it('counts reads apart from writes', async () => {
    const client = { 'X-Forwarded-For': '198.51.100.8' };
    const read = () => fetch(`${server.url}${path}?lang=en`, { headers: client });
    const statuses: number[] = [];
    for (let count = 0; count < 6; count += 1) statuses.push((await read()).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const refused = await read();
    expect(refused.headers.get('Retry-After')).toMatch(/^\d+$/);
    expect(((await refused.json()) as { message: string }).message).toMatch(/^Too many requests/);
    expect((await register('198.51.100.8', 'Dinas F Banyuwangi')).status).toBe(201);
  });
});
