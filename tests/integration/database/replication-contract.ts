import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { agencyKey } from '../../../src/lib/interest/agency-key.ts';
import type { NewDocument } from '../../../src/infra/database/replication-types.ts';
import type { Database } from '../../../src/infra/database/types.ts';
import type { OpenedStore } from './store-contract.ts';

const nine = '2026-03-02T09:00:00.000Z';
const ten = '2026-03-02T10:00:00.000Z';
const eleven = '2026-03-02T11:00:00.000Z';
const noon = '2026-03-02T12:00:00.000Z';

/** Every byte value, twice: a document's bytes must come back exactly. */
const bytes = new Uint8Array(512).map((_, index) => index % 256);
const document: NewDocument = {
  filename: 'kesepakatan bersama.pdf',
  mediaType: 'application/pdf',
  bytes,
  sha256: createHash('sha256').update(bytes).digest('hex'),
  public: false,
};

/** Replication evidence and its documents, on every database. */
export function describeReplicationContract(name: string, open: () => Promise<OpenedStore>) {
  describe(`Replication evidence contract: ${name}`, () => {
    let opened: OpenedStore;
    let store: Database;
    beforeEach(async () => {
      opened = await open();
      store = opened.store;
    });
    afterEach(() => opened.cleanup());

    const entry = async (agency: string, innovationId = 'inovasi-1') =>
      (
        await store.register({
          innovationId,
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
          shareEmail: false,
          sharePhone: false,
          tokenHash: createHash('sha256').update(agency).digest('hex'),
          now: nine,
        })
      ).registration;
    const report = (registrationId: number, kind: 'agreement' | 'implementation', now = ten) =>
      ({
        registrationId,
        kind,
        date: kind === 'agreement' ? '2026-02-20' : '2026-03-01',
        innovatingAgency: 'Dinas Kependudukan Kota Surabaya',
        adapted: 'Formulir dan alur layanan.',
        ...(kind === 'implementation' && {
          results: 'Waktu tunggu turun separuh.',
          publicLink: 'https://padang.go.id/layanan',
        }),
        now,
      }) as const;
    const decide = (id: number, confirm: boolean, now = eleven, code?: string) =>
      store.decideEvidence({
        id,
        confirm,
        ...(confirm ? { code } : { reason: 'Dokumen tidak terbaca.' }),
        by: 'kepala@surabaya.go.id',
        role: 'agency',
        now,
      });

    it('keeps a report with its document, moves the entry and counts it only once confirmed', async () => {
      const padang = await entry('Dinas Kesehatan Kota Padang');
      const agreement = await store.reportEvidence(report(padang.id, 'agreement'), document);
      expect(agreement).toMatchObject({
        kind: 'agreement',
        state: 'reported',
        date: '2026-02-20',
        decidedAt: undefined,
        code: undefined,
      });
      expect(agreement.documents).toEqual([
        expect.objectContaining({ filename: 'kesepakatan bersama.pdf', size: 512, public: false }),
      ]);
      expect(await store.byId(padang.id)).toMatchObject({
        stage: 'mereplikasi',
        stageChangedAt: ten,
        stageConfirmedAt: undefined,
      });
      const stored = await store.documentById(agreement.documents[0]?.id ?? 0);
      expect(stored?.bytes).toEqual(bytes);
      expect(stored).toMatchObject({ mediaType: 'application/pdf', evidenceState: 'reported' });
      expect(await store.documentUse(padang.id)).toEqual({ count: 1, bytes: 512 });
      expect((await store.activity('inovasi-1')).entries[0]?.evidence).toBe('reported');

      expect(await decide(agreement.id, true)).toMatchObject({
        state: 'confirmed',
        decidedRole: 'agency',
        code: undefined,
      });
      expect(await decide(agreement.id, true)).toBeUndefined();
      expect((await store.byId(padang.id))?.stageConfirmedAt).toBe(eleven);

      const implementation = await store.reportEvidence(report(padang.id, 'implementation', noon));
      expect((await store.byId(padang.id))?.stage).toBe('tereplikasi');
      expect((await store.counts(['inovasi-1'])).get('inovasi-1')?.replicationCount).toBe(0);
      expect(await store.confirmedReplications('inovasi-1')).toEqual([]);
      await decide(implementation.id, true, noon, 'ABCD-EFGH-JK12');
      expect((await store.counts(['inovasi-1'])).get('inovasi-1')).toEqual({
        interestCount: 1,
        replicationCount: 1,
      });
      const activity = await store.activity('inovasi-1');
      expect(activity.confirmedCounts).toEqual({ mereplikasi: 0, tereplikasi: 1 });
      expect(activity.entries[0]?.evidence).toBe('confirmed');
      const confirmed = {
        code: 'ABCD-EFGH-JK12',
        innovationId: 'inovasi-1',
        agency: 'Dinas Kesehatan Kota Padang',
        cluster: 'kota',
        provinceCode: '13',
        regencyCode: '13.71',
        agreedOn: '2026-02-20',
        startedOn: '2026-03-01',
        confirmedAt: noon,
        evidenceId: implementation.id,
        registeredAt: nine,
      };
      expect(await store.confirmedReplications('inovasi-1')).toEqual([confirmed]);
      expect(await store.confirmedReplications()).toEqual([confirmed]);
      expect(await store.replicationByCode('ABCD-EFGH-JK12')).toEqual(confirmed);
      expect(await store.replicationByCode('ABCD-EFGH-JK13')).toBeUndefined();
      expect((await store.documentById(agreement.documents[0]?.id ?? 0))?.evidenceState).toBe(
        'confirmed',
      );
    });

    it('takes a rejected report back a stage, with its reason, and a hidden entry out', async () => {
      const padang = await entry('Dinas Kesehatan Kota Padang');
      const first = await store.reportEvidence(report(padang.id, 'agreement'));
      expect(await decide(first.id, false)).toMatchObject({
        state: 'rejected',
        reason: 'Dokumen tidak terbaca.',
      });
      expect(await store.byId(padang.id)).toMatchObject({
        stage: 'berkomunikasi',
        stageConfirmedAt: undefined,
      });
      const again = await store.reportEvidence(report(padang.id, 'agreement', eleven));
      await decide(again.id, true, noon);
      const implementation = await store.reportEvidence(report(padang.id, 'implementation', noon));
      await decide(implementation.id, false, noon);
      // Back at `mereplikasi`, still standing on its confirmed agreement.
      expect(await store.byId(padang.id)).toMatchObject({
        stage: 'mereplikasi',
        stageConfirmedAt: noon,
      });
      expect((await store.evidenceOf(padang.id)).map((item) => item.state)).toEqual([
        'rejected',
        'confirmed',
        'rejected',
      ]);
      const later = await store.reportEvidence(report(padang.id, 'implementation', noon));
      await decide(later.id, true, noon, 'ZZZZ-0000-1111');
      expect(await store.confirmedReplications()).toHaveLength(1);
      await store.setHidden(padang.id, true, noon);
      expect(await store.confirmedReplications()).toEqual([]);
      expect(await store.replicationByCode('ZZZZ-0000-1111')).toBeUndefined();
    });

    it('decides only reports whose entry still stands at their stage', async () => {
      const padang = await entry('Dinas Kesehatan Kota Padang');
      const bukittinggi = await entry('Dinas Kominfo Kota Bukittinggi', 'inovasi-2');
      const moved = await store.reportEvidence(report(padang.id, 'agreement'));
      const waiting = await store.reportEvidence(report(bukittinggi.id, 'agreement'));
      await store.setStage(padang.id, 'batal', eleven);
      expect((await store.reportedEvidence(10)).map((item) => item.id)).toEqual([waiting.id]);
      expect(await store.reportedEvidence(10, ['inovasi-1'])).toEqual([]);
      expect((await store.reportedEvidence(10, ['inovasi-2']))[0]?.id).toBe(waiting.id);
      expect(await store.reportedEvidence(10, [])).toEqual([]);
      expect(await decide(moved.id, true)).toBeUndefined();
      expect(await store.evidenceById(moved.id)).toMatchObject({ state: 'reported' });
    });

    it('links a replica to the innovation it replicates', async () => {
      const padang = await entry('Dinas Kesehatan Kota Padang');
      const agreement = await store.reportEvidence(report(padang.id, 'agreement'));
      await decide(agreement.id, true);
      const implementation = await store.reportEvidence({
        ...report(padang.id, 'implementation', noon),
        replicaId: 'kipp-2027-padang',
      });
      await decide(implementation.id, true, noon, 'REPL-1CA0-0001');
      expect(await store.replicationsInto('kipp-2027-padang')).toEqual([
        expect.objectContaining({ innovationId: 'inovasi-1', replicaId: 'kipp-2027-padang' }),
      ]);
      expect(await store.replicationsInto('inovasi-1')).toEqual([]);
    });
  });
}
