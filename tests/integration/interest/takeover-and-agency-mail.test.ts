import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession } from '../../../src/features/accounts/session.ts';
import { remindStaleAgencies } from '../../../src/features/accounts/reminders.ts';
import { adminListRoute } from '../../../src/features/admin/list-route.ts';
import { activityEndpoint } from '../../../src/features/interest/api/activity.ts';
import { ownEntryEndpoint } from '../../../src/features/interest/api/own-entry.ts';
import { claimRoute } from '../../../src/features/interest/claim-route.ts';
import { privateRoute } from '../../../src/features/interest/private-route.ts';
import { indexSettings } from '../../../src/lib/index/settings.ts';
import { slugify } from '../../../src/lib/text/slug.ts';
import { agencyIdentity } from '../../../src/lib/agency/name.ts';
import type { Account } from '../../../src/infra/database/accounts-types.ts';
import { startTestMeili, type TestMeili } from '../../helpers/meili.ts';
import { searchDocOf } from '../../helpers/search-doc.ts';
import { startTestSmtp, type ReceivedMail, type TestSmtp } from '../../helpers/smtp.ts';
import { makeTempDir, type TempDir } from '../../helpers/temp.ts';
import { testPortal } from '../../helpers/test-portal.ts';

/*
 * The hostile probe of issue 13 on a running portal (real Meilisearch, SQLite store, a real
 * SMTP server): `DINAS KESEHATAN KOTA PADANG!!` registered after the real Dinas Kesehatan Kota
 * Padang takes nothing over; the innovating agency hears of each new registration; agencies are
 * reminded of innovations not updated for 12 months, once a month.
 */
const SITE = 'https://lumbung.example';
const INDEX = 'takeover';
const padang = 'Dinas Kesehatan Kota Padang';
const PADANG_SEHAT = 'kipp-2020-001';
const OTHER = 'kipp-2021-002';
let meili: TestMeili;
let smtp: TestSmtp;
let dir: TempDir;
let portal: ReturnType<typeof testPortal>;
let admin: Account;
let rina: Account;

const innovation = (id: string, agency: string, title: string, statusUpdatedAt?: string) =>
  searchDocOf({
    id,
    agency,
    title,
    year: 2020,
    ...(statusUpdatedAt === undefined ? {} : { statusUpdatedAt }),
  });

beforeAll(async () => {
  [meili, smtp, dir] = await Promise.all([
    startTestMeili(),
    startTestSmtp(),
    makeTempDir('takeover'),
  ]);
  await meili.client.createIndex(INDEX, { primaryKey: 'id' }).waitTask();
  await meili.client.index(INDEX).updateSettings(indexSettings).waitTask();
  await meili.client
    .index(INDEX)
    .addDocuments([
      innovation(PADANG_SEHAT, padang, 'Padang Sehat', '2021-03-01'),
      innovation(
        'kipp-2023-003',
        padang,
        'Posyandu Digital',
        new Date().toISOString().slice(0, 10),
      ),
      innovation(OTHER, 'Dinas Pendidikan Kota Bukittinggi', 'Sekolah Ramah Anak'),
    ])
    .waitTask();
  portal = testPortal({
    MEILI_URL: meili.url,
    MEILI_MASTER_KEY: meili.masterKey,
    MEILI_INDEX: INDEX,
    DATA_DIR: dir.path,
    SITE_URL: SITE,
    SMTP_URL: smtp.url,
    MAIL_FROM: 'Lumbung Inovasi <noreply@lumbung.example>',
    MAIL_POLL_MS: '50',
    RATE_LIMIT_WRITES: '1000',
  });
  await portal.start();
  const store = await portal.database();
  const account = async (email: string, role: 'admin' | 'agency', agency?: string) => {
    const made = await store.createAccount({
      email,
      role,
      agency,
      agencyKey: agency === undefined ? undefined : agencyIdentity(agency),
      invitedBy: 'admin-token',
      now: new Date().toISOString(),
    });
    if (made === undefined) throw new Error(email);
    return made;
  };
  admin = await account('admin@lumbung.example', 'admin');
  rina = await account('rina@dinkes.padang.go.id', 'agency', padang);
  await account('budi@dinkes.padang.go.id', 'agency', 'DINAS KESEHATAN KOTA PADANG');
  // Rina signed in on the English pages: her mail is in English; Budi's in Indonesian.
  await store.setAccountLocale(rina.id, 'en');
}, 120_000);
afterAll(async () => {
  await portal.close();
  await smtp.stop();
  await meili.stop();
  await dir.remove();
});

const form = (over: Record<string, string> = {}) => ({
  agency: padang,
  cluster: 'kota',
  provinceCode: '13',
  regencyCode: '13.71',
  contactName: 'Rina Marlina',
  email: 'pemilik@padang.go.id',
  phone: '+62 751 123456',
  note: 'Kami ingin belajar dari Padang Sehat.',
  consent: 'true',
  shareEmail: 'on',
  sharePhone: 'on',
  ...over,
});

async function register(id: string, body: Record<string, string>): Promise<Response> {
  const url = new URL(`${SITE}/api/inovasi/${id}/minat`);
  const request = new Request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: SITE },
    body: JSON.stringify({ ...body, consent: true }),
  });
  return activityEndpoint({ request, url, params: { id }, clientAddress: '10.0.0.1' }, portal);
}

async function activity(id: string) {
  const url = new URL(`${SITE}/api/inovasi/${id}/minat`);
  const response = await activityEndpoint(
    { request: new Request(url), url, params: { id }, clientAddress: '10.0.0.2' },
    portal,
  );
  return (await response.json()) as { interestCount: number; entries: { agency: string }[] };
}

async function ownEntry(token: string): Promise<Response> {
  const url = new URL(`${SITE}/api/minat/${token}`);
  return ownEntryEndpoint(
    { request: new Request(url), url, params: { token }, clientAddress: '10.0.0.3' },
    portal,
  );
}

/** The messages that arrived since `from`, for one address. */
const mailTo = (address: string, from = 0): ReceivedMail[] =>
  smtp.received.slice(from).filter((mail) => mail.to === address);

const linkIn = (mail: ReceivedMail | undefined, path: string): string => {
  const match = new RegExp(`${SITE}${path}/([A-Za-z0-9_-]{43})`).exec(mail?.text ?? '');
  if (match?.[1] === undefined) throw new Error(`no ${path} link in ${mail?.text ?? 'nothing'}`);
  return match[1];
};

async function settle(count: number): Promise<void> {
  await smtp.waitFor(count, 10_000);
  await new Promise((resolve) => setTimeout(resolve, 300));
}

/** The messages to `address` since `from`, once `count` of them arrived. */
async function arrived(address: string, count: number, from = 0): Promise<ReceivedMail[]> {
  const deadline = Date.now() + 10_000;
  while (mailTo(address, from).length < count) {
    if (Date.now() > deadline)
      throw new Error(`${String(count)} messages to ${address} never came`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return mailTo(address, from);
}

let ownerToken = '';
let claimToken = '';

describe('the probe: a second registration of an agency from another address', () => {
  it('registers the real agency: its link by mail only, counted once it is opened', async () => {
    const response = await register(PADANG_SEHAT, form());
    expect(response.status).toBe(201);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ created: true, outcome: 'created', confirmByMail: true });
    expect(body).not.toHaveProperty('token');
    await settle(3);
    ownerToken = linkIn(mailTo('pemilik@padang.go.id')[0], '/minat');
    expect((await activity(PADANG_SEHAT)).interestCount).toBe(0);
    const opened = await ownEntry(ownerToken);
    expect(opened.status).toBe(200);
    expect((await activity(PADANG_SEHAT)).entries.map((entry) => entry.agency)).toEqual([padang]);
  });

  it("mails the innovating agency's people, each in its own language, with the shared contact", async () => {
    const [english] = await arrived('rina@dinkes.padang.go.id', 1);
    const [indonesian] = await arrived('budi@dinkes.padang.go.id', 1);
    expect(english?.subject).toBe('New replication interest in “Padang Sehat”');
    expect(english?.text).toContain(`${padang} (Kota Padang) registered its interest`);
    expect(english?.text).toContain('Kami ingin belajar dari Padang Sehat.');
    expect(english?.text).toContain('pemilik@padang.go.id');
    expect(english?.text).toContain('+62 751 123456');
    expect(english?.text).toContain(`${SITE}/en/agency`);
    expect(indonesian?.subject).toBe('Minat replikasi baru untuk “Padang Sehat”');
    expect(indonesian?.text).toContain(
      'narahubung Rina Marlina, e-mail pemilik@padang.go.id, telepon +62 751 123456',
    );
    expect(mailTo('admin@lumbung.example')).toEqual([]);
  });

  it('answers DINAS KESEHATAN KOTA PADANG!! with a claim: nothing of the entry changes', async () => {
    const before = smtp.received.length;
    const response = await register(
      PADANG_SEHAT,
      form({
        agency: 'DINAS KESEHATAN KOTA PADANG!!',
        contactName: 'Penyusup',
        email: 'penyusup@contoh.example',
        phone: '0812 9999 9999',
        note: '',
      }),
    );
    expect(response.status).toBe(202);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ created: false, outcome: 'claimed' });
    expect(body).not.toHaveProperty('token');
    expect(body).not.toHaveProperty('privateUrl');
    // The owner's link keeps working, with its own contact and note.
    const owner = await ownEntry(ownerToken);
    expect(owner.status).toBe(200);
    expect(await owner.json()).toMatchObject({
      agency: padang,
      contactName: 'Rina Marlina',
      email: 'pemilik@padang.go.id',
      phone: '+62 751 123456',
      note: 'Kami ingin belajar dari Padang Sehat.',
      stage: 'berminat',
    });
    const shown = await activity(PADANG_SEHAT);
    expect(shown.entries.map((entry) => entry.agency)).toEqual([padang]);
    expect(shown.interestCount).toBe(1);
    await settle(before + 1);
    // Only the owner hears of it (a claim is no new registration for the agency).
    expect(smtp.received.slice(before).map((mail) => mail.to)).toEqual(['pemilik@padang.go.id']);
    const [claim] = mailTo('pemilik@padang.go.id', before);
    expect(claim?.text).toContain('Penyusup (penyusup@contoh.example)');
    expect(claim?.text).toContain(
      'Pendaftaran Anda tidak diubah dan tautan pribadi Anda tetap berlaku',
    );
    claimToken = linkIn(claim, '/minat/klaim');
  });

  it('lets the owner decide the claim by its mailed link, refusing bad posts', async () => {
    const url = new URL(`${SITE}/minat/klaim/${claimToken}`);
    const post = (body: string, headers: Record<string, string> = { origin: SITE }) =>
      claimRoute(
        portal,
        {
          request: new Request(url, {
            method: 'POST',
            body,
            headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
          }),
          clientAddress: '10.0.0.4',
        },
        claimToken,
        url,
      );
    const shown = await claimRoute(
      portal,
      { request: new Request(url), clientAddress: 'x' },
      claimToken,
      url,
    );
    expect(shown).toMatchObject({ kind: 'page', answer: 200, claim: { status: 'pending' } });
    const crossSite = await post('keputusan=terima', { origin: 'https://evil.example' });
    expect(crossSite).toMatchObject({ kind: 'page', answer: { status: 403 } });
    const bad = await post('keputusan=ambil-alih');
    expect(bad).toMatchObject({ kind: 'page', answer: { status: 400 } });
    const wrong = await claimRoute(
      portal,
      { request: new Request(url), clientAddress: 'x' },
      ownerToken,
      url,
    );
    expect(wrong).toEqual({ kind: 'not-found' });
    expect(
      await claimRoute(portal, { request: new Request(url), clientAddress: 'x' }, '../x', url),
    ).toEqual({ kind: 'not-found' });
    const before = smtp.received.length;
    expect(await post('keputusan=terima')).toMatchObject({ kind: 'redirect' });
    // In the language of the pages the claimant registered on (Indonesian here).
    const [accepted] = await arrived('penyusup@contoh.example', 1, before);
    expect(accepted?.subject).toBe('Permintaan Anda diterima: tautan pribadi pendaftaran minat');
    const claimantToken = linkIn(accepted, '/minat');
    expect((await ownEntry(claimantToken)).status).toBe(200);
    expect((await ownEntry(ownerToken)).status).toBe(200);
    // Deciding again changes nothing and mails nothing.
    await post('keputusan=tolak');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(smtp.received.length).toBe(before + 1);
    const again = await claimRoute(
      portal,
      { request: new Request(url), clientAddress: 'x' },
      claimToken,
      url,
    );
    expect(again).toMatchObject({ kind: 'page', claim: { status: 'accepted' } });
  });

  it('keeps names in other scripts apart and refuses a name without letters', async () => {
    for (const agency of ['ꦢꦶꦤꦱ꧀ ꦏꦺꦱꦺꦲꦠꦤ꧀', '卫生局', '教育局']) {
      const response = await register(
        OTHER,
        form({
          agency,
          email: `${slugify(agency) || 'x'}${String(agency.length)}@contoh.example`,
          // The Chinese health office shares no contact; the education office its phone only.
          ...(agency === '卫生局' ? { shareEmail: '', sharePhone: '' } : {}),
          ...(agency === '教育局' ? { shareEmail: 'false' } : {}),
        }),
      );
      expect(response.status).toBe(201);
    }
    const refused = await register(OTHER, form({ agency: '???', email: 'tanya@contoh.example' }));
    expect(refused.status).toBe(400);
    const body = (await refused.json()) as { fields: Record<string, string> };
    expect(Object.keys(body.fields)).toEqual(['agency']);
    expect(body.fields.agency).toContain('huruf');
  });

  it('sends a registration to the administrators while the innovating agency has no account', async () => {
    const forwarded = await arrived('admin@lumbung.example', 3);
    expect(forwarded.length).toBe(3);
    expect(forwarded[0]?.text).toContain('Dinas Pendidikan Kota Bukittinggi belum memiliki akun');
    expect(forwarded[0]?.text).toContain(`${SITE}/admin`);
    const about = (agency: string) => forwarded.find((mail) => mail.text.includes(agency))?.text;
    expect(about('ꦢꦶꦤꦱ꧀')).toContain('e-mail ');
    expect(about('ꦢꦶꦤꦱ꧀')).toContain('+62 751 123456');
    expect(about('卫生局')).toContain('Pendaftar tidak membagikan kontaknya');
    expect(about('卫生局')).not.toMatch(/@contoh\.example|\+62 751|Rina Marlina/);
    expect(about('教育局')).toContain('telepon +62 751 123456');
    expect(about('教育局')).not.toMatch(/@contoh\.example|Rina Marlina/);
  });
});

describe('deciding a claim in the administration', () => {
  const listAs = async (cookie: string | undefined, body?: string) => {
    const url = new URL(`${SITE}/admin`);
    const request = new Request(url, {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        origin: SITE,
        'content-type': 'application/x-www-form-urlencoded',
        ...(cookie === undefined ? {} : { cookie }),
      },
      ...(body === undefined ? {} : { body }),
    });
    return adminListRoute(
      portal,
      { request, clientAddress: '10.0.0.5', url, response: { headers: new Headers() } },
      'id',
    );
  };
  const cookieOf = async (account: Account) =>
    (await startSession(await portal.database(), new Request(SITE), account)).split(';')[0] ?? '';

  it('refuses nobody and an agency person, and lets an administrator decline a claim', async () => {
    await register(PADANG_SEHAT, form({ email: 'kedua@contoh.example', contactName: 'Kedua' }));
    const store = await portal.database();
    const [pending] = await store.pendingClaims(10);
    if (pending === undefined) throw new Error('no pending claim');
    const decline = `aksi=klaim-tolak&id=${String(pending.id)}`;
    for (const cookie of [undefined, await cookieOf(rina)]) {
      const route = await listAs(cookie, decline);
      expect(route.kind === 'response' && route.response.status).toBe(303);
      expect((await store.claimById(pending.id))?.status).toBe('pending');
    }
    const asAdmin = await cookieOf(admin);
    const page = await listAs(asAdmin);
    expect(page.kind === 'page' && page.claims.map((claim) => claim.id)).toEqual([pending.id]);
    const bad = await listAs(asAdmin, 'aksi=klaim-tolak&id=abc');
    expect(bad.kind).toBe('page');
    const unknown = await listAs(asAdmin, 'aksi=klaim-terima&id=999999');
    expect(unknown.kind === 'page' && unknown.notice).toBe('admin.action.notFound');
    const done = await listAs(asAdmin, decline);
    expect(done.kind === 'response' && done.response.status).toBe(303);
    expect(await store.claimById(pending.id)).toMatchObject({
      status: 'declined',
      decidedBy: 'admin@lumbung.example',
    });
    const { rows } = await store.listAudit(5, 0);
    expect(rows[0]).toMatchObject({ action: 'registration.claim', actor: 'admin@lumbung.example' });
  });

  it('moves an entry to a plain stage only: agreement and implementation need their evidence', async () => {
    const store = await portal.database();
    const [own] = await store.byEmail('pemilik@padang.go.id');
    if (own === undefined) throw new Error('the owner has no entry');
    const asAdmin = await cookieOf(admin);
    const move = (stage: string) =>
      listAs(asAdmin, `aksi=tahapan&id=${String(own.id)}&tahapan=${stage}`);
    for (const stage of ['mereplikasi', 'tereplikasi']) {
      const refused = await move(stage);
      expect(refused.kind === 'page' && refused.notice).toBe('admin.action.invalid');
      expect((await store.byId(own.id))?.stage).toBe(own.stage);
    }
    const moved = await move('berkomunikasi');
    expect(moved.kind === 'response' && moved.response.status).toBe(303);
    expect((await store.byId(own.id))?.stage).toBe('berkomunikasi');
  });
});

describe("deciding a claim on the owner's private page", () => {
  it("shows the claims waiting, refuses bad posts and another entry's claim, accepts one", async () => {
    await register(PADANG_SEHAT, form({ email: 'ketiga@contoh.example', contactName: 'Ketiga' }));
    const url = new URL(`${SITE}/minat/${ownerToken}`);
    const at = (body?: string, origin = SITE) =>
      privateRoute(
        portal,
        {
          request: new Request(url, {
            method: body === undefined ? 'GET' : 'POST',
            headers: { origin, 'content-type': 'application/x-www-form-urlencoded' },
            ...(body === undefined ? {} : { body }),
          }),
          clientAddress: '10.0.0.6',
        },
        ownerToken,
        url,
      );
    const shown = await at();
    if (shown.kind !== 'page') throw new Error(shown.kind);
    const [waiting] = shown.claims;
    expect(shown.claims.map((claim) => claim.email)).toEqual(['ketiga@contoh.example']);
    const id = String(waiting?.id);
    expect(await at(`klaim=${id}&keputusan=terima`, 'https://evil.example')).toMatchObject({
      answer: { status: 403 },
    });
    expect(await at(`klaim=${id}&keputusan=ambil`)).toMatchObject({ answer: { status: 400 } });
    expect(await at('klaim=999999&keputusan=terima')).toMatchObject({ answer: { status: 404 } });
    expect((await (await portal.database()).claimById(waiting?.id ?? 0))?.status).toBe('pending');
    // Without the owner's link there is no page at all.
    expect(
      await privateRoute(
        portal,
        { request: new Request(url), clientAddress: 'x' },
        'A'.repeat(43),
        url,
      ),
    ).toEqual({ kind: 'not-found' });
    expect(await at(`klaim=${id}&keputusan=terima`)).toEqual({
      kind: 'redirect',
      location: '/minat/' + ownerToken + '?diputuskan=1',
    });
    const [accepted] = await arrived('ketiga@contoh.example', 1);
    expect(accepted?.subject).toBe('Permintaan Anda diterima: tautan pribadi pendaftaran minat');
    expect((await ownEntry(linkIn(accepted, '/minat'))).status).toBe(200);
    const after = await at();
    expect(after.kind === 'page' && after.claims).toEqual([]);
  });
});

describe('reminders of innovations not updated for 12 months', () => {
  it("reminds each of the agency's people once a month, with a link to the stale innovation", async () => {
    const before = smtp.received.length;
    const now = new Date();
    expect(await remindStaleAgencies(portal, now)).toBe(1);
    const [english] = await arrived('rina@dinkes.padang.go.id', 1, before);
    const [indonesian] = await arrived('budi@dinkes.padang.go.id', 1, before);
    expect(english?.subject).toBe(`Please update ${padang}'s innovations on Lumbung Inovasi`);
    expect(english?.text).toContain(`Padang Sehat:\n${SITE}/en/agency/innovation/${PADANG_SEHAT}`);
    expect(english?.text).not.toContain('Posyandu Digital');
    expect(indonesian?.text).toContain(`${SITE}/instansi/inovasi/${PADANG_SEHAT}`);
    expect(await remindStaleAgencies(portal, new Date(now.getTime() + 20 * 86_400_000))).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mailTo('rina@dinkes.padang.go.id', before)).toHaveLength(1);
    expect(mailTo('budi@dinkes.padang.go.id', before)).toHaveLength(1);
  });
});

describe('the privacy of what the mail carried', () => {
  it('writes no address, token or contact to the log', () => {
    const log = portal.log.lines.join('\n');
    for (const secret of ['padang.go.id', 'contoh.example', ownerToken, claimToken, '751 123456']) {
      expect(log).not.toContain(secret);
    }
  });
});
