import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession } from '../../../src/features/accounts/session.ts';
import { agencyAreaRoute } from '../../../src/features/accounts/agency-area.ts';
import { agencyAreaPost } from '../../../src/features/agency/area-post.ts';
import { ownEntryEndpoint } from '../../../src/features/interest/api/own-entry.ts';
import { hashToken, newToken } from '../../../src/features/interest/token.ts';
import { adminReplicationRoute } from '../../../src/features/replication/admin-route.ts';
import {
  documentEndpoint,
  privateDocumentEndpoint,
} from '../../../src/features/replication/documents.ts';
import { privateEvidenceRoute } from '../../../src/features/replication/evidence-route.ts';
import { certificateOf } from '../../../src/features/replication/certificate.ts';
import { spreadOf } from '../../../src/features/replication/spread.ts';
import { replicateInStore } from '../../helpers/replication.ts';
import {
  replicationsCsvEndpoint,
  replicationsEndpoint,
} from '../../../src/features/opendata/replications.ts';
import { replicationsAnswerSchema } from '../../../src/lib/replication/schema.ts';
import { sqliteFile } from '../../../src/infra/database/open.ts';
import type { Database } from '../../../src/infra/database/types.ts';
import { agencyKey } from '../../../src/lib/interest/agency-key.ts';
import { indexSettings } from '../../../src/lib/index/settings.ts';
import { agenciesOf, agencyIdentity } from '../../../src/lib/agency/name.ts';
import { startTestMeili, type TestMeili } from '../../helpers/meili.ts';
import { makeTempDir, type TempDir } from '../../helpers/temp.ts';
import { testPortal } from '../../helpers/test-portal.ts';
import {
  files,
  hostile,
  multipartBody,
  multipartType,
  streamOf,
  type FilePart,
} from '../../helpers/uploads.ts';

/*
 * Replication with evidence on a real Meilisearch and store: a registrant reports its agreement
 * with a PDF and its implementation, the innovating agency (or an administrator) confirms or
 * rejects them; each route refuses nobody, a stranger and the other agency; hostile uploads are
 * refused with a 4xx and leave no row behind; documents are served only to their parties.
 */
const INDEX = 'replication-evidence';
const surabaya = 'Dinas Kependudukan Kota Surabaya';
const malang = 'Dinas Kependudukan Kota Malang';
const padang = 'Dinas Kesehatan Kota Padang';
let meili: TestMeili;
let dir: TempDir;
let portal: ReturnType<typeof testPortal>;
let store: Database;

const doc = (id: string, agency: string, title: string) => ({
  id,
  agency,
  // Who runs it, keyed as accounts are (what an agency's area filters on).
  agencyKeys: agenciesOf({ agency }).map(({ key }) => key),
  title,
  year: 2020,
  status: 'berlanjut',
  interestCount: 0,
  replicationCount: 0,
});

beforeAll(async () => {
  [meili, dir] = await Promise.all([startTestMeili(), makeTempDir('replication-evidence')]);
  await meili.client.createIndex(INDEX, { primaryKey: 'id' }).waitTask();
  await meili.client.index(INDEX).updateSettings(indexSettings).waitTask();
  await meili.client
    .index(INDEX)
    .addDocuments([
      doc('kipp-2019-klampid', surabaya, 'Klampid New Generation'),
      doc('kipp-2019-malang', malang, 'Malang Cepat'),
      doc('kipp-2023-padang', padang, 'Padang Cepat'),
    ])
    .waitTask();
  portal = testPortal({
    MEILI_URL: meili.url,
    MEILI_MASTER_KEY: meili.masterKey,
    MEILI_INDEX: INDEX,
    DATA_DIR: dir.path,
    RATE_LIMIT_WRITES: '1000',
  });
  store = await portal.database();
  // The innovating agency has its people: reports are mailed to them, not to administrators.
  await Promise.all([innovatingAgency(), otherAgency(), administrator()]);
}, 120_000);

afterAll(async () => {
  await portal.close();
  await meili.stop();
  await dir.remove();
});

let registered = 0;

/** A confirmed entry of Padang's health office for Surabaya's innovation, and its token. */
async function entryWithToken(agency = `${padang} ${String(++registered)}`) {
  const token = newToken();
  const { registration } = await store.register({
    innovationId: 'kipp-2019-klampid',
    agency,
    agencyKey: agencyKey(agency, '13', '13.71'),
    cluster: 'kota',
    provinceCode: '13',
    regencyCode: '13.71',
    contactName: 'Rina Marlina',
    email: 'rina@padang.go.id',
    phone: '+62 812 3456 7890',
    note: undefined,
    consent: true,
    shareEmail: true,
    sharePhone: false,
    tokenHash: hashToken(token),
    now: new Date().toISOString(),
  });
  return { token, registration };
}

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
  return (await startSession(store, new Request('http://127.0.0.1/'), account)).split(';')[0] ?? '';
}

const innovatingAgency = () => cookieOf('kepala@surabaya.go.id', surabaya);
const otherAgency = () => cookieOf('kepala@malang.go.id', malang);
const administrator = () => cookieOf('admin@lumbung.go.id');

let client = 0;
/** A request from a client address of its own (each its own allowance). */
function context(request: Request) {
  return { request, clientAddress: `10.0.0.${String(++client % 250)}` };
}

function report(
  token: string,
  fields: Record<string, string>,
  file?: FilePart,
  headers: Record<string, string> = {},
) {
  return privateEvidenceRoute(
    portal,
    context(
      new Request(`http://127.0.0.1/minat/${token}/bukti`, {
        method: 'POST',
        body: multipartBody(fields, file),
        headers: { 'content-type': multipartType, ...headers },
      }),
    ),
    token,
    'id',
  );
}

function post(path: string, body: Record<string, string>, cookie?: string) {
  return context(
    new Request(`http://127.0.0.1${path}`, {
      method: 'POST',
      body: new URLSearchParams(body),
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        ...(cookie !== undefined && { cookie }),
      },
    }),
  );
}

async function decideAsAgency(cookie: string, body: Record<string, string>) {
  return agencyAreaPost(portal, post('/instansi', body, cookie), 'id');
}

function getDocument(id: number, cookie?: string) {
  const url = new URL(`http://127.0.0.1/dokumen/${String(id)}`);
  const request = new Request(url, { headers: cookie === undefined ? {} : { cookie } });
  return documentEndpoint({ ...context(request), url, params: { id: String(id) } }, portal);
}

/** Rows of the evidence and document tables, read straight from the SQLite file. */
function rowCounts(): { evidence: number; documents: number } {
  const db = new DatabaseSync(sqliteFile(dir.path), { readOnly: true });
  try {
    const count = (table: string) =>
      Number(db.prepare(`SELECT count(*) AS n FROM ${table}`).get()?.n);
    return { evidence: count('replication_evidence'), documents: count('replication_documents') };
  } finally {
    db.close();
  }
}

const agreement = { laporan: 'kesepakatan', tanggal: '2026-01-15', adaptasi: 'Alur dan formulir.' };
const implementation = {
  laporan: 'implementasi',
  tanggal: '2026-02-01',
  adaptasi: 'Formulir daring.',
  hasil: 'Antrean turun separuh.',
  tautan: 'https://padang.go.id/layanan',
};

async function countsInIndex(id: string) {
  await (await portal.indexSync()).flush();
  const found = await meili.client.index(INDEX).getDocument(id);
  return found.replicationCount as number;
}

describe('replication with evidence', () => {
  it('takes an entry from the agreement to a confirmed replication, counted once confirmed', async () => {
    const { token, registration } = await entryWithToken();
    const sent = await report(
      token,
      { ...agreement, publik: 'ya' },
      {
        filename: 'kesepakatan.pdf',
        bytes: files.pdf,
      },
    );
    expect(sent).toMatchObject({ kind: 'redirect', location: `/minat/${token}?dilaporkan=1` });
    expect(await store.byId(registration.id)).toMatchObject({ stage: 'mereplikasi' });
    const mail = await store.listMail({ limit: 1, offset: 0 });
    expect(mail.rows[0]).toMatchObject({
      kind: 'replication-reported',
      recipient: 'kepala@surabaya.go.id',
    });

    const area = await agencyAreaRoute(
      portal,
      post('/instansi', {}, await innovatingAgency()).request,
    );
    if (area.kind !== 'area') throw new Error(area.kind);
    const pending = area.reports.find((item) => item.entry.id === registration.id);
    expect(pending?.evidence.documents).toHaveLength(1);
    const other = await agencyAreaRoute(portal, post('/instansi', {}, await otherAgency()).request);
    expect(other.kind === 'area' && other.reports).toEqual([]);

    const id = String(pending?.evidence.id);
    const confirmAgreement = { aksi: 'bukti-konfirmasi', bukti: id };
    expect(await decideAsAgency(await otherAgency(), confirmAgreement)).toMatchObject({
      kind: 'failed',
      failure: { status: 404 },
    });
    const nobody = await agencyAreaPost(portal, post('/instansi', confirmAgreement), 'id');
    expect(nobody.kind === 'response' && nobody.response.status).toBe(303);
    const crossSite = post('/instansi', confirmAgreement, await innovatingAgency());
    crossSite.request.headers.set('sec-fetch-site', 'cross-site');
    expect(await agencyAreaPost(portal, crossSite, 'id')).toMatchObject({
      failure: { status: 403 },
    });
    expect((await store.evidenceById(Number(id)))?.state).toBe('reported');
    const done = await decideAsAgency(await innovatingAgency(), confirmAgreement);
    expect(done.kind === 'response' && done.response.headers.get('location')).toBe(
      '/instansi?bukti=dikonfirmasi',
    );
    expect((await store.listMail({ limit: 1, offset: 0 })).rows[0]).toMatchObject({
      kind: 'replication-decided',
      recipient: 'rina@padang.go.id',
    });

    const replica = { ...implementation, replika: 'http://127.0.0.1/inovasi/kipp-2019-malang' };
    const notOwn = await report(token, replica);
    expect(notOwn).toMatchObject({
      answer: { status: 400 },
      report: { fields: { replika: 'replication.error.replica' } },
    });
    const reported = await report(token, implementation, {
      filename: 'laporan.png',
      type: 'image/png',
      bytes: files.png,
    });
    expect(reported.kind).toBe('redirect');
    expect(await countsInIndex('kipp-2019-klampid')).toBe(0);
    const [waiting] = await store.reportedEvidence(10, ['kipp-2019-klampid']);
    const admin = await adminReplicationRoute(
      portal,
      {
        ...post(
          '/admin/replikasi',
          { aksi: 'bukti-konfirmasi', bukti: String(waiting?.id) },
          await administrator(),
        ),
        url: new URL('http://127.0.0.1/admin/replikasi'),
        response: { headers: new Headers() },
      },
      'id',
    );
    expect(admin.kind === 'response' && admin.response.status).toBe(303);
    const confirmed = await store.confirmedReplications('kipp-2019-klampid');
    expect(confirmed.map((item) => item.agency)).toContain(registration.agency);
    expect(confirmed[0]?.code).toMatch(
      /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/,
    );
    expect(await countsInIndex('kipp-2019-klampid')).toBe(confirmed.length);
    const audit = await store.listAudit(2, 0);
    expect(audit.rows.map((row) => row.action)).toContain('replication.evidence');
  });

  it('rejects only with a reason, mailed, and takes the entry back a stage', async () => {
    const { token, registration } = await entryWithToken();
    await report(token, agreement);
    const [evidence] = await store.evidenceOf(registration.id);
    const bare = { aksi: 'bukti-tolak', bukti: String(evidence?.id), alasan: ' ' };
    expect(await decideAsAgency(await innovatingAgency(), bare)).toMatchObject({
      kind: 'failed',
      failure: { status: 400 },
      evidenceId: evidence?.id,
    });
    const reason = 'Tanda tangan <b>tidak</b> terbaca.';
    const done = await decideAsAgency(await innovatingAgency(), { ...bare, alasan: reason });
    expect(done.kind).toBe('response');
    expect(await store.byId(registration.id)).toMatchObject({ stage: 'berkomunikasi' });
    const [mail] = (await store.listMail({ limit: 1, offset: 0 })).rows;
    expect(mail).toMatchObject({ recipient: 'rina@padang.go.id' });
    expect(mail?.text).toContain(reason);
    expect(mail?.html).toContain('Tanda tangan &lt;b&gt;tidak&lt;/b&gt; terbaca.');
  });

  it('moves to replicating and replicated only with evidence, also through the JSON API', async () => {
    const { token } = await entryWithToken();
    for (const stage of ['mereplikasi', 'tereplikasi']) {
      const url = new URL(`http://127.0.0.1/api/minat/${token}`);
      const request = new Request(url, {
        method: 'POST',
        body: JSON.stringify({ stage }),
        headers: { 'content-type': 'application/json' },
      });
      const answer = await ownEntryEndpoint(
        { ...context(request), url, params: { token } },
        portal,
      );
      expect(answer.status).toBe(400);
    }
    // An implementation before the agreement was confirmed is refused.
    expect(await report(token, implementation)).toMatchObject({ answer: { status: 400 } });
  });

  it('refuses every hostile upload with a 4xx and stores nothing', async () => {
    const { token, registration } = await entryWithToken();
    const before = rowCounts();
    const cases: [string, () => ReturnType<typeof report>, number][] = [
      [
        'HTML named .pdf',
        () => report(token, agreement, { filename: 'a.pdf', bytes: hostile.html }),
        415,
      ],
      [
        'SVG named .pdf',
        () => report(token, agreement, { filename: 'a.pdf', bytes: hostile.svg }),
        415,
      ],
      [
        'PDF with HTML',
        () => report(token, agreement, { filename: 'a.pdf', bytes: hostile.pdfHtml }),
        415,
      ],
      [
        'PNG with a ZIP',
        () => report(token, agreement, { filename: 'a.png', bytes: hostile.pngZip }),
        415,
      ],
      [
        'PDF with a script',
        () => report(token, agreement, { filename: 'a.pdf', bytes: hostile.pdfScript }),
        415,
      ],
      [
        'a path in its name',
        () => report(token, agreement, { filename: '../../a.pdf', bytes: files.pdf }),
        400,
      ],
      [
        'a control character in its name',
        () =>
          report(token, agreement, { filename: 'a\u0007.pdf', encoded: true, bytes: files.pdf }),
        400,
      ],
      [
        'over 10 MB',
        () =>
          report(token, agreement, {
            filename: 'a.pdf',
            bytes: Buffer.concat([files.pdf, Buffer.alloc(10 * 1024 * 1024)]),
          }),
        413,
      ],
      [
        'declared over the limit',
        () =>
          report(
            token,
            agreement,
            { filename: 'a.pdf', bytes: files.pdf },
            { 'content-length': String(11 * 1024 * 1024) },
          ),
        413,
      ],
      [
        'broken multipart',
        () =>
          privateEvidenceRoute(
            portal,
            context(
              new Request(`http://127.0.0.1/minat/${token}/bukti`, {
                method: 'POST',
                body: multipartBody(agreement, { filename: 'a.pdf', bytes: files.pdf }).subarray(
                  0,
                  300,
                ),
                headers: { 'content-type': multipartType },
              }),
            ),
            token,
            'id',
          ),
        400,
      ],
      [
        'not multipart',
        () =>
          privateEvidenceRoute(
            portal,
            context(
              new Request(`http://127.0.0.1/minat/${token}/bukti`, {
                method: 'POST',
                body: new URLSearchParams(agreement),
                headers: { 'content-type': 'application/x-www-form-urlencoded' },
              }),
            ),
            token,
            'id',
          ),
        415,
      ],
      [
        'a future date',
        () =>
          report(
            token,
            { ...agreement, tanggal: '2999-01-01' },
            { filename: 'a.pdf', bytes: files.pdf },
          ),
        400,
      ],
    ];
    for (const [name, send, status] of cases) {
      const answer = await send();
      expect({
        name,
        status:
          answer.kind === 'page' && typeof answer.answer !== 'number'
            ? answer.answer.status
            : answer.kind,
      }).toEqual({ name, status });
    }
    const streamed = await privateEvidenceRoute(
      portal,
      context(
        new Request(`http://127.0.0.1/minat/${token}/bukti`, {
          method: 'POST',
          body: streamOf(multipartBody(agreement).subarray(0, 200), 12 * 1024 * 1024),
          headers: { 'content-type': multipartType },
          duplex: 'half',
        } as RequestInit),
      ),
      token,
      'id',
    );
    expect(streamed.kind === 'page' && streamed.answer).toMatchObject({ status: 413 });
    expect(rowCounts()).toEqual(before);
    expect((await store.byId(registration.id))?.stage).toBe('berminat');
  });

  it('serves a private document to its parties only, with the headers of a download', async () => {
    const { token, registration } = await entryWithToken();
    await report(token, agreement, { filename: 'rahasia.pdf', bytes: files.pdf });
    const [evidence] = await store.evidenceOf(registration.id);
    const id = evidence?.documents[0]?.id ?? 0;
    for (const cookie of [
      undefined,
      await otherAgency(),
      await cookieOf('x@contoh.go.id', 'Dinas Lain'),
    ]) {
      const refused = await getDocument(id, cookie);
      expect(refused.status).toBe(404);
      expect(await refused.text()).not.toContain('%PDF');
    }
    for (const cookie of [await innovatingAgency(), await administrator()]) {
      const served = await getDocument(id, cookie);
      expect(served.status).toBe(200);
      expect(served.headers.get('content-type')).toBe('application/pdf');
      expect(served.headers.get('content-disposition')).toBe(
        `attachment; filename="dokumen-${String(id)}.pdf"`,
      );
      expect(served.headers.get('x-content-type-options')).toBe('nosniff');
      expect(served.headers.get('cache-control')).toBe('no-store');
      expect(Buffer.from(await served.arrayBuffer())).toEqual(files.pdf);
    }
    const own = (path: string, ownToken: string) => {
      const url = new URL(`http://127.0.0.1${path}`);
      return privateDocumentEndpoint(
        { ...context(new Request(url)), url, params: { token: ownToken, id: String(id) } },
        portal,
      );
    };
    expect((await own(`/minat/${token}/dokumen/${String(id)}`, token)).status).toBe(200);
    const stranger = await entryWithToken();
    expect((await own('/x', stranger.token)).status).toBe(404);
    expect((await getDocument(999_999)).status).toBe(404);
  });

  it('serves a public document to anyone once its report is confirmed', async () => {
    const { token, registration } = await entryWithToken();
    await report(
      token,
      { ...agreement, publik: 'ya' },
      { filename: 'publik.png', type: 'image/png', bytes: files.png },
    );
    const [evidence] = await store.evidenceOf(registration.id);
    const id = evidence?.documents[0]?.id ?? 0;
    expect((await getDocument(id)).status).toBe(404);
    await decideAsAgency(await innovatingAgency(), {
      aksi: 'bukti-konfirmasi',
      bukti: String(evidence?.id),
    });
    const served = await getDocument(id);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    await store.setHidden(registration.id, true, new Date().toISOString());
    expect((await getDocument(id)).status).toBe(404);
  });

  it('holds an entry to its document limit', async () => {
    const { token, registration } = await entryWithToken();
    for (let round = 0; round < 3; round++) {
      await report(token, agreement, { filename: `k${String(round)}.pdf`, bytes: files.pdf });
      const [evidence] = await store.evidenceOf(registration.id);
      await decideAsAgency(await innovatingAgency(), {
        aksi: 'bukti-tolak',
        bukti: String(evidence?.id),
        alasan: 'Ulangi.',
      });
      await report(token, agreement, { filename: `l${String(round)}.pdf`, bytes: files.pdf });
      const [again] = await store.evidenceOf(registration.id);
      await decideAsAgency(await innovatingAgency(), {
        aksi: 'bukti-tolak',
        bukti: String(again?.id),
        alasan: 'Ulangi.',
      });
    }
    expect(await store.documentUse(registration.id)).toMatchObject({ count: 6 });
    const over = await report(token, agreement, { filename: 'ketujuh.pdf', bytes: files.pdf });
    expect(over).toMatchObject({
      answer: { status: 413 },
      report: { fields: { dokumen: 'replication.upload.entryLimit' } },
    });
    expect(await store.documentUse(registration.id)).toMatchObject({ count: 6 });
  });

  it('shows where an innovation spread, the chain onward, and each certificate by its code', async () => {
    const register = async (innovationId: string, agency: string, provinceCode: string) =>
      (
        await store.register({
          innovationId,
          agency,
          agencyKey: agencyKey(agency, provinceCode),
          cluster: 'kota',
          provinceCode,
          regencyCode: undefined,
          contactName: 'Narahubung',
          email: 'narahubung@contoh.go.id',
          phone: '+62 811 000 000',
          note: undefined,
          consent: true,
          shareEmail: false,
          sharePhone: false,
          tokenHash: hashToken(newToken()),
          now: new Date().toISOString(),
        })
      ).registration;
    const malangEntry = await register('kipp-2019-klampid', malang, '35');
    await replicateInStore(store, malangEntry.id, {
      replicaId: 'kipp-2019-malang',
      code: 'MAXA-NG00-0001',
    });
    const padangEntry = await register('kipp-2019-malang', padang, '13');
    await replicateInStore(store, padangEntry.id, {
      replicaId: 'kipp-2023-padang',
      code: 'PADA-NG00-0002',
    });
    const spread = await spreadOf(portal, 'kipp-2019-klampid');
    const viaMalang = spread.replications.find((item) => item.code === 'MAXA-NG00-0001');
    expect(viaMalang).toMatchObject({
      agency: malang,
      replicaId: 'kipp-2019-malang',
      replicaTitle: 'Malang Cepat',
      onward: [[padang]],
    });
    expect(JSON.stringify(spread)).not.toMatch(/narahubung|Narahubung|811 000/);
    expect((await spreadOf(portal, 'kipp-2019-malang')).from).toEqual([
      {
        innovationId: 'kipp-2019-klampid',
        title: 'Klampid New Generation',
        agency: surabaya,
        code: 'MAXA-NG00-0001',
      },
    ]);
    const certificate = await certificateOf(portal, 'maxa-ngoo-ooo1');
    expect(certificate).toMatchObject({
      title: 'Klampid New Generation',
      innovatingAgency: surabaya,
      replicaTitle: 'Malang Cepat',
      replication: { agency: malang, code: 'MAXA-NG00-0001', agreedOn: '2026-01-05' },
    });
    expect(JSON.stringify(certificate)).not.toMatch(/narahubung/);
    expect(await certificateOf(portal, 'MAXA-NG00-0003')).toBeUndefined();
    expect(await certificateOf(portal, '../../etc')).toBeUndefined();
    expect(await certificateOf(portal, '')).toBeUndefined();
  });

  it('lists confirmed replications as open data, public fields only, and refuses bad parameters', async () => {
    const call = (endpoint: typeof replicationsEndpoint, query: string) => {
      const url = new URL(`http://127.0.0.1/api/v1/replications${query}`);
      return endpoint({ ...context(new Request(url)), url, params: {} }, portal);
    };
    const answer = await call(replicationsEndpoint, '');
    expect(answer.status).toBe(200);
    const body = replicationsAnswerSchema.strict().parse(await answer.json());
    const confirmed = await store.confirmedReplications();
    expect(body.total).toBe(confirmed.length);
    expect(body.data.map((row) => row.code)).toEqual(confirmed.map((row) => row.code));
    expect(body.perYear.reduce((sum, row) => sum + row.count, 0)).toBe(confirmed.length);
    expect(body.data[0]).toMatchObject({ province: expect.any(String) as string });
    const text = JSON.stringify(body);
    for (const secret of ['rina@padang', 'Rina Marlina', '3456', 'narahubung', 'dokumen', 'Alur']) {
      expect(text).not.toContain(secret);
    }
    const one = await call(replicationsEndpoint, '?inovasi=kipp-2019-malang');
    expect(((await one.json()) as { total: number }).total).toBe(1);
    expect((await call(replicationsEndpoint, '?inovasi=../x')).status).toBe(400);
    expect((await call(replicationsEndpoint, '?email=x')).status).toBe(400);
    const csv = await call(replicationsCsvEndpoint, '');
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toContain('attachment');
    const lines = (await csv.text()).trim().split('\n');
    expect(lines[0]).toContain('code,innovationId,agency');
    expect(lines).toHaveLength(confirmed.length + 1);
  });

  it('answers bad input, strangers and the signed-out on the report, document and admin routes', async () => {
    // A token of nobody's entry: 404 before its body is read; a GET goes back to the page.
    const stranger = newToken();
    expect(await report(stranger, agreement, { filename: 'a.pdf', bytes: files.pdf })).toEqual({
      kind: 'not-found',
    });
    const { token } = await entryWithToken();
    const back = await privateEvidenceRoute(
      portal,
      context(new Request(`http://127.0.0.1/minat/${token}/bukti`)),
      token,
      'en',
    );
    expect(back).toEqual({ kind: 'redirect', location: `/en/interest/${token}` });
    const crossSite = await report(token, agreement, undefined, { 'sec-fetch-site': 'cross-site' });
    expect(crossSite).toMatchObject({ answer: { status: 403 } });
    const wrongKind = await report(token, { ...agreement, laporan: 'implementasi' });
    expect(wrongKind).toMatchObject({ answer: { status: 400 } });

    for (const id of ['abc', '0', '-1', '99999999999', '1e3']) {
      const url = new URL(`http://127.0.0.1/dokumen/${id}`);
      const answer = await documentEndpoint(
        {
          ...context(new Request(url, { headers: { cookie: await administrator() } })),
          url,
          params: { id },
        },
        portal,
      );
      expect(answer.status).toBe(404);
    }
    const posted = await documentEndpoint(
      {
        ...context(new Request('http://127.0.0.1/dokumen/1', { method: 'POST' })),
        url: new URL('http://127.0.0.1/dokumen/1'),
        params: { id: '1' },
      },
      portal,
    );
    expect(posted.status).toBe(405);

    const asAdminPage = async (cookie?: string, body?: Record<string, string>) =>
      adminReplicationRoute(
        portal,
        {
          ...(body === undefined
            ? context(
                new Request('http://127.0.0.1/admin/replikasi', {
                  headers: cookie === undefined ? {} : { cookie },
                }),
              )
            : post('/admin/replikasi', body, cookie)),
          url: new URL('http://127.0.0.1/admin/replikasi'),
          response: { headers: new Headers() },
        },
        'id',
      );
    for (const cookie of [undefined, await innovatingAgency(), await otherAgency()]) {
      const refused = await asAdminPage(cookie, { aksi: 'bukti-konfirmasi', bukti: '1' });
      expect(refused.kind === 'response' && refused.response.headers.get('location')).toBe(
        '/admin/masuk',
      );
    }
    const listed = await asAdminPage(await administrator());
    expect(listed.kind).toBe('page');
    const invalid = await asAdminPage(await administrator(), { aksi: 'bukti-hapus', bukti: 'x' });
    expect(invalid).toMatchObject({ kind: 'page', notice: { ok: false } });
    const unknown = await asAdminPage(await administrator(), {
      aksi: 'bukti-konfirmasi',
      bukti: '987654',
    });
    expect(unknown).toMatchObject({
      kind: 'page',
      notice: { message: 'replication.decide.notPending' },
    });
  });
});
