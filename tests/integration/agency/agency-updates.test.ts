import { readFile, writeFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { silentProgress } from '../../../ingest/readers/types.ts';
import { runRecordedIngest } from '../../../ingest/recorded-run.ts';
import { startSession } from '../../../src/features/accounts/session.ts';
import { agencyAreaPost } from '../../../src/features/agency/area-post.ts';
import { reviewsRoute } from '../../../src/features/agency/review-route.ts';
import { updatePageRoute } from '../../../src/features/agency/update-route.ts';
import { loadConfig, type Config } from '../../../src/infra/config.ts';
import { connectEngine, type EngineConnection } from '../../../src/infra/meilisearch/connect.ts';
import type { Database } from '../../../src/infra/database/types.ts';
import { agencyIdentity } from '../../../src/lib/agency/name.ts';
import { INDEX, sampleGroups } from '../../helpers/ingest-into.ts';
import { startTestMeili, type TestMeili } from '../../helpers/meili.ts';
import { makeTempDir, type TempDir } from '../../helpers/temp.ts';
import { testPortal } from '../../helpers/test-portal.ts';
import { documentOf, registrationOf } from '../interest/sync-fixtures.ts';

/*
 * The agency's stage moves, its pemutakhiran and the review queue on a real Meilisearch holding
 * the sample and a real store: each route refuses nobody, the wrong agency, bad input and
 * cross-site posts; an approved update is laid over the index, survives a full re-ingest, and
 * gives way to a newer dated statement of a programme's export, both kept in the history.
 */
let meili: TestMeili;
let dir: TempDir;
let extra: TempDir;
let config: Config;
let engine: EngineConnection;
let portal: ReturnType<typeof testPortal>;
let store: Database;
/** An innovation of the sample from kipp-2016.csv, its agency, and another agency's innovation. */
let own: { id: string; agency: string; row: string[]; header: string[] };
let other: { id: string; agency: string };
let client = 0;

const quiet = { log: () => undefined, warn: () => undefined };
const progress = () => ({ ...silentProgress, done: () => undefined });
const sample = { groups: sampleGroups, dryRun: false, replace: true, publish: true };

beforeAll(async () => {
  [meili, dir, extra] = await Promise.all([
    startTestMeili(),
    makeTempDir('agency-updates'),
    makeTempDir('agency-updates-export'),
  ]);
  config = loadConfig({
    DATA_DIR: dir.path,
    MEILI_URL: meili.url,
    MEILI_MASTER_KEY: meili.masterKey,
    RATE_LIMIT_WRITES: '1000',
  });
  engine = await connectEngine(config, { startIfNeeded: false });
  await runRecordedIngest(sample, { config, engine, progress, logs: quiet });
  portal = testPortal(config);
  store = await portal.database();
  own = await innovationFromKipp2016();
  other = await anotherAgencysInnovation(own.agency);
}, 180_000);

afterAll(async () => {
  await portal.close();
  await meili.stop();
  await Promise.all([dir.remove(), extra.remove()]);
});

/** The first row of kipp-2016.csv whose record is an innovation of its own in the index. */
async function innovationFromKipp2016() {
  const parsed: unknown = parse(await readFile('data/samples/kipp/kipp-2016.csv'), {
    bom: true,
    relax_column_count: true,
  });
  const rows = z.array(z.array(z.string())).parse(parsed);
  const [header = [], ...body] = rows;
  for (const row of body) {
    const { hits } = await meili.client.index(INDEX).search('', {
      filter: `provenance.sourceId = "${row[0] ?? ''}"`,
      limit: 1,
    });
    const hit = hits[0] as { id: string; agency: string; provenance: unknown[] } | undefined;
    if (hit?.provenance.length === 1) return { id: hit.id, agency: hit.agency, row, header };
  }
  throw new Error('no single-record innovation in kipp-2016.csv');
}

async function anotherAgencysInnovation(agency: string) {
  const { hits } = await meili.client.index(INDEX).search('', { limit: 50 });
  const hit = (hits as { id: string; agency: string }[]).find(
    (candidate) => agencyIdentity(candidate.agency) !== agencyIdentity(agency),
  );
  if (hit === undefined) throw new Error('no other agency');
  return hit;
}

/** A session cookie of an agency's person or an administrator (`undefined`: nobody). */
async function cookieOf(email: string, agency?: string): Promise<string> {
  const account =
    (await store.accountByEmail(email)) ??
    (await store.createAccount({
      email,
      role: agency === undefined ? 'admin' : 'agency',
      agency,
      agencyKey: agency === undefined ? undefined : agencyIdentity(agency),
      invitedBy: 'admin-token',
      now: new Date().toISOString(),
    }));
  const set = await startSession(store, new Request('http://127.0.0.1/'), account);
  return set.split(';')[0] ?? '';
}

const ownPerson = () => cookieOf('rina@agency-one.go.id', own.agency);
const otherPerson = () => cookieOf('yudi@agency-two.go.id', other.agency);
const admin = () => cookieOf('admin@portal.go.id');

function post(path: string, body: Record<string, string>, headers: Record<string, string> = {}) {
  return context(path, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      origin: 'http://127.0.0.1',
      ...headers,
    },
    body: new URLSearchParams(body).toString(),
  });
}

function context(path: string, init: RequestInit = {}) {
  const url = new URL(path, 'http://127.0.0.1');
  client += 1;
  return {
    request: new Request(url, init),
    clientAddress: `10.1.0.${String(client % 250)}`,
    url,
    response: { status: undefined as number | undefined, headers: new Headers() },
  };
}

const updateForm = {
  status: 'berkembang',
  per: '2026-03-03',
  perubahan: 'Diperluas ke semua kecamatan.',
  email: 'inovasi@kantor.go.id',
  telepon: '+62 21 555 0100',
  situs: 'https://kantor.go.id/replikasi',
  cara: 'Kirim surat permohonan ke bidang inovasi.',
  dokumen_judul_1: 'Panduan',
  dokumen_tautan_1: 'https://kantor.go.id/panduan.pdf',
};

describe("the agency's stage moves", () => {
  it('moves its registration to berkomunikasi, mails the registrant, audits it', async () => {
    const { registration } = await store.register(registrationOf(own.id, 'Dinas Kominfo Cilacap'));
    const moved = await agencyAreaPost(
      portal,
      post(
        '/instansi',
        { aksi: 'tahapan', id: String(registration.id), tahapan: 'berkomunikasi' },
        {
          cookie: await ownPerson(),
        },
      ),
      'id',
    );
    expect(moved.kind === 'response' && moved.response.status).toBe(303);
    expect((await store.byId(registration.id))?.stage).toBe('berkomunikasi');
    const mail = await store.listMail({ limit: 5, offset: 0 });
    expect(mail.rows[0]).toMatchObject({ kind: 'interest-stage', recipient: registration.email });
    const audit = await store.listAudit(5, 0);
    expect(audit.rows[0]).toMatchObject({
      actor: 'rina@agency-one.go.id',
      action: 'registration.stage',
    });
  });

  it('refuses a move its stage does not allow, the wrong agency, nobody and cross-site posts', async () => {
    const { registration } = await store.register(registrationOf(own.id, 'Bappeda Cilacap'));
    const body = { aksi: 'tahapan', id: String(registration.id), tahapan: 'tereplikasi' };
    const notAllowed = await agencyAreaPost(
      portal,
      post('/instansi', body, { cookie: await ownPerson() }),
      'id',
    );
    expect(notAllowed).toMatchObject({ kind: 'failed', failure: { status: 400 } });
    const contact = { ...body, tahapan: 'berkomunikasi' };
    const wrong = await agencyAreaPost(
      portal,
      post('/instansi', contact, { cookie: await otherPerson() }),
      'en',
    );
    expect(wrong).toMatchObject({ kind: 'failed', failure: { status: 404 } });
    const nobody = await agencyAreaPost(portal, post('/instansi', contact), 'id');
    expect(nobody.kind === 'response' && nobody.response.headers.get('location')).toBe(
      '/masuk-akun',
    );
    const asAdmin = await agencyAreaPost(
      portal,
      post('/instansi', contact, { cookie: await admin() }),
      'id',
    );
    expect(asAdmin).toMatchObject({ kind: 'failed', failure: { status: 403 } });
    const crossSite = await agencyAreaPost(
      portal,
      post('/instansi', contact, {
        cookie: await ownPerson(),
        origin: 'https://evil.example',
        'sec-fetch-site': 'cross-site',
      }),
      'id',
    );
    expect(crossSite).toMatchObject({
      kind: 'failed',
      failure: { status: 403, error: 'cross-site' },
    });
    for (const bad of [
      { ...contact, id: 'x' },
      { ...contact, tahapan: 'batal' },
      { aksi: 'hapus' },
    ]) {
      const answered = await agencyAreaPost(
        portal,
        post('/instansi', bad, { cookie: await ownPerson() }),
        'id',
      );
      expect(answered).toMatchObject({ kind: 'failed', failure: { status: 400 } });
    }
    expect((await store.byId(registration.id))?.stage).toBe('berminat');
  });
});

describe('the pemutakhiran form and the review queue', () => {
  const path = () => `/instansi/inovasi/${own.id}`;

  it('is refused to nobody, the wrong agency and an administrator, and to cross-site posts', async () => {
    const nobody = await updatePageRoute(portal, context(path()), 'id', own.id);
    expect(nobody.kind === 'response' && nobody.response.status).toBe(303);
    const wrong = await updatePageRoute(
      portal,
      post(path(), updateForm, { cookie: await otherPerson() }),
      'id',
      own.id,
    );
    expect(wrong).toMatchObject({ kind: 'failed', failure: { status: 404 } });
    const wrongGet = await updatePageRoute(
      portal,
      context(path(), { headers: { cookie: await otherPerson() } }),
      'id',
      own.id,
    );
    expect(wrongGet).toMatchObject({ kind: 'failed', failure: { status: 404 } });
    const asAdmin = await updatePageRoute(
      portal,
      post(path(), updateForm, { cookie: await admin() }),
      'id',
      own.id,
    );
    expect(asAdmin).toMatchObject({ kind: 'failed', failure: { status: 403 } });
    const crossSite = await updatePageRoute(
      portal,
      post(path(), updateForm, { cookie: await ownPerson(), 'sec-fetch-site': 'cross-site' }),
      'id',
      own.id,
    );
    expect(crossSite).toMatchObject({ kind: 'failed', failure: { status: 403 } });
    const json = context(path(), {
      method: 'POST',
      headers: { cookie: await ownPerson(), 'content-type': 'text/plain' },
      body: 'status=berlanjut',
    });
    expect(await updatePageRoute(portal, json, 'id', own.id)).toMatchObject({
      kind: 'failed',
      failure: { status: 415 },
    });
    const reviewNobody = await reviewsRoute(
      portal,
      post('/admin/pemutakhiran', { aksi: 'setujui', id: '1' }),
      'id',
    );
    expect(reviewNobody.kind === 'response' && reviewNobody.response.status).toBe(303);
    const reviewAgency = await reviewsRoute(
      portal,
      post('/admin/pemutakhiran', { aksi: 'setujui', id: '1' }, { cookie: await ownPerson() }),
      'id',
    );
    expect(reviewAgency.kind === 'response' && reviewAgency.response.headers.get('location')).toBe(
      '/admin/masuk',
    );
    expect((await store.updatesOf(own.id)).length).toBe(0);
  });

  it('answers bad input with the fields to correct, storing nothing', async () => {
    const answered = await updatePageRoute(
      portal,
      post(
        path(),
        {
          ...updateForm,
          situs: 'javascript:alert(1)',
          email: 'rina@agency-one.go.id',
          per: 'kemarin',
        },
        {
          cookie: await ownPerson(),
        },
      ),
      'en',
      own.id,
    );
    if (answered.kind !== 'page') throw new Error(answered.kind);
    expect(answered.failure?.status).toBe(400);
    expect([...answered.errors].sort()).toEqual(['email', 'per', 'situs']);
    expect(answered.draft.situs).toBe('javascript:alert(1)');
    expect((await store.updatesOf(own.id)).length).toBe(0);
  });

  it('publishes an update only once approved, the last version live meanwhile, mailing the agency', async () => {
    const before = await documentOf(meili.client, own.id);
    const sent = await updatePageRoute(
      portal,
      post(path(), updateForm, { cookie: await ownPerson() }),
      'en',
      own.id,
    );
    expect(sent.kind === 'response' && sent.response.headers.get('location')).toBe(
      `/en/agency/innovation/${own.id}?terkirim=ya`,
    );
    const [pending] = await store.updatesOf(own.id);
    expect(pending?.state).toBe('pending');
    expect((await documentOf(meili.client, own.id)).status).toBe(before.status);
    const badDecision = await reviewsRoute(
      portal,
      post(
        '/admin/pemutakhiran',
        { aksi: 'tolak', id: String(pending?.id) },
        { cookie: await admin() },
      ),
      'id',
    );
    expect(badDecision).toMatchObject({ kind: 'page', reasonMissing: pending?.id });
    const approved = await reviewsRoute(
      portal,
      post(
        '/admin/pemutakhiran',
        { aksi: 'setujui', id: String(pending?.id) },
        { cookie: await admin() },
      ),
      'id',
    );
    expect(approved.kind === 'response' && approved.response.status).toBe(303);
    const after = await documentOf(meili.client, own.id);
    expect(after).toMatchObject({
      status: 'berkembang',
      statusUpdatedAt: '2026-03-03',
      statusSource: 'agency',
      replication: {
        contact: {
          officeEmail: 'inovasi@kantor.go.id',
          officePhone: '+62 21 555 0100',
          officeWebsite: 'https://kantor.go.id/replikasi',
        },
        howTo: 'Kirim surat permohonan ke bidang inovasi.',
        documents: [{ title: 'Panduan', url: 'https://kantor.go.id/panduan.pdf' }],
      },
    });
    expect(String(after.updatedAt) > String(before.updatedAt)).toBe(true);
    const mail = await store.listMail({ limit: 10, offset: 0 });
    expect(mail.rows.find((row) => row.kind === 'agency-update-review')).toMatchObject({
      recipient: 'rina@agency-one.go.id',
      locale: 'en',
    });
    const audit = (await store.listAudit(20, 0)).rows.map((row) => row.action);
    expect(audit).toEqual(
      expect.arrayContaining(['agency-update.submit', 'agency-update.approve']),
    );
  });

  it('mails a rejection with its reason, and keeps the published version live', async () => {
    await updatePageRoute(
      portal,
      post(path(), { ...updateForm, status: 'vakum' }, { cookie: await ownPerson() }),
      'id',
      own.id,
    );
    const [pending] = await store.updatesOf(own.id);
    const rejected = await reviewsRoute(
      portal,
      post(
        '/admin/pemutakhiran',
        { aksi: 'tolak', id: String(pending?.id), alasan: 'Tanggal tidak sesuai <b>laporan</b>.' },
        { cookie: await admin() },
      ),
      'id',
    );
    expect(rejected.kind === 'response' && rejected.response.status).toBe(303);
    const mail = (await store.listMail({ limit: 10, offset: 0 })).rows.find(
      (row) => row.kind === 'agency-update-review' && row.subject.includes('ditolak'),
    );
    expect(mail?.text).toContain('Tanggal tidak sesuai <b>laporan</b>.');
    expect(mail?.html).toContain('Tanggal tidak sesuai &lt;b&gt;laporan&lt;/b&gt;.');
    expect((await documentOf(meili.client, own.id)).status).toBe('berkembang');
  });

  it('keeps the approved update through a full re-ingest of the sample', async () => {
    const before = await documentOf(meili.client, own.id);
    await runRecordedIngest(sample, { config, engine, progress, logs: quiet });
    const after = await documentOf(meili.client, own.id);
    expect(after).toMatchObject({ status: 'berkembang', statusSource: 'agency' });
    expect(after.replication).toEqual(before.replication);
    expect(after.updatedAt).toBe(before.updatedAt);
  });

  it("lets a programme's newer dated statement win, keeping both in the history", async () => {
    const [header, row] = [own.header, [...own.row]];
    const column = (name: string) => header.findIndex((cell) => cell.trim() === name);
    row[column('Nomor Registrasi')] = 'KIPP-2026-00001';
    row[column('Tahun')] = '2026';
    row[column('Penghargaan')] = '';
    row[column('Status Keberlanjutan')] = 'Berhenti';
    row[column('Tanggal Pemutakhiran')] = '2026-11-20';
    const csv = [header, row].map((cells) => cells.map(quoted).join(',')).join('\n');
    await writeFile(extra.file('kipp-2026.csv'), `${csv}\n`);
    const groups = sampleGroups.map((group) =>
      group.programme === 'kipp' ? { ...group, inputs: [...group.inputs, extra.path] } : group,
    );
    await runRecordedIngest({ ...sample, groups }, { config, engine, progress, logs: quiet });
    const after = await documentOf(meili.client, own.id);
    expect(after).toMatchObject({
      status: 'berhenti',
      statusUpdatedAt: '2026-11-20',
      statusSource: 'programme',
    });
    expect(after.statusHistory).toEqual([
      { status: 'berhenti', asOf: '2026-11-20', source: 'programme' },
      {
        status: 'berkembang',
        asOf: '2026-03-03',
        source: 'agency',
        change: 'Diperluas ke semua kecamatan.',
      },
    ]);
    // What the agency published about replicating stays.
    expect(after.replication).toMatchObject({ howTo: 'Kirim surat permohonan ke bidang inovasi.' });
  });
});

function quoted(cell: string): string {
  return `"${cell.replaceAll('"', '""')}"`;
}
