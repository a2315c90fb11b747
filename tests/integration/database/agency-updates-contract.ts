import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewAgencyUpdate } from '../../../src/infra/database/agency-updates-types.ts';
import type { Database } from '../../../src/infra/database/types.ts';
import type { OpenedStore } from './store-contract.ts';

const nine = '2026-12-07T09:00:00.000Z';
const ten = '2026-12-07T10:00:00.000Z';
const eleven = '2026-12-07T11:00:00.000Z';

/** Agencies' updates: submitted, reviewed, one live version per innovation, on every database. */
export function describeAgencyUpdatesContract(name: string, open: () => Promise<OpenedStore>) {
  describe(`Agency updates contract: ${name}`, () => {
    let opened: OpenedStore;
    let store: Database;
    beforeEach(async () => {
      opened = await open();
      store = opened.store;
    });
    afterEach(() => opened.cleanup());

    const update = (over: Partial<NewAgencyUpdate> = {}): NewAgencyUpdate => ({
      innovationId: 'sipandu-1a2b3c4d',
      agencyKey: 'dinas-kesehatan-kota-padang',
      status: 'berkembang',
      asOf: '2026-03-03',
      whatChanged: 'Diperluas ke 24 puskesmas.',
      replication: {
        contact: {
          officeEmail: 'inovasi@padang.go.id',
          officeWebsite: 'https://dinkes.padang.go.id/replikasi',
        },
        howTo: 'Hubungi bidang P2P.',
        documents: [{ title: 'SOP', url: 'https://dinkes.padang.go.id/sop.pdf' }],
      },
      submittedBy: 'rina@padang.go.id',
      locale: 'en',
      now: nine,
      ...over,
    });

    it('stores an update as pending with everything it says, and replaces an earlier pending one', async () => {
      const first = await store.submitUpdate(update());
      expect(first).toMatchObject({
        state: 'pending',
        status: 'berkembang',
        asOf: '2026-03-03',
        locale: 'en',
        submittedAt: nine,
        replication: update().replication,
      });
      const second = await store.submitUpdate(update({ status: 'berlanjut', now: ten }));
      expect((await store.agencyUpdate(first.id))?.state).toBe('superseded');
      const queue = await store.pendingUpdates(10, 0);
      expect(queue.total).toBe(1);
      expect(queue.rows.map((row) => row.id)).toEqual([second.id]);
      expect((await store.updatesOf('sipandu-1a2b3c4d')).map((row) => row.id)).toEqual([
        second.id,
        first.id,
      ]);
    });

    it('approves only a pending update, keeps one live version, and keeps the one it replaced', async () => {
      const first = await store.submitUpdate(update());
      const live = await store.transaction((tx) => tx.approveUpdate(first.id, 'admin-token', ten));
      expect(live).toMatchObject({
        state: 'published',
        reviewedBy: 'admin-token',
        visibleSince: ten,
      });
      expect(await store.approveUpdate(first.id, 'admin-token', eleven)).toBeUndefined();
      const second = await store.submitUpdate(update({ status: 'vakum', asOf: '2026-11-01' }));
      // Pending: the published version stays live.
      expect(
        (await store.approvedUpdates(['sipandu-1a2b3c4d'])).get('sipandu-1a2b3c4d')?.live.id,
      ).toBe(first.id);
      await store.transaction((tx) => tx.approveUpdate(second.id, 'admin@portal.go.id', eleven));
      const approved = (await store.approvedUpdates()).get('sipandu-1a2b3c4d');
      expect(approved?.live).toMatchObject({
        id: second.id,
        status: 'vakum',
        visibleSince: eleven,
      });
      expect(approved?.earlier.map((row) => row.id)).toEqual([first.id]);
      expect((await store.agencyUpdate(first.id))?.state).toBe('superseded');
    });

    it('keeps when an identical version became visible, so updatedAt does not move', async () => {
      const first = await store.submitUpdate(update());
      await store.approveUpdate(first.id, 'admin-token', ten);
      const again = await store.submitUpdate(update({ now: ten }));
      const live = await store.approveUpdate(again.id, 'admin-token', eleven);
      expect(live?.visibleSince).toBe(ten);
    });

    it('rejects only a pending update, with its reason; a rejected one is never live', async () => {
      const first = await store.submitUpdate(update());
      const rejected = await store.rejectUpdate(first.id, 'admin-token', 'Tautan mati.', ten);
      expect(rejected).toMatchObject({
        state: 'rejected',
        reason: 'Tautan mati.',
        reviewedAt: ten,
      });
      expect(await store.rejectUpdate(first.id, 'admin-token', 'again', eleven)).toBeUndefined();
      expect(await store.approveUpdate(first.id, 'admin-token', eleven)).toBeUndefined();
      expect((await store.approvedUpdates()).size).toBe(0);
      expect((await store.pendingUpdates(10, 0)).total).toBe(0);
    });

    it('answers approved updates for many innovations at once', async () => {
      const ids = Array.from({ length: 1203 }, (_, n) => `inovasi-${String(n)}`);
      for (const innovationId of ['inovasi-5', 'inovasi-1202']) {
        const saved = await store.submitUpdate(update({ innovationId }));
        await store.approveUpdate(saved.id, 'admin-token', ten);
      }
      expect([...(await store.approvedUpdates(ids)).keys()].sort()).toEqual([
        'inovasi-1202',
        'inovasi-5',
      ]);
    });
  });
}
