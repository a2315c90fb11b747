import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInterestService } from '../../../../src/features/interest/service.ts';
import { openSqliteDatabase } from '../../../../src/infra/database/sqlite.ts';
import type { Database } from '../../../../src/infra/database/types.ts';
import { loadRegionIndex } from '../../../../src/infra/reference/regions.ts';
import { makeTempDir, type TempDir } from '../../../helpers/temp.ts';

const regions = loadRegionIndex();
const KNOWN = 'kipp-2023-001';

const registration = {
  agency: 'Dinas Kesehatan Kota Padang',
  cluster: 'kota',
  provinceCode: '13',
  regencyCode: '13.71',
  contactName: 'Rina Marlina',
  email: 'rina@padang.go.id',
  phone: '+62 812 3456 7890',
  note: 'Kami ingin belajar.',
  consent: true,
  shareEmail: true,
  sharePhone: true,
} as const;

let dir: TempDir;
let store: Database;
const touched: string[] = [];
/** The service; `mailed` as with SMTP configured (addresses confirmed by mail), at `clock`. */
const service = (mailed?: { clock: () => Date }) =>
  createInterestService({
    store: () => Promise.resolve(store),
    touch: (id) => touched.push(id),
    innovationExists: (id) => Promise.resolve(id === KNOWN),
    titleOf: () => Promise.resolve('Padang Sehat'),
    agencyOf: () => Promise.resolve({ agency: 'Dinas Kesehatan Kota Padang' }),
    regionName: (code) => code,
    placeOf: () => undefined,
    delivering: mailed !== undefined,
    mailWritten: () => undefined,
    ...(mailed === undefined ? {} : { now: mailed.clock }),
  });

const place = { locale: 'id', origin: 'https://lumbung.example' } as const;

beforeAll(async () => {
  dir = await makeTempDir('interest-service');
  store = openSqliteDatabase(join(dir.path, 'interest.sqlite'));
});

afterAll(async () => {
  await store.close();
  await dir.remove();
});

describe('the interest service', () => {
  it('registers, stores only the hash of the token, and counts an agency once', async () => {
    const { registerInterest, privateEntry } = service();
    const first = await registerInterest(KNOWN, registration, place);
    const again = await registerInterest(
      KNOWN,
      {
        ...registration,
        agency: 'dinas kesehatan  KOTA padang',
      },
      place,
    );
    expect(first).toMatchObject({ kind: 'registered', created: true });
    // The same address registering the same agency again changes nothing: it is known.
    expect(again).toMatchObject({ kind: 'known' });
    if (first.kind !== 'registered' || again.kind !== 'known') return;
    expect(again.registration.id).toBe(first.registration.id);
    expect(JSON.stringify(first.registration)).not.toContain(first.token);
    // The first private link still opens the entry, as registered the first time.
    expect((await privateEntry(first.token))?.agency).toBe('Dinas Kesehatan Kota Padang');
    expect(touched).toContain(KNOWN);
  });

  it('refuses an unknown innovation and stores nothing for it', async () => {
    const { registerInterest, publicActivity } = service();
    expect(await registerInterest('kipp-none', registration, place)).toEqual({
      kind: 'unknown-innovation',
    });
    expect(await publicActivity('kipp-none')).toBeUndefined();
    expect((await store.counts(['kipp-none'])).get('kipp-none')?.interestCount ?? 0).toBe(0);
  });

  it('publishes no person, e-mail, phone or note', async () => {
    const activity = await service().publicActivity(KNOWN);
    const text = JSON.stringify(activity);
    for (const secret of ['Rina', 'rina@padang.go.id', '3456', 'belajar']) {
      expect(text).not.toContain(secret);
    }
    // The name as its owner first registered it: a later registration changed nothing.
    expect(activity?.entries.map((entry) => entry.agency)).toEqual(['Dinas Kesehatan Kota Padang']);
  });

  it('lets the owner move its entry and withdraw it, which the counts follow', async () => {
    const { registerInterest, moveOwnEntry, publicActivity } = service();
    const own = await registerInterest(KNOWN, { ...registration, regencyCode: '13.75' }, place);
    if (own.kind !== 'registered') throw new Error('not registered');
    const stageOf = async (stage: Parameters<typeof moveOwnEntry>[1]) => {
      const moved = await moveOwnEntry(own.token, stage);
      return moved.kind === 'moved' ? moved.entry.stage : moved.kind;
    };
    expect(await stageOf('berkomunikasi')).toBe('berkomunikasi');
    expect((await publicActivity(KNOWN))?.counts.berkomunikasi).toBe(1);
    // Replicating and replicated are reached by reporting their evidence only.
    expect(await stageOf('mereplikasi')).toBe('needs-evidence');
    expect(await stageOf('tereplikasi')).toBe('needs-evidence');
    expect(await stageOf('batal')).toBe('batal');
    const activity = await publicActivity(KNOWN);
    expect(activity?.interestCount).toBe(1);
    expect(activity?.counts.batal).toBe(1);
    expect((await moveOwnEntry('x'.repeat(43), 'batal')).kind).toBe('not-found');
    expect((await moveOwnEntry('../../etc', 'batal')).kind).toBe('not-found');
  });

  it('answers a filled honeypot like an accepted registration and stores nothing', async () => {
    const { submitRegistration, privateEntry } = service();
    const before = await store.counts([KNOWN]);
    const bot = { ...registration, agency: 'Bot Agency', website: 'http://spam.example' };
    const result = await submitRegistration(KNOWN, bot, regions, place);
    expect(result).toMatchObject({ kind: 'accepted', outcome: 'created' });
    if (result.kind !== 'accepted' || result.token === undefined) throw new Error('no token');
    // The bot is shown its entry counted, as anyone registering is.
    const stored = before.get(KNOWN)?.interestCount ?? 0;
    expect(result.totals.interestCount).toBe(stored + 1);
    expect(await privateEntry(result.token)).toBeUndefined();
    expect(await store.counts([KNOWN])).toEqual(before);
    const listed = await store.list({ text: 'Bot Agency', limit: 10, offset: 0 });
    expect(listed.total).toBe(0);
  });

  it("answers an accepted registration with the innovation's totals, not its list", async () => {
    const { submitRegistration } = service();
    const agency = { ...registration, agency: 'Dinas Kominfo Kota Padang' };
    const result = await submitRegistration(KNOWN, agency, regions, place);
    if (result.kind !== 'accepted') throw new Error(`not accepted: ${result.kind}`);
    const activity = await store.activity(KNOWN);
    expect(result.outcome).toBe('created');
    expect(result.totals).toEqual({
      counts: activity.counts,
      confirmedCounts: activity.confirmedCounts,
      interestCount: activity.interestCount,
      replicationCount: activity.replicationCount,
    });
    expect(JSON.stringify(result)).not.toContain('Dinas Kominfo');
  });

  it('checks the innovation before the fields, then names the fields', async () => {
    const { submitRegistration } = service();
    expect(await submitRegistration('kipp-none', {}, regions, place)).toEqual({
      kind: 'unknown-innovation',
    });
    const invalid = await submitRegistration(
      KNOWN,
      { ...registration, consent: 'off' },
      regions,
      place,
    );
    expect(invalid).toEqual({ kind: 'invalid', fields: { consent: 'interest.error.consent' } });
  });

  it("lets an address never confirmed hold an agency's place for two days, not longer", async () => {
    let now = new Date('2026-05-04T08:00:00Z');
    const { registerInterest, privateEntry } = service({ clock: () => now });
    const squat = { ...registration, agency: 'Dinas Sosial Kota Padang', email: 'palsu@x.example' };
    const real = { ...squat, email: 'dinsos@padang.go.id', contactName: 'Yuni Asri' };
    const first = await registerInterest(KNOWN, squat, place);
    if (first.kind !== 'registered') throw new Error(first.kind);

    now = new Date('2026-05-06T07:59:00Z');
    expect((await registerInterest(KNOWN, real, place)).kind).toBe('claimed');

    now = new Date('2026-05-06T08:01:00Z');
    const taken = await registerInterest(KNOWN, real, place);
    if (taken.kind !== 'registered') throw new Error(taken.kind);
    expect(taken.registration).toMatchObject({
      id: first.registration.id,
      email: 'dinsos@padang.go.id',
      contactName: 'Yuni Asri',
      registrations: 1,
      confirmedAt: undefined,
      createdAt: '2026-05-06T08:01:00.000Z',
    });
    expect(await privateEntry(first.token)).toBeUndefined();
    expect((await privateEntry(taken.token))?.confirmedAt).toBe('2026-05-06T08:01:00.000Z');

    now = new Date('2026-06-30T00:00:00Z');
    const late = await registerInterest(KNOWN, { ...squat, email: 'lain@x.example' }, place);
    expect(late.kind).toBe('claimed');
  });
});
