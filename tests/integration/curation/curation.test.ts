import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRecordedIngest } from '../../../ingest/recorded-run.ts';
import type { IngestRun } from '../../../ingest/run-types.ts';
import { silentProgress } from '../../../ingest/readers/types.ts';
import { startSession } from '../../../src/features/accounts/session.ts';
import { curationRoute } from '../../../src/features/admin/curation-route.ts';
import { qualityRoute } from '../../../src/features/admin/quality.ts';
import { innovationRoute } from '../../../src/features/innovation/route.ts';
import { respond } from '../../../src/features/innovation/respond.ts';
import { innovationEndpoint } from '../../../src/features/opendata/endpoints.ts';
import { loadConfig, type Config } from '../../../src/infra/config.ts';
import { connectEngine } from '../../../src/infra/meilisearch/connect.ts';
import type { Innovation } from '../../../src/lib/schema/innovation.ts';
import { allIds, INDEX } from '../../helpers/ingest-into.ts';
import { startTestMeili, type TestMeili } from '../../helpers/meili.ts';
import { makeTempDir, type TempDir } from '../../helpers/temp.ts';
import { testPortal } from '../../helpers/test-portal.ts';

/*
 * Curation on a real Meilisearch and store, through the ingest as `npm run ingest` runs it: an
 * administrator's join is stored, applied by the next run (`--stores`), kept by a full
 * re-ingest, and the joined id answers 301 (page, both languages, and API); an innovation whose
 * records are no longer ingested answers 410.
 */
let meili: TestMeili;
let dir: TempDir;
let config: Config;
let portal: ReturnType<typeof testPortal>;

const inputs: IngestRun['groups'] = [
  { programme: 'kipp', inputs: ['tests/fixtures/kipp/comma.csv'] },
  { programme: 'inolan', inputs: ['tests/fixtures/inolan/page-1.json'] },
];

async function ingest(run: Partial<IngestRun>): Promise<void> {
  const engine = await connectEngine(config, { startIfNeeded: false });
  const lines: string[] = [];
  await runRecordedIngest(
    { groups: [], dryRun: false, replace: false, publish: true, ...run },
    {
      config,
      engine,
      progress: () => ({ ...silentProgress, done: () => undefined }),
      logs: { log: (line) => lines.push(line), warn: (line) => lines.push(line) },
    },
  );
}

beforeAll(async () => {
  [meili, dir] = await Promise.all([startTestMeili(), makeTempDir('curation')]);
  config = loadConfig({
    MEILI_URL: meili.url,
    MEILI_MASTER_KEY: meili.masterKey,
    MEILI_INDEX: INDEX,
    DATA_DIR: dir.path,
    RATE_LIMIT_READS: '100000',
  });
  portal = testPortal(config);
  await ingest({ groups: inputs });
}, 180_000);
afterAll(async () => {
  await portal.close();
  await meili.stop();
  await dir.remove();
});

const origin = 'http://portal.test';

async function cookieOf(role: 'admin' | 'agency'): Promise<string> {
  const store = await portal.database();
  const email = `${role}@kemenpan.go.id`;
  const account =
    (await store.accountByEmail(email)) ??
    (await store.createAccount({
      email,
      role,
      agency: role === 'agency' ? 'Dinas Kesehatan Kota Padang' : undefined,
      agencyKey: role === 'agency' ? 'dinas-kesehatan-kota-padang' : undefined,
      invitedBy: 'admin-token',
      now: new Date().toISOString(),
    }));
  const cookie = await startSession(store, new Request(`${origin}/`), account);
  return cookie.split(';')[0] ?? '';
}

/** The curation page as the site hands it a request: its route's answer and the page's status. */
async function curation(
  init: { method?: string; body?: string; cookie?: string; headers?: Record<string, string> },
  path = '/admin/kurasi',
) {
  const url = new URL(path, origin);
  const headers = new Headers(init.headers);
  if (init.cookie !== undefined) headers.set('cookie', init.cookie);
  if (init.body !== undefined) headers.set('content-type', 'application/x-www-form-urlencoded');
  const request = new Request(url, { method: init.method ?? 'GET', headers, body: init.body });
  const response = { status: undefined as number | undefined, headers: new Headers() };
  const route = await curationRoute(
    portal,
    { request, clientAddress: '127.0.0.1', url, response },
    'id',
  );
  return {
    route,
    status: route.kind === 'response' ? route.response.status : (response.status ?? 200),
  };
}

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

async function page(
  id: string,
  locale: 'id' | 'en' = 'id',
): Promise<Response | { status: number }> {
  const route = await innovationRoute(portal, id, new Request(`${origin}/inovasi/${id}`));
  const response = { status: undefined as number | undefined, headers: new Headers() };
  return respond(route, response, locale) ?? { status: response.status ?? 200 };
}

async function api(id: string): Promise<Response> {
  const url = new URL(`/api/v1/innovations/${id}`, origin);
  return innovationEndpoint(
    { request: new Request(url), url, params: { id }, clientAddress: '127.0.0.1' },
    portal,
  );
}

async function document(id: string): Promise<Innovation> {
  return (await meili.client.index(INDEX).getDocument(id)) as unknown as Innovation;
}

describe('a join, stored by an administrator and applied by the ingest', () => {
  let survivor: string;
  let absorbed: string;

  it('is refused signed out, as an agency, cross-site and with bad input; stored once right', async () => {
    const ids = await allIds(meili.client);
    expect(ids.length).toBeGreaterThanOrEqual(4);
    [survivor = '', absorbed = ''] = ids;
    const join = form({
      aksi: 'gabung',
      tetap: survivor,
      gabung: absorbed,
      alasan: 'Satu inovasi yang sama.',
    });
    const admin = await cookieOf('admin');

    const signedOut = await curation({ method: 'POST', body: join });
    expect(signedOut.status).toBe(303);
    const agency = await curation({ method: 'POST', body: join, cookie: await cookieOf('agency') });
    expect(agency.status).toBe(303);
    const crossSite = await curation({
      method: 'POST',
      body: join,
      cookie: admin,
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(crossSite.status).toBe(403);
    for (const bad of [
      form({ aksi: 'gabung', tetap: survivor, gabung: survivor, alasan: 'Sama saja.' }),
      form({ aksi: 'gabung', tetap: survivor, gabung: absorbed, alasan: '' }),
      form({ aksi: 'gabung', tetap: 'BUKAN ID', gabung: absorbed, alasan: 'Alasan.' }),
      form({ aksi: 'pisah', id: survivor, alasan: 'Alasan.' }),
      form({ aksi: 'pisah', id: survivor, alasan: 'Alasan.', 'rekaman-0': 'bukan kunci' }),
      form({ aksi: 'hapus' }),
    ]) {
      expect((await curation({ method: 'POST', body: bad, cookie: admin })).status, bad).toBe(400);
    }
    const unknown = form({
      aksi: 'gabung',
      tetap: survivor,
      gabung: 'tidak-ada-00000000',
      alasan: 'Alasan.',
    });
    expect((await curation({ method: 'POST', body: unknown, cookie: admin })).status).toBe(404);
    const notOwn = form({
      aksi: 'pisah',
      id: survivor,
      alasan: 'Alasan.',
      'rekaman-0': 'kipp:2000:X',
    });
    expect((await curation({ method: 'POST', body: notOwn, cookie: admin })).status).toBe(400);
    expect(await (await portal.database()).curationDecisions()).toEqual([]);

    const done = await curation({ method: 'POST', body: join, cookie: admin });
    expect(done.status).toBe(200);
    const decisions = await (await portal.database()).curationDecisions();
    expect(decisions).toMatchObject([
      {
        kind: 'join',
        survivor,
        absorbed,
        reason: 'Satu inovasi yang sama.',
        actor: 'admin@kemenpan.go.id',
      },
    ]);
    const { rows } = await (await portal.database()).listAudit(10, 0);
    expect(rows[0]).toMatchObject({ action: 'curation.join', actor: 'admin@kemenpan.go.id' });
    // Listed with who made it, waiting for the next ingest.
    expect(done.route.kind === 'page' && done.route.decisions[0]?.actor).toBe(
      'admin@kemenpan.go.id',
    );
  });

  it('shows the records of an innovation to split, and nothing for a malformed or unknown id', async () => {
    const admin = await cookieOf('admin');
    const chosen = await curation({ cookie: admin }, `/admin/kurasi?pisah=${survivor}`);
    expect(chosen.status).toBe(200);
    expect(chosen.route.kind === 'page' && chosen.route.split?.id).toBe(survivor);
    for (const bad of ['../etc', 'x%22%20OR%20id%20EXISTS', 'tidak-ada-00000000', '']) {
      const shown = await curation({ cookie: admin }, `/admin/kurasi?pisah=${bad}`);
      expect(shown.status, bad).toBe(200);
      expect(shown.route.kind === 'page' && shown.route.split, bad).toBeUndefined();
    }
  });

  it('takes effect when the stored records are merged again, and the joined id answers 301', async () => {
    const before = [
      ...(await document(survivor)).provenance,
      ...(await document(absorbed)).provenance,
    ];
    await ingest({ groups: [] });
    const ids = await allIds(meili.client);
    expect(ids).toContain(survivor);
    expect(ids).not.toContain(absorbed);
    expect((await document(survivor)).provenance).toEqual(expect.arrayContaining(before));

    const moved = await page(absorbed);
    expect(moved.status).toBe(301);
    expect(moved instanceof Response && moved.headers.get('location')).toBe(`/inovasi/${survivor}`);
    const english = await page(absorbed, 'en');
    expect(english instanceof Response && english.headers.get('location')).toBe(
      `/en/innovation/${survivor}`,
    );
    const answer = await api(absorbed);
    expect(answer.status).toBe(301);
    expect(answer.headers.get('location')).toBe(`/api/v1/innovations/${survivor}`);
    expect((await page(survivor)).status).toBe(200);
    expect((await api('tidak-ada-00000000')).status).toBe(404);
  });

  it('survives a full re-ingest of the same inputs', async () => {
    await ingest({ groups: inputs, full: true });
    const ids = await allIds(meili.client);
    expect(ids).toContain(survivor);
    expect(ids).not.toContain(absorbed);
    expect((await page(absorbed)).status).toBe(301);
  });

  it('answers 410 for an innovation whose records are no longer ingested', async () => {
    const onlyInolan: string[] = [];
    for (const id of await allIds(meili.client)) {
      const doc = await document(id);
      if (id !== survivor && doc.programmes.every((programme) => programme === 'inolan'))
        onlyInolan.push(id);
    }
    expect(onlyInolan.length).toBeGreaterThan(0);
    await ingest({
      groups: [{ programme: 'inolan', inputs: ['tests/fixtures/inolan/page-2.json'] }],
      replace: true,
    });
    const after = new Set(await allIds(meili.client));
    const gone = onlyInolan.filter((id) => !after.has(id));
    // page-2 holds other innovations: every one of page 1's that it lacks is gone.
    for (const id of gone) {
      expect((await page(id)).status, id).toBe(410);
      const answer = await api(id);
      expect(answer.status).toBe(410);
      expect(((await answer.json()) as { error: string }).error).toBe('gone');
    }
    expect(gone.length).toBeGreaterThan(0);
  });
});

describe('the data-quality dashboard', () => {
  async function dashboard(init: { method?: string; cookie?: string } = {}) {
    const headers = new Headers();
    if (init.cookie !== undefined) headers.set('cookie', init.cookie);
    const request = new Request(`${origin}/admin/kualitas-data`, {
      method: init.method ?? 'GET',
      headers,
    });
    const response = { headers: new Headers() };
    return qualityRoute(portal, { request, clientAddress: '127.0.0.1', response }, 'id');
  }

  it('is for administrators only, and takes no post', async () => {
    const signedOut = await dashboard();
    expect(signedOut instanceof Response && signedOut.status).toBe(303);
    const agency = await dashboard({ cookie: await cookieOf('agency') });
    expect(agency instanceof Response && agency.status).toBe(303);
    const posted = await dashboard({ method: 'POST', cookie: await cookieOf('admin') });
    expect(posted instanceof Response && posted.status).toBe(405);
  });

  it('counts every stored source record by programme and year, with the unknown statuses', async () => {
    const data = await dashboard({ cookie: await cookieOf('admin') });
    if (data instanceof Response) throw new Error(`answered ${String(data.status)}`);
    const stored: { provenance: { programme: string; year: number }; status: string }[] = [];
    for (const programme of ['kipp', 'iga', 'inolan']) {
      const file = join(dir.path, 'sources', `${programme}.ndjson`);
      if (!existsSync(file)) continue;
      for (const line of (await readFile(file, 'utf8')).split('\n').filter(Boolean))
        stored.push(JSON.parse(line) as (typeof stored)[number]);
    }
    const quality = data.quality;
    expect(quality?.unknownStatus).toEqual({
      records: stored.length,
      unknown: stored.filter((record) => record.status === 'tidak-diketahui').length,
    });
    for (const row of quality?.completeness ?? []) {
      const matching = stored.filter(
        (r) => r.provenance.programme === row.programme && r.provenance.year === row.year,
      );
      expect(row.records).toBe(matching.length);
    }
    expect(quality?.completeness.reduce((sum, row) => sum + row.records, 0)).toBe(stored.length);
  });
});
