import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { innovationsOf } from '../../../src/features/accounts/agency-area.ts';
import { invite, parseInvite } from '../../../src/features/accounts/invite.ts';
import { viewerOf } from '../../../src/features/accounts/session.ts';
import { ownInnovation } from '../../../src/features/agency/own-innovation.ts';
import { activityEndpoint } from '../../../src/features/interest/api/activity.ts';
import { agenciesEndpoint } from '../../../src/features/interest/api/agencies.ts';
import { agencyFoldVersion } from '../../../src/lib/agency/name.ts';
import { indexSettings } from '../../../src/lib/index/settings.ts';
import { registrationInputSchema } from '../../../src/lib/interest/schema.ts';
import type { Account } from '../../../src/infra/database/accounts-types.ts';
import { sqliteFile } from '../../../src/infra/database/open.ts';
import { openSqliteDatabase } from '../../../src/infra/database/sqlite.ts';
import { startTestMeili, type TestMeili } from '../../helpers/meili.ts';
import { searchDocOf } from '../../helpers/search-doc.ts';
import { makeTempDir, type TempDir } from '../../helpers/temp.ts';
import { testPortal } from '../../helpers/test-portal.ts';

/*
 * Issue 18, "one agency, one name", on a running portal (real Meilisearch, SQLite store):
 * `Dinkes Kab. Sleman` and `Dinas Kesehatan Kabupaten Sleman` registering interest are one
 * agency's entry (the second, from another address, a claim on it); the registration form's
 * suggestions offer service units; an agency's account, invited by any spelling, is named in
 * the one form and owns its unit's innovations.
 */
const SITE = 'https://lumbung.example';
const INDEX = 'one-agency';
const SIPANDU = 'sipandu-sleman';
const SEKOLAH = 'sekolah-sleman';
let meili: TestMeili;
let dir: TempDir;
let portal: ReturnType<typeof testPortal>;
let dinkes: Account;

const doc = (id: string, agency: string, unit: string, title: string, regency?: string) =>
  searchDocOf({
    id,
    agency,
    unit,
    title,
    year: 2023,
    ...(regency === undefined ? {} : { regency }),
  });

beforeAll(async () => {
  [meili, dir] = await Promise.all([startTestMeili(), makeTempDir('one-agency')]);
  await meili.client.createIndex(INDEX, { primaryKey: 'id' }).waitTask();
  await meili.client.index(INDEX).updateSettings(indexSettings).waitTask();
  await meili.client
    .index(INDEX)
    .addDocuments([
      // IGA names the unit without its region; KIPP often with it, or shortened.
      doc(SIPANDU, 'Pemerintah Kabupaten Sleman', 'Dinas Kesehatan', 'SIPANDU', 'Kabupaten Sleman'),
      doc(SEKOLAH, 'Pemerintah Kabupaten Sleman', 'Dinas Pendidikan', 'Sekolah Ramah Anak'),
      doc('padang-sehat', 'Pemerintah Kota Padang', 'Dinkes Kota Padang', 'Padang Sehat'),
      doc('satusehat', 'Kementerian Kesehatan', 'Pusat Data dan Teknologi Informasi', 'SATUSEHAT'),
    ])
    .waitTask();
  portal = testPortal({
    MEILI_URL: meili.url,
    MEILI_MASTER_KEY: meili.masterKey,
    MEILI_INDEX: INDEX,
    DATA_DIR: dir.path,
    SITE_URL: SITE,
    RATE_LIMIT_WRITES: '1000',
  });
  await portal.start();
  dinkes = await invited('Dinkes Kab. Sleman', 'rina@dinkes.slemankab.go.id');
}, 120_000);
afterAll(async () => {
  await portal.close();
  await meili.stop();
  await dir.remove();
});

async function invited(agency: string, email: string): Promise<Account> {
  const parsed = parseInvite({ email, peran: 'agency', instansi: agency });
  if (!parsed.ok) throw new Error(parsed.fields.join());
  const made = await invite(portal, viewerOf(undefined), parsed, { locale: 'id', origin: SITE });
  if (made === 'exists') throw new Error(email);
  return made;
}

const sleman = (agency: string, email: string) => ({
  agency,
  cluster: 'kabupaten',
  provinceCode: '34',
  regencyCode: '34.04',
  contactName: 'Narahubung',
  email,
  phone: '+62 274 868405',
  consent: true,
});

async function register(id: string, body: Record<string, unknown>) {
  return registerOn(portal, id, body);
}

/** Posts a registration to one portal's API: its status and body. */
async function registerOn(on: typeof portal, id: string, body: Record<string, unknown>) {
  const url = new URL(`${SITE}/api/inovasi/${id}/minat`);
  const request = new Request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: SITE },
    body: JSON.stringify(body),
  });
  const response = await activityEndpoint(
    { request, url, params: { id }, clientAddress: '10.0.0.1' },
    on,
  );
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function entries(id: string) {
  const url = new URL(`${SITE}/api/inovasi/${id}/minat`);
  const response = await activityEndpoint(
    { request: new Request(url), url, params: { id }, clientAddress: '10.0.0.2' },
    portal,
  );
  return (await response.json()) as { interestCount: number; entries: { agency: string }[] };
}

async function suggested(q: string): Promise<string[]> {
  const url = new URL(`${SITE}/api/instansi?q=${encodeURIComponent(q)}`);
  const response = await agenciesEndpoint(
    { request: new Request(url), url, params: {}, clientAddress: '10.0.0.3' },
    portal,
  );
  expect(response.status).toBe(200);
  return ((await response.json()) as { agencies: string[] }).agencies;
}

describe('one agency registering interest under two spellings', () => {
  it('makes the second spelling, from another address, a claim on the first entry', async () => {
    const first = await register(SEKOLAH, sleman('Dinkes Kab. Sleman', 'a@slemankab.go.id'));
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ created: true, outcome: 'created' });
    const second = await register(
      SEKOLAH,
      sleman('Dinas Kesehatan Kabupaten Sleman', 'b@slemankab.go.id'),
    );
    expect(second.status).toBe(202);
    expect(second.body).toMatchObject({ created: false, outcome: 'claimed' });
    // Registered for Sleman, the office's bare name is the same office.
    const bare = await register(SEKOLAH, sleman('DINKES', 'c@slemankab.go.id'));
    expect(bare.body).toMatchObject({ created: false, outcome: 'claimed' });
    const again = await register(
      SEKOLAH,
      sleman('dinas kesehatan kab sleman', 'A@slemankab.go.id'),
    );
    expect(again.body).toMatchObject({ created: false, outcome: 'known' });
    const shown = await entries(SEKOLAH);
    expect(shown.interestCount).toBe(1);
    expect(shown.entries.map((entry) => entry.agency)).toEqual(['Dinkes Kab. Sleman']);
    const store = await portal.database();
    const [entry] = (await store.list({ innovationId: SEKOLAH, limit: 10, offset: 0 })).rows;
    expect(entry?.agencyKey).toBe('34.04|dinas-kesehatan-kabupaten-sleman');
    expect((await store.pendingClaimsOf(entry?.id ?? 0)).map((claim) => claim.email)).toEqual([
      'b@slemankab.go.id',
      'c@slemankab.go.id',
    ]);
  });

  it('keeps another office, and the same office of another regency, apart', async () => {
    const other = await register(SEKOLAH, sleman('Disdik Kab. Sleman', 'd@slemankab.go.id'));
    expect(other.body).toMatchObject({ created: true, outcome: 'created' });
    const bantul = await register(SEKOLAH, {
      ...sleman('Dinkes Kab. Bantul', 'e@bantulkab.go.id'),
      regencyCode: '34.02',
    });
    expect(bantul.body).toMatchObject({ created: true, outcome: 'created' });
    expect((await entries(SEKOLAH)).interestCount).toBe(3);
  });
});

describe('agency suggestions', () => {
  it('offers service units in their one form, not only the regional government', async () => {
    const units = await suggested('Dinas Kesehatan');
    expect(units).toContain('Dinas Kesehatan Kabupaten Sleman');
    expect(units).toContain('Dinas Kesehatan Kota Padang');
    expect(units).not.toContain('Pemerintah Kabupaten Sleman');
    expect((await suggested('Dinkes Kab. Sleman'))[0]).toBe('Dinas Kesehatan Kabupaten Sleman');
    expect(await suggested('Sleman')).toEqual(
      expect.arrayContaining([
        'Pemerintah Kabupaten Sleman',
        'Dinas Kesehatan Kabupaten Sleman',
        'Dinas Pendidikan Kabupaten Sleman',
      ]),
    );
    expect(await suggested('Kementerian Kes')).toEqual(['Kementerian Kesehatan']);
  });
});

describe("an agency's account by its one name", () => {
  it('names the account in the one form and gives it its unit’s innovations only', async () => {
    expect(dinkes).toMatchObject({
      agency: 'Dinas Kesehatan Kabupaten Sleman',
      agencyKey: 'dinas-kesehatan-kabupaten-sleman',
    });
    const own = await innovationsOf(portal, dinkes.agencyKey ?? '');
    expect(own.map((innovation) => innovation.id)).toEqual([SIPANDU]);
    expect(await ownInnovation(portal, dinkes.agencyKey ?? '', SIPANDU)).toMatchObject({
      id: SIPANDU,
    });
    expect(await ownInnovation(portal, dinkes.agencyKey ?? '', SEKOLAH)).toBeUndefined();
    const pemkab = await invited('Pemkab Sleman', 'bupati@slemankab.go.id');
    const governed = await innovationsOf(portal, pemkab.agencyKey ?? '');
    expect(governed.map((innovation) => innovation.id).sort()).toEqual([SEKOLAH, SIPANDU]);
  });

  it("mails a registration to the unit's people and the government's", async () => {
    const store = await portal.database();
    await register(SIPANDU, sleman('Puskesmas Depok 1', 'f@slemankab.go.id'));
    const { rows } = await store.listMail({ limit: 50, offset: 0 });
    const recipients = rows
      .filter((mail) => mail.subject.includes('SIPANDU'))
      .map((mail) => mail.recipient);
    expect(recipients).toEqual(
      expect.arrayContaining(['rina@dinkes.slemankab.go.id', 'bupati@slemankab.go.id']),
    );
  });
});

describe('entries and accounts stored under the fold before', () => {
  it('keys them again once, when the database opens, and keeps two entries apart', async () => {
    const old = await makeTempDir('one-agency-old');
    const store = openSqliteDatabase(sqliteFile(old.path));
    const stored = async (id: string, agency: string, key: string, email: string) =>
      (
        await store.register({
          ...registrationInputSchema.parse(sleman(agency, email)),
          innovationId: id,
          agencyKey: key,
          tokenHash: email,
          now: new Date().toISOString(),
        })
      ).registration;
    // The keys the slug fold gave: two spellings of one office made two entries.
    const short = await stored(SEKOLAH, 'Dinkes Kab. Sleman', '34.04|dinkes-kab-sleman', 'a@x.id');
    const full = await stored(
      SEKOLAH,
      'Dinas Kesehatan Kabupaten Sleman',
      '34.04|dinas-kesehatan-kabupaten-sleman',
      'b@x.id',
    );
    const bare = await stored(SIPANDU, 'Dinkes', '34.04|dinkes', 'c@x.id');
    await store.createAccount({
      email: 'rina@x.id',
      role: 'agency',
      agency: 'Dinkes Kab. Sleman',
      agencyKey: 'dinkes-kab-sleman',
      invitedBy: 'admin-token',
      now: new Date().toISOString(),
    });
    await store.close();
    const opened = testPortal({ ...portal.config, DATA_DIR: old.path });
    try {
      const again = await opened.database();
      expect(opened.log.lines.filter((line) => line.startsWith('Agency keys'))).toEqual([
        `Agency keys made again (${agencyFoldVersion}): entries 1, accounts 1, entries kept apart 1`,
      ]);
      expect((await again.byId(bare.id))?.agencyKey).toBe('34.04|dinas-kesehatan-kabupaten-sleman');
      expect((await again.byId(short.id))?.agencyKey).toBe('34.04|dinkes-kab-sleman');
      expect((await again.byId(full.id))?.agencyKey).toBe('34.04|dinas-kesehatan-kabupaten-sleman');
      expect(await again.accountByEmail('rina@x.id')).toMatchObject({
        agency: 'Dinas Kesehatan Kabupaten Sleman',
        agencyKey: 'dinas-kesehatan-kabupaten-sleman',
      });
      const registered = await registerOn(
        opened,
        SIPANDU,
        sleman('Dinas Kesehatan Kabupaten Sleman', 'd@x.id'),
      );
      expect(registered.body).toMatchObject({ created: false, outcome: 'claimed' });
    } finally {
      await opened.close();
    }
    const later = testPortal({ ...portal.config, DATA_DIR: old.path });
    try {
      await later.database();
      expect(later.log.lines.filter((line) => line.startsWith('Agency keys'))).toEqual([]);
    } finally {
      await later.close();
      await old.remove();
    }
  });
});
