import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/infra/database/types.ts';
import type { OpenedStore } from './store-contract.ts';

const nine = '2026-12-07T09:00:00.000Z';
const ten = '2026-12-07T10:00:00.000Z';

/** Re-keying stored agency keys when names fold anew, on every database. */
export function describeAgencyKeysContract(name: string, open: () => Promise<OpenedStore>) {
  describe(`Agency keys contract: ${name}`, () => {
    let opened: OpenedStore;
    let store: Database;
    beforeEach(async () => {
      opened = await open();
      store = opened.store;
    });
    afterEach(() => opened.cleanup());

    const entry = async (innovationId: string, agency: string, agencyKey: string, n: number) =>
      (
        await store.register({
          innovationId,
          agency,
          agencyKey,
          cluster: 'kabupaten',
          provinceCode: '34',
          regencyCode: '34.04',
          contactName: `Petugas ${String(n)}`,
          email: `petugas${String(n)}@slemankab.go.id`,
          phone: '+62 274 868405',
          note: undefined,
          consent: true,
          shareEmail: true,
          sharePhone: true,
          tokenHash: String(n).repeat(64).slice(0, 64),
          now: nine,
        })
      ).registration;

    it('records a data step once, by name', async () => {
      expect(await store.dataStepDone('agency-keys-00000001')).toBe(false);
      await store.recordDataStep('agency-keys-00000001', nine);
      await store.recordDataStep('agency-keys-00000001', ten);
      expect(await store.dataStepDone('agency-keys-00000001')).toBe(true);
      expect(await store.dataStepDone('agency-keys-00000002')).toBe(false);
    });

    it('gives an entry its new key unless another entry of its innovation holds it', async () => {
      const full = await entry('sipandu', 'Dinas Kesehatan', '34.04|dinas-kesehatan-kab', 1);
      const short = await entry('sipandu', 'Dinkes', '34.04|dinkes', 2);
      const elsewhere = await entry('lain', 'Dinkes', '34.04|dinkes', 3);
      expect(await store.rekeyRegistration(short.id, '34.04|dinas-kesehatan-kab')).toBe(false);
      expect((await store.byId(short.id))?.agencyKey).toBe('34.04|dinkes');
      expect(await store.rekeyRegistration(elsewhere.id, '34.04|dinas-kesehatan-kab')).toBe(true);
      expect(await store.rekeyRegistration(full.id, '34.04|dinas-kesehatan-kabupaten')).toBe(true);
      expect(await store.byId(full.id)).toEqual({
        ...full,
        agencyKey: '34.04|dinas-kesehatan-kabupaten',
      });
      expect((await store.byId(elsewhere.id))?.agencyKey).toBe('34.04|dinas-kesehatan-kab');
      // The new key is the agency's from now on: registering it again meets the entry.
      const again = await store.register({
        ...full,
        agencyKey: '34.04|dinas-kesehatan-kabupaten',
        email: 'lain@contoh.example',
        tokenHash: 'f'.repeat(64),
        now: ten,
      });
      expect(again.created).toBe(false);
      expect(again.registration.id).toBe(full.id);
    });

    it("moves an account, its agency's updates and its reminder to the new key", async () => {
      const account = await store.createAccount({
        email: 'rina@slemankab.go.id',
        role: 'agency',
        agency: 'Dinkes Kab. Sleman',
        agencyKey: 'dinkes-kab-sleman',
        invitedBy: 'admin-token',
        now: nine,
      });
      if (account === undefined) throw new Error('no account');
      const update = await store.submitUpdate({
        innovationId: 'sipandu',
        agencyKey: 'dinkes-kab-sleman',
        status: 'berlanjut',
        asOf: '2026-03-03',
        whatChanged: 'Berjalan di 25 puskesmas.',
        replication: { contact: { officePhone: '0274 868405' }, documents: [] },
        submittedBy: account.email,
        locale: 'id',
        now: nine,
      });
      expect(
        await store.recordReminder({ agencyKey: 'dinkes-kab-sleman', now: nine, since: nine }),
      ).toBe(true);
      await store.transaction((tx) =>
        tx.rekeyAccount({
          id: account.id,
          agency: 'Dinas Kesehatan Kabupaten Sleman',
          from: 'dinkes-kab-sleman',
          to: 'dinas-kesehatan-kabupaten-sleman',
        }),
      );
      expect(await store.accountsOf('dinkes-kab-sleman')).toEqual([]);
      expect(await store.accountsOf('dinas-kesehatan-kabupaten-sleman')).toEqual([
        {
          ...account,
          agency: 'Dinas Kesehatan Kabupaten Sleman',
          agencyKey: 'dinas-kesehatan-kabupaten-sleman',
        },
      ]);
      expect((await store.agencyUpdate(update.id))?.agencyKey).toBe(
        'dinas-kesehatan-kabupaten-sleman',
      );
      // Reminded at nine under the old key: a reminder since eight is refused under the new.
      const eight = '2026-12-07T08:00:00.000Z';
      const since = '2026-12-07T09:30:00.000Z';
      expect(
        await store.recordReminder({
          agencyKey: 'dinas-kesehatan-kabupaten-sleman',
          now: ten,
          since: eight,
        }),
      ).toBe(false);
      expect(
        await store.recordReminder({
          agencyKey: 'dinas-kesehatan-kabupaten-sleman',
          now: ten,
          since,
        }),
      ).toBe(true);
    });
  });
}
