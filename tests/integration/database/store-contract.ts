import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { agencyKey } from '../../../src/lib/interest/agency-key.ts';
import { replicateInStore } from '../../helpers/replication.ts';
import { publicActivitySchema, publicEntrySchema } from '../../../src/lib/interest/schema.ts';
import type {
  Database,
  NewIngestRun,
  NewRegistration,
  Registration,
} from '../../../src/infra/database/types.ts';

export interface OpenedStore {
  store: Database;
  /** Opens the same database again (a restart): a second, independent store. */
  reopen(): Promise<Database>;
  /** The versions recorded in `schema_migrations`. */
  appliedMigrations(): Promise<number[]>;
  /** Closes the store and removes its database. */
  cleanup(): Promise<void>;
}

const tenAm = '2026-11-22T10:00:00.000Z';
const elevenAm = '2026-11-22T11:00:00.000Z';
const noon = '2026-11-22T12:00:00.000Z';

let tokens = 0;
const tokenHash = () => createHash('sha256').update(`token-${++tokens}`).digest('hex');

/** A valid registration of "Dinas Kesehatan" of Kota Makassar for `inovasi-1`, changed by `over`. */
function entry(over: Partial<NewRegistration> = {}): NewRegistration {
  const agency = over.agency ?? 'Dinas Kesehatan';
  const provinceCode = over.provinceCode ?? '73';
  const regencyCode = 'regencyCode' in over ? over.regencyCode : '73.71';
  return {
    innovationId: 'inovasi-1',
    agency,
    cluster: 'kota',
    provinceCode,
    regencyCode,
    contactName: 'Andi Makkasau',
    email: 'andi@dinkes.example.id',
    phone: '+62 811 4000 123',
    note: undefined,
    consent: true,
    shareEmail: true,
    sharePhone: true,
    tokenHash: tokenHash(),
    now: tenAm,
    ...over,
    agencyKey: over.agencyKey ?? agencyKey(agency, provinceCode, regencyCode),
  };
}

const run = (over: Partial<NewIngestRun> = {}): NewIngestRun => ({
  startedAt: '2026-11-20T01:00:00.000Z',
  finishedAt: '2026-11-20T01:02:30.000Z',
  status: 'ok',
  dryRun: false,
  published: true,
  inputs: ['data/samples/kipp-2025.xlsx', 'data/samples/iga'],
  total: 1520,
  rejected: 3,
  warnings: 12,
  report: { sources: [{ file: 'kipp-2025.xlsx', rows: 1000 }], errors: [] },
  ...over,
});

/**
 * The behaviour every Database must show, run against SQLite and PostgreSQL alike. Every
 * test gets a fresh, empty database from `open`.
 */
export function describeInterestStoreContract(name: string, open: () => Promise<OpenedStore>) {
  describe(`Database contract: ${name}`, () => {
    let opened: OpenedStore;
    let store: Database;
    const register = async (over: Partial<NewRegistration> = {}) =>
      (await store.register(entry(over))).registration;

    beforeEach(async () => {
      opened = await open();
      store = opened.store;
    });
    afterEach(() => opened.cleanup());

    it('registers a new agency: created, counted once, every field kept', async () => {
      const hash = tokenHash();
      const outcome = await store.register(entry({ tokenHash: hash, note: 'Mulai 2027.' }));
      const expected: Registration = {
        id: outcome.registration.id,
        innovationId: 'inovasi-1',
        agencyKey: '73.71|dinas-kesehatan',
        agency: 'Dinas Kesehatan',
        cluster: 'kota',
        provinceCode: '73',
        regencyCode: '73.71',
        contactName: 'Andi Makkasau',
        email: 'andi@dinkes.example.id',
        phone: '+62 811 4000 123',
        note: 'Mulai 2027.',
        consent: true,
        shareEmail: true,
        sharePhone: true,
        stage: 'berminat',
        hidden: false,
        registrations: 1,
        createdAt: tenAm,
        updatedAt: tenAm,
        stageChangedAt: tenAm,
        locale: 'id',
        confirmedAt: tenAm,
        stageConfirmedAt: undefined,
      };
      expect(outcome).toEqual({ created: true, registration: expected });
      expect(await store.byId(expected.id)).toEqual(expected);
      expect(await store.byTokenHash(hash)).toEqual(expected);
      expect(await store.byTokenHash(tokenHash())).toBeUndefined();
      expect(await store.byId(expected.id + 1000)).toBeUndefined();
    });

    it('gives times back as UTC ISO strings with milliseconds, whatever offset they came with', async () => {
      const saved = await register({ now: '2026-11-22T17:00:00+07:00' });
      expect([saved.createdAt, saved.updatedAt, saved.stageChangedAt]).toEqual([
        tenAm,
        tenAm,
        tenAm,
      ]);
    });

    it('never takes over an entry when the same agency registers again', async () => {
      const first = await register({ tokenHash: 'a'.repeat(64), note: 'Catatan pemilik.' });
      await store.setStage(first.id, 'berkomunikasi', elevenAm);
      const owned = await store.byId(first.id);
      const again = await store.register(
        entry({
          agency: 'DINAS  kesehatan!!',
          contactName: 'Siti Rahma',
          email: 'siti@dinkes.example.id',
          phone: '0411 555 0101',
          note: undefined,
          cluster: 'kabupaten',
          tokenHash: 'b'.repeat(64),
          now: noon,
        }),
      );
      expect(again.created).toBe(false);
      // Only the count of attempts moved: contact, note, stage and link are the owner's.
      expect(again.registration).toEqual({ ...owned, registrations: 2 });
      expect((await store.byTokenHash('a'.repeat(64)))?.id).toBe(first.id);
      expect(await store.byTokenHash('b'.repeat(64))).toBeUndefined();
      expect((await store.list({ limit: 10, offset: 0 })).total).toBe(1);
      expect(await store.counts(['inovasi-1'])).toEqual(
        new Map([['inovasi-1', { interestCount: 1, replicationCount: 0 }]]),
      );
    });

    it('counts an unconfirmed entry nowhere in public until its address is confirmed', async () => {
      const waiting = await register({ confirmed: false });
      expect(waiting.confirmedAt).toBeUndefined();
      expect((await store.activity('inovasi-1')).entries).toEqual([]);
      expect((await store.totals('inovasi-1')).interestCount).toBe(0);
      expect(await store.counts(['inovasi-1'])).toEqual(
        new Map([['inovasi-1', { interestCount: 0, replicationCount: 0 }]]),
      );
      expect((await store.confirm(waiting.id, elevenAm))?.confirmedAt).toBe(elevenAm);
      expect(await store.confirm(waiting.id, noon)).toBeUndefined();
      expect((await store.activity('inovasi-1')).interestCount).toBe(1);
      expect((await store.counts()).get('inovasi-1')).toEqual({
        interestCount: 1,
        replicationCount: 0,
      });
    });

    it('gives an old unconfirmed entry to a new registration, never a confirmed or recent one', async () => {
      const waiting = await register({ confirmed: false });
      const taker = entry({ email: 'yuni@dinkes.example.id', contactName: 'Yuni', now: noon });
      expect(await store.reclaimUnconfirmed({ ...taker, confirmed: false }, tenAm)).toBeUndefined();
      const taken = await store.reclaimUnconfirmed({ ...taker, confirmed: false }, elevenAm);
      expect(taken).toMatchObject({
        id: waiting.id,
        email: 'yuni@dinkes.example.id',
        contactName: 'Yuni',
        registrations: 1,
        createdAt: noon,
        confirmedAt: undefined,
      });
      await store.confirm(waiting.id, noon);
      const later = entry({ email: 'lain@dinkes.example.id', now: noon });
      expect(await store.reclaimUnconfirmed(later, '2030-01-01T00:00:00.000Z')).toBeUndefined();
      expect((await store.byId(waiting.id))?.email).toBe('yuni@dinkes.example.id');
    });

    it('keeps one entry when one agency registers 50 times at once', async () => {
      const outcomes = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          store.register(entry({ contactName: `Kontak ${i}`, now: tenAm })),
        ),
      );
      expect(outcomes.filter((outcome) => outcome.created)).toHaveLength(1);
      expect(new Set(outcomes.map((outcome) => outcome.registration.id)).size).toBe(1);
      const { rows, total } = await store.list({ limit: 100, offset: 0 });
      expect(total).toBe(1);
      expect(rows[0]?.registrations).toBe(50);
      expect((await store.activity('inovasi-1')).interestCount).toBe(1);
    });

    it('leaves a withdrawn entry withdrawn when the agency registers again', async () => {
      const first = await register();
      await store.setStage(first.id, 'batal', elevenAm);
      const again = await store.register(entry({ now: noon }));
      expect(again.created).toBe(false);
      expect(again.registration.stage).toBe('batal');
      expect(again.registration.stageChangedAt).toBe(elevenAm);
      expect(again.registration.createdAt).toBe(tenAm);
    });

    it('keeps a hidden entry hidden when its agency registers again', async () => {
      const spam = await register({ agency: 'Beli Obat Murah' });
      await store.setHidden(spam.id, true, elevenAm);
      const again = await store.register(entry({ agency: 'Beli Obat Murah', now: noon }));
      expect(again.registration).toMatchObject({ id: spam.id, hidden: true, registrations: 2 });
      expect((await store.activity('inovasi-1')).entries).toEqual([]);
    });

    it('moves an entry to any stage and hides it; unknown ids give undefined', async () => {
      const saved = await register();
      const moved = await store.setStage(saved.id, 'tereplikasi', elevenAm);
      expect(moved).toEqual({
        ...saved,
        stage: 'tereplikasi',
        updatedAt: elevenAm,
        stageChangedAt: elevenAm,
      });
      const back = await store.setStage(saved.id, 'berminat', noon);
      expect(back).toMatchObject({ stage: 'berminat', stageChangedAt: noon });
      const same = await store.setStage(saved.id, 'berminat', '2026-11-23T08:00:00.000Z');
      expect(same).toMatchObject({
        stageChangedAt: noon,
        updatedAt: '2026-11-23T08:00:00.000Z',
      });
      const hidden = await store.setHidden(saved.id, true, noon);
      expect(hidden).toMatchObject({ hidden: true, stage: 'berminat', updatedAt: noon });
      expect(await store.byId(saved.id)).toMatchObject({ hidden: true });
      expect(await store.setHidden(saved.id, false, noon)).toMatchObject({ hidden: false });
      expect(await store.setStage(saved.id + 1, 'batal', noon)).toBeUndefined();
      expect(await store.setHidden(saved.id + 1, true, noon)).toBeUndefined();
    });

    it('leaves hidden entries out of the activity and the counts', async () => {
      const spam = await register({ agency: 'Beli Obat Murah', regencyCode: '73.02' });
      await register({ agency: 'Dinas Kesehatan', regencyCode: '73.02' });
      const replicated = await register({ agency: 'Bappeda', regencyCode: '73.02' });
      await replicateInStore(store, replicated.id, { now: elevenAm });
      await store.setHidden(spam.id, true, noon);
      const activity = await store.activity('inovasi-1');
      expect(activity.counts).toEqual({
        berminat: 1,
        berkomunikasi: 0,
        mereplikasi: 0,
        tereplikasi: 1,
        batal: 0,
      });
      expect(activity.entries.map((e) => e.agency)).toEqual(['Bappeda', 'Dinas Kesehatan']);
      expect([activity.interestCount, activity.replicationCount]).toEqual([2, 1]);
      expect(await store.totals('inovasi-1')).toEqual({
        counts: { berminat: 1, berkomunikasi: 0, mereplikasi: 0, tereplikasi: 1, batal: 0 },
        confirmedCounts: { mereplikasi: 0, tereplikasi: 1 },
        interestCount: 2,
        replicationCount: 1,
      });
      expect((await store.counts()).get('inovasi-1')).toEqual({
        interestCount: 2,
        replicationCount: 1,
      });
      await store.setHidden(replicated.id, true, noon);
      expect((await store.counts()).get('inovasi-1')).toEqual({
        interestCount: 1,
        replicationCount: 0,
      });
    });

    it('counts interest and replications per innovation, for the given ids or for all', async () => {
      for (const [agency, stage] of [
        ['Dinas Satu', 'berminat'],
        ['Dinas Dua', 'berkomunikasi'],
        ['Dinas Tiga', 'tereplikasi'],
        ['Dinas Empat', 'mereplikasi'],
        ['Dinas Lima', 'batal'],
      ] as const) {
        const saved = await register({ agency });
        if (stage === 'tereplikasi') await replicateInStore(store, saved.id, { now: elevenAm });
        else await store.setStage(saved.id, stage, elevenAm);
      }
      // Reported, not confirmed: at `tereplikasi`, counted as interest, not as a replication.
      const reported = await register({ agency: 'Dinas Enam' });
      await replicateInStore(store, reported.id, { now: elevenAm, confirm: false });
      const onlyHidden = await register({ innovationId: 'inovasi-2' });
      await replicateInStore(store, onlyHidden.id, { now: elevenAm });
      await store.setHidden(onlyHidden.id, true, noon);
      const one = { interestCount: 5, replicationCount: 1 };
      const none = { interestCount: 0, replicationCount: 0 };
      expect(await store.counts()).toEqual(
        new Map([
          ['inovasi-1', one],
          ['inovasi-2', none],
        ]),
      );
      expect(await store.counts(['inovasi-1', 'tanpa-minat'])).toEqual(
        new Map([
          ['inovasi-1', one],
          ['tanpa-minat', none],
        ]),
      );
      expect(await store.counts([])).toEqual(new Map());
    });

    it('publishes the activity newest stage change first, without any contact data', async () => {
      const a = await register({ agency: 'Dinas A', note: 'Catatan rahasia' });
      const b = await register({ agency: 'Dinas B', regencyCode: undefined, provinceCode: '31' });
      const c = await register({ agency: 'Dinas C' });
      await register({ agency: 'Dinas D', innovationId: 'inovasi-lain' });
      const withdrawn = await register({ agency: 'Dinas E' });
      await store.setStage(a.id, 'mereplikasi', noon);
      await store.setStage(withdrawn.id, 'batal', noon);
      const activity = publicActivitySchema.strict().parse(await store.activity('inovasi-1'));
      expect(activity.counts).toEqual({
        berminat: 2,
        berkomunikasi: 0,
        mereplikasi: 1,
        tereplikasi: 0,
        batal: 1,
      });
      expect([activity.interestCount, activity.replicationCount]).toEqual([3, 0]);
      expect(activity.entries).toEqual([
        {
          agency: 'Dinas A',
          cluster: 'kota',
          provinceCode: '73',
          regencyCode: '73.71',
          stage: 'mereplikasi',
          stageChangedAt: noon,
          evidence: 'reported',
        },
        {
          agency: 'Dinas C',
          cluster: 'kota',
          provinceCode: '73',
          regencyCode: '73.71',
          stage: 'berminat',
          stageChangedAt: tenAm,
        },
        {
          agency: 'Dinas B',
          cluster: 'kota',
          provinceCode: '31',
          stage: 'berminat',
          stageChangedAt: tenAm,
        },
      ]);
      for (const shown of activity.entries) publicEntrySchema.strict().parse(shown);
      const text = JSON.stringify(activity);
      for (const secret of ['Andi Makkasau', 'andi@dinkes', '4000 123', 'Catatan rahasia']) {
        expect(text).not.toContain(secret);
      }
      expect(c.id).toBeGreaterThan(b.id);
    });

    it('gives an innovation without entries zero counts and no entries', async () => {
      expect(await store.activity('tanpa-minat')).toEqual({
        innovationId: 'tanpa-minat',
        counts: { berminat: 0, berkomunikasi: 0, mereplikasi: 0, tereplikasi: 0, batal: 0 },
        confirmedCounts: { mereplikasi: 0, tereplikasi: 0 },
        interestCount: 0,
        replicationCount: 0,
        entries: [],
      });
    });

    it('lists for administrators: filters, newest first, total and pages', async () => {
      const ids: number[] = [];
      for (let i = 1; i <= 7; i++) ids.push((await register({ agency: `Dinas Nomor ${i}` })).id);
      const other = await register({ agency: 'Bappeda Kota', innovationId: 'inovasi-2' });
      await store.setStage(ids[0] ?? 0, 'mereplikasi', noon);
      await store.setHidden(ids[1] ?? 0, true, noon);
      const page = await store.list({ innovationId: 'inovasi-1', limit: 3, offset: 3 });
      expect(page.total).toBe(7);
      expect(page.rows.map((row) => row.id)).toEqual([ids[3], ids[2], ids[1]]);
      const all = await store.list({ limit: 100, offset: 0 });
      expect(all.rows.map((row) => row.id)).toEqual([other.id, ...ids.toReversed()]);
      expect((await store.list({ limit: 100, offset: 8 })).rows).toEqual([]);
      const replicating = await store.list({ stage: 'mereplikasi', limit: 10, offset: 0 });
      expect(replicating.rows.map((row) => row.id)).toEqual([ids[0]]);
      const hidden = await store.list({ hidden: true, limit: 10, offset: 0 });
      expect([hidden.total, hidden.rows[0]?.id]).toEqual([1, ids[1]]);
      expect((await store.list({ hidden: false, limit: 10, offset: 0 })).total).toBe(7);
      const combined = { innovationId: 'inovasi-1', stage: 'berminat', hidden: false } as const;
      expect((await store.list({ ...combined, limit: 10, offset: 0 })).total).toBe(5);
    });

    it('filters by text in agency, contact name and e-mail, ignoring case', async () => {
      const kominfo = await register({ agency: 'Dinas Kominfo', contactName: 'Élodie Ñuñez' });
      const bappeda = await register({ agency: 'Bappeda', email: 'Rina@Bappeda.example.id' });
      await register({ agency: 'Sekretariat Daerah', phone: '0812 3456 7890', note: 'kominfo' });
      const ids = async (text: string) =>
        (await store.list({ text, limit: 10, offset: 0 })).rows.map((row) => row.id);
      expect(await ids('KOMINFO')).toEqual([kominfo.id]);
      expect(await ids('élodie ñ')).toEqual([kominfo.id]);
      expect(await ids('ÉLODIE')).toEqual([kominfo.id]);
      expect(await ids('rina@bappeda')).toEqual([bappeda.id]);
      expect(await ids('3456')).toEqual([]);
      expect(await ids('   ')).toHaveLength(3);
    });

    it('takes quotes, % and _ in a text filter literally', async () => {
      const percent = await register({ agency: 'Desa 100% Digital' });
      const underscore = await register({ agency: 'Unit_Layanan Terpadu' });
      const quoted = await register({ agency: `Kantor "Pelayanan" O'Neil` });
      await register({ agency: 'Dinas Lain' });
      const ids = async (text: string) =>
        (await store.list({ text, limit: 10, offset: 0 })).rows.map((row) => row.id);
      expect(await ids('%')).toEqual([percent.id]);
      expect(await ids('_')).toEqual([underscore.id]);
      expect(await ids(`o'neil`)).toEqual([quoted.id]);
      expect(await ids('"pelayanan"')).toEqual([quoted.id]);
      expect(await ids(`'; DROP TABLE registrations; --`)).toEqual([]);
      expect((await store.list({ limit: 10, offset: 0 })).total).toBe(4);
    });

    it('keeps unicode, quotes and long notes as they were', async () => {
      const note = `Kami ingin mereplikasi "Sipakatau" 🙏 — tahap 1.\n${'catatan panjang '.repeat(120)}`;
      const saved = await register({
        agency: `Dinas Kominfo Kab. Pangkajene dan Kepulauan — “Pangkep” 'Bersatu'`,
        contactName: 'Nyoman Ṣukmawati',
        note,
      });
      expect(note.length).toBeGreaterThan(1900);
      const read = await store.byId(saved.id);
      expect(read?.agency).toBe(
        `Dinas Kominfo Kab. Pangkajene dan Kepulauan — “Pangkep” 'Bersatu'`,
      );
      expect(read?.contactName).toBe('Nyoman Ṣukmawati');
      expect(read?.note).toBe(note);
    });

    it('exports every registration in id order, across many pages', async () => {
      const count = 1200;
      const made = new Set<number>();
      for (let i = 0; i < count; i++) {
        made.add(
          (await register({ agency: `Instansi ${i}`, innovationId: `inovasi-${i % 7}` })).id,
        );
      }
      const exported: Registration[] = [];
      for await (const row of store.exportAll()) exported.push(row);
      expect(exported).toHaveLength(count);
      expect(exported.map((row) => row.id)).toEqual([...made].sort((x, y) => x - y));
      expect(exported[0]).toMatchObject({ agency: 'Instansi 0', email: 'andi@dinkes.example.id' });
      expect(exported.at(-1)?.agency).toBe('Instansi 1199');
    });

    it('lists the 100 most recent entries of an innovation and counts them all', async () => {
      for (let i = 0; i < 130; i++) {
        const minute = String(i % 60).padStart(2, '0');
        const hour = String(10 + Math.floor(i / 60)).padStart(2, '0');
        await register({ agency: `Instansi ${i}`, now: `2026-11-22T${hour}:${minute}:00.000Z` });
      }
      const activity = await store.activity('inovasi-1');
      expect(activity.interestCount).toBe(130);
      expect(activity.counts.berminat).toBe(130);
      expect(activity.entries).toHaveLength(100);
      expect(activity.entries[0]?.agency).toBe('Instansi 129');
      expect(activity.entries.at(-1)?.agency).toBe('Instansi 30');
    });

    it('exports nothing from an empty store', async () => {
      const exported: Registration[] = [];
      for await (const row of store.exportAll()) exported.push(row);
      expect(exported).toEqual([]);
    });

    it('records ingest runs and lists them newest first', async () => {
      const older = await store.recordIngestRun(run());
      const failed = await store.recordIngestRun(
        run({
          startedAt: '2026-11-21T01:00:00.000Z',
          finishedAt: '2026-11-21T01:00:05.000Z',
          status: 'failed',
          published: false,
          total: 0,
          rejected: 0,
          warnings: 0,
          report: null,
          error: 'Meilisearch tidak menjawab',
        }),
      );
      const dry = await store.recordIngestRun(
        run({
          startedAt: '2026-11-22T01:00:00.000Z',
          dryRun: true,
          published: false,
          report: { nested: { list: [1, 'dua', null, true], text: 'ünïcödé “kutipan”' } },
        }),
      );
      expect(await store.ingestRuns(2)).toEqual([
        {
          ...run({
            startedAt: '2026-11-22T01:00:00.000Z',
            dryRun: true,
            published: false,
            report: { nested: { list: [1, 'dua', null, true], text: 'ünïcödé “kutipan”' } },
          }),
          id: dry,
        },
        {
          ...run({
            startedAt: '2026-11-21T01:00:00.000Z',
            finishedAt: '2026-11-21T01:00:05.000Z',
            status: 'failed',
            published: false,
            total: 0,
            rejected: 0,
            warnings: 0,
            report: null,
            error: 'Meilisearch tidak menjawab',
          }),
          id: failed,
        },
      ]);
      expect(await store.ingestRun(older)).toEqual({ ...run(), id: older });
      expect(await store.ingestRun(dry + 100)).toBeUndefined();
      expect(await store.ingestRuns(10)).toHaveLength(3);
    });

    it('names the newest run that published, past failed and dry runs after it', async () => {
      expect(await store.latestPublishedRun()).toBeUndefined();
      const published = await store.recordIngestRun(run({ published: true }));
      expect(await store.latestPublishedRun()).toBe(published);
      await store.recordIngestRun(run({ dryRun: true, published: false }));
      await store.recordIngestRun(
        run({ status: 'failed', published: false, report: null, error: 'gagal' }),
      );
      expect(await store.latestPublishedRun()).toBe(published);
      const newer = await store.recordIngestRun(run({ published: true }));
      expect(newer).toBeGreaterThan(published);
      expect(await store.latestPublishedRun()).toBe(newer);
    });

    it('answers a ping while open, and refuses one once closed', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
      const other = await opened.reopen();
      await other.close();
      await expect(other.ping()).rejects.toThrow();
    });

    it('keeps its data and applies no migration twice when opened again', async () => {
      const saved = await register();
      const runId = await store.recordIngestRun(run());
      const before = await opened.appliedMigrations();
      expect(before.length).toBeGreaterThan(0);
      expect(new Set(before).size).toBe(before.length);
      const again = await opened.reopen();
      try {
        expect(await again.byId(saved.id)).toEqual(saved);
        expect(await again.ingestRun(runId)).toEqual({ ...run(), id: runId });
        expect(await opened.appliedMigrations()).toEqual(before);
        const third = await opened.reopen();
        await third.close();
        expect(await opened.appliedMigrations()).toEqual(before);
      } finally {
        await again.close();
      }
    });
  });
}
