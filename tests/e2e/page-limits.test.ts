import { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { allIds } from '../helpers/ingest-into.ts';
import { startSiteServer, type SiteServer } from '../helpers/portal.ts';
import { makeTempDir, type TempDir } from '../helpers/temp.ts';

/**
 * The heavy pages' per-client allowance, on a server of its own: 3 heavy pages a minute,
 * behind a trusted proxy so X-Forwarded-For names clients.
 */
let server: SiteServer;
let data: TempDir;
let innovationId: string;

beforeAll(async () => {
  data = await makeTempDir('page-limits');
  const client = new Meilisearch({ host: inject('meiliUrl'), apiKey: inject('masterKey') });
  innovationId = (await allIds(client))[0] ?? '';
  server = await startSiteServer({
    meiliUrl: inject('meiliUrl'),
    masterKey: inject('masterKey'),
    dataDir: data.path,
    env: { RATE_LIMIT_PAGES: '3', TRUST_PROXY: 'true' },
  });
});

afterAll(async () => {
  await server.stop();
  await data.remove();
});

const get = (path: string, client: string) =>
  fetch(`${server.url}${path}`, { headers: { 'X-Forwarded-For': client } });

describe('the heavy pages’ allowance', () => {
  it('answers a client’s 4th heavy page of a minute 429 in its language, and no one else’s', async () => {
    const heavy = ['/cari?q=air', '/en/trends', '/jelajah/tahun/2019'];
    for (const path of heavy) expect((await get(path, '203.0.113.50')).status, path).toBe(200);

    const refused = await get('/cari?q=sampah', '203.0.113.50');
    expect(refused.status).toBe(429);
    const wait = Number(refused.headers.get('Retry-After'));
    expect(wait).toBeGreaterThanOrEqual(50);
    expect(wait).toBeLessThanOrEqual(60);
    expect(refused.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(refused.headers.get('cache-control')).toContain('no-store');
    const html = await refused.text();
    expect(html).toContain('<html lang="id">');
    expect(html).toContain(`Terlalu banyak permintaan. Coba lagi dalam ${String(wait)} detik.`);

    const english = await get('/en/search?q=water', '203.0.113.50');
    expect(english.status).toBe(429);
    expect(await english.text()).toMatch(/<html lang="en">[\s\S]*Too many requests/);

    // Light pages and the search API are not taken from this allowance; another client is served.
    expect((await get('/', '203.0.113.50')).status).toBe(200);
    expect((await get(`/inovasi/${innovationId}`, '203.0.113.50')).status).toBe(200);
    expect((await get('/api/search?q=air', '203.0.113.50')).status).toBe(200);
    expect((await get('/cari?q=sampah', '203.0.113.51')).status).toBe(200);
  });
});
