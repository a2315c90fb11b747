import { existsSync, readdirSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { publicActivitySchema } from '../../src/lib/interest/schema.ts';
import { allIds } from '../helpers/ingest-into.ts';
import { startSiteServer, type SiteServer } from '../helpers/portal.ts';
import { makeTempDir, type TempDir } from '../helpers/temp.ts';
import { postRegistration } from '../helpers/registration.ts';

/**
 * The site server answers the interest API itself and hands pages to the build's Astro handler:
 * two copies of the interest code in one process, which must still share one store, one index
 * sync and one rate limit. On a server of its own: 3 writes a minute.
 */
let server: SiteServer;
let data: TempDir;
let innovationId: string;

beforeAll(async () => {
  data = await makeTempDir('site-server');
  const client = new Meilisearch({ host: inject('meiliUrl'), apiKey: inject('masterKey') });
  const ids = await allIds(client);
  innovationId = ids[ids.length - 5] ?? '';
  server = await startSiteServer({
    meiliUrl: inject('meiliUrl'),
    masterKey: inject('masterKey'),
    dataDir: data.path,
    env: { RATE_LIMIT_WRITES: '3' },
  });
});

afterAll(async () => {
  await server.stop();
  await data.remove();
});

const fields = (agency: string) => ({
  agency,
  cluster: 'kota',
  provinceCode: '13',
  regencyCode: '13.71',
  contactName: 'Rina Marlina',
  email: 'rina@padang.go.id',
  phone: '+62 812 7777 0101',
});

/** A registration through the JSON API (answered by the site server itself). */
const throughApi = (agency: string) => postRegistration(server.url, innovationId, { agency });

/** The same through the registration page's form (rendered by Astro). */
const throughPage = (agency: string) =>
  fetch(`${server.url}/inovasi/${innovationId}/minat`, {
    method: 'POST',
    headers: { Origin: server.url },
    body: new URLSearchParams({ ...fields(agency), consent: 'on', website: '' }),
    redirect: 'manual',
  });

/** How many times the server process has the store's database file open (a store opens it twice). */
function storeFilesOpen(): number {
  const store = join(data.path, 'interest.sqlite');
  const fds = `/proc/${String(server.pid)}/fd`;
  return readdirSync(fds).filter((fd) => {
    try {
      return readlinkSync(join(fds, fd)) === store;
    } catch {
      return false;
    }
  }).length;
}

describe('the site server', () => {
  it('has the store open before the first request', () => {
    expect(existsSync(join(data.path, 'interest.sqlite'))).toBe(true);
    // One store: its reading and its writing connection.
    expect(storeFilesOpen()).toBe(2);
  });

  it('gives the API and the pages one write allowance and one store', async () => {
    const statuses = [
      (await throughApi('Dinas Kesehatan Kota Padang')).status,
      (await throughPage('Dinas Pendidikan Kota Padang')).status,
      (await throughApi('Dinas Sosial Kota Padang')).status,
      (await throughPage('Dinas Perhubungan Kota Padang')).status,
    ];
    // 3 writes a minute for this client, whichever way they come in: the 4th is refused.
    expect(statuses).toEqual([201, 201, 201, 429]);
    const response = await fetch(`${server.url}/api/inovasi/${innovationId}/minat`);
    const activity = publicActivitySchema.parse(await response.json());
    expect(activity.entries.map((entry) => entry.agency).sort()).toEqual([
      'Dinas Kesehatan Kota Padang',
      'Dinas Pendidikan Kota Padang',
      'Dinas Sosial Kota Padang',
    ]);
    // Both ways wrote through the one store the server opened at its start (two connections).
    expect(storeFilesOpen()).toBe(2);
  });

  it('sends the security headers with the API answers it gives itself', async () => {
    const response = await fetch(`${server.url}/api/inovasi/${innovationId}/minat`);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(response.headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('Permissions-Policy')).toContain('camera=()');
    const own = await fetch(`${server.url}/api/minat/${'x'.repeat(43)}`);
    expect(own.status).toBe(404);
    expect(own.headers.get('Referrer-Policy')).toBe('no-referrer');
    expect(own.headers.get('Permissions-Policy')).toContain('camera=()');
  });
});
