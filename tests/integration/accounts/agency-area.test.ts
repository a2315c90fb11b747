import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyAreaRoute } from '../../../src/features/accounts/agency-area.ts';
import { startSession } from '../../../src/features/accounts/session.ts';
import { logoutResponse } from '../../../src/features/admin/login-route.ts';
import { agencyKey } from '../../../src/lib/interest/agency-key.ts';
import { indexSettings } from '../../../src/lib/index/settings.ts';
import { agencyIdentity } from '../../../src/lib/agency/name.ts';
import { startTestMeili, type TestMeili } from '../../helpers/meili.ts';
import { searchDocOf } from '../../helpers/search-doc.ts';
import { makeTempDir, type TempDir } from '../../helpers/temp.ts';
import { testPortal } from '../../helpers/test-portal.ts';

/*
 * An agency's area on a real Meilisearch and store: an agency's person sees its own
 * innovations and their registrations with contacts, never another agency's (not even one whose
 * name contains its own), and nobody else sees the area.
 */
const INDEX = 'agency-area';
const padang = 'Dinas Kesehatan Kota Padang';
const panjang = 'Dinas Kesehatan Kota Padang Panjang';
let meili: TestMeili;
let dir: TempDir;
let portal: ReturnType<typeof testPortal>;

const doc = (id: string, agency: string, title: string) => searchDocOf({ id, agency, title });

beforeAll(async () => {
  [meili, dir] = await Promise.all([startTestMeili(), makeTempDir('agency-area')]);
  await meili.client.createIndex(INDEX, { primaryKey: 'id' }).waitTask();
  await meili.client.index(INDEX).updateSettings(indexSettings).waitTask();
  await meili.client
    .index(INDEX)
    .addDocuments([
      doc('kipp-2020-001', padang, 'Padang Sehat'),
      doc('kipp-2021-002', padang, 'Posyandu Digital'),
      doc('kipp-2020-003', panjang, 'Panjang Umur'),
    ])
    .waitTask();
  portal = testPortal({
    MEILI_URL: meili.url,
    MEILI_MASTER_KEY: meili.masterKey,
    MEILI_INDEX: INDEX,
    DATA_DIR: dir.path,
  });
  const store = await portal.database();
  for (const [innovationId, email] of [
    ['kipp-2020-001', 'andi@makassar.go.id'],
    ['kipp-2020-003', 'sari@bukittinggi.go.id'],
  ] as const) {
    await store.register({
      innovationId,
      agency: `Dinas dari ${email}`,
      agencyKey: agencyKey(email, '73'),
      cluster: 'kota',
      provinceCode: '73',
      regencyCode: undefined,
      contactName: 'Narahubung',
      email,
      phone: '+62 811 000 000',
      note: 'Kami ingin belajar.',
      consent: true,
      shareEmail: true,
      sharePhone: true,
      tokenHash: email,
      now: new Date().toISOString(),
    });
  }
}, 120_000);
afterAll(async () => {
  await portal.close();
  await meili.stop();
  await dir.remove();
});

async function requestAs(
  account: { email: string; role: 'admin' | 'agency'; agency?: string } | undefined,
): Promise<Request> {
  if (account === undefined) return new Request('http://127.0.0.1/instansi');
  const store = await portal.database();
  const made =
    (await store.accountByEmail(account.email)) ??
    (await store.createAccount({
      email: account.email,
      role: account.role,
      agency: account.agency,
      agencyKey: account.agency === undefined ? undefined : agencyIdentity(account.agency),
      invitedBy: 'admin-token',
      now: new Date().toISOString(),
    }));
  const cookie = await startSession(store, new Request('http://127.0.0.1/'), made);
  return new Request('http://127.0.0.1/instansi', {
    headers: { cookie: cookie.split(';')[0] ?? '' },
  });
}

describe("an agency's area", () => {
  it("lists the agency's own innovations with their registrations and contacts", async () => {
    const route = await agencyAreaRoute(
      portal,
      await requestAs({ email: 'rina@padang.go.id', role: 'agency', agency: padang }),
    );
    if (route.kind !== 'area') throw new Error(route.kind);
    expect(route.innovations.map((innovation) => innovation.id).sort()).toEqual([
      'kipp-2020-001',
      'kipp-2021-002',
    ]);
    const first = route.innovations.find((innovation) => innovation.id === 'kipp-2020-001');
    expect(first?.registrations.map((entry) => entry.contact.person?.email)).toEqual([
      'andi@makassar.go.id',
    ]);
    expect(JSON.stringify(route)).not.toContain('sari@bukittinggi.go.id');
  });

  it('shows of a registrant’s contact only what it shared with the innovating agency', async () => {
    const store = await portal.database();
    await store.register({
      innovationId: 'kipp-2021-002',
      agency: 'Dinas Rahasia Kota Palu',
      agencyKey: agencyKey('Dinas Rahasia Kota Palu', '72'),
      cluster: 'kota',
      provinceCode: '72',
      regencyCode: undefined,
      contactName: 'Narahubung Diam',
      email: 'diam@palu.go.id',
      phone: '+62 451 777 888',
      note: 'Tanpa kontak.',
      consent: true,
      shareEmail: false,
      sharePhone: false,
      tokenHash: 'diam',
      now: new Date().toISOString(),
    });
    const route = await agencyAreaRoute(
      portal,
      await requestAs({ email: 'rina@padang.go.id', role: 'agency', agency: padang }),
    );
    if (route.kind !== 'area') throw new Error(route.kind);
    const entries = route.innovations.flatMap((innovation) => innovation.registrations);
    const silent = entries.find((entry) => entry.agency === 'Dinas Rahasia Kota Palu');
    expect(silent).toMatchObject({ note: 'Tanpa kontak.', contact: {} });
    expect(JSON.stringify(route)).not.toMatch(/diam@palu|451 777|Narahubung Diam/);
  });

  it("shows another agency only its own, even when its name contains the first one's", async () => {
    const route = await agencyAreaRoute(
      portal,
      await requestAs({ email: 'yudi@padangpanjang.go.id', role: 'agency', agency: panjang }),
    );
    if (route.kind !== 'area') throw new Error(route.kind);
    expect(route.innovations.map((innovation) => innovation.id)).toEqual(['kipp-2020-003']);
    expect(JSON.stringify(route)).not.toContain('andi@makassar.go.id');
  });

  it('signs its person out to the sign-in page, and the session is over', async () => {
    const request = await requestAs({ email: 'rina@padang.go.id', role: 'agency', agency: padang });
    const cookie = request.headers.get('cookie') ?? '';
    const out = await logoutResponse(
      portal,
      new Request('http://127.0.0.1/admin/keluar', {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: '',
      }),
      'en',
    );
    expect(out.status).toBe(303);
    expect(out.headers.get('location')).toBe('/en/sign-in');
    expect((await agencyAreaRoute(portal, request)).kind).toBe('signed-out');
  });

  it('is refused to an administrator and to nobody (a forged cookie too)', async () => {
    expect(
      (
        await agencyAreaRoute(
          portal,
          await requestAs({ email: 'budi@kemenpan.go.id', role: 'admin' }),
        )
      ).kind,
    ).toBe('not-agency');
    expect((await agencyAreaRoute(portal, await requestAs(undefined))).kind).toBe('signed-out');
    const forged = new Request('http://127.0.0.1/instansi', {
      headers: { cookie: `sesi=${'B'.repeat(43)}` },
    });
    expect((await agencyAreaRoute(portal, forged)).kind).toBe('signed-out');
  });
});
