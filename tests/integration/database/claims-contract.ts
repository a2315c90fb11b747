import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { agencyKey } from '../../../src/lib/interest/agency-key.ts';
import type { Database } from '../../../src/infra/database/types.ts';
import type { OpenedStore } from './store-contract.ts';

const nine = '2026-12-07T09:00:00.000Z';
const ten = '2026-12-07T10:00:00.000Z';
const eleven = '2026-12-07T11:00:00.000Z';

/** Claims on entries, job leases, agency reminders and account languages, on every database. */
export function describeClaimsContract(name: string, open: () => Promise<OpenedStore>) {
  describe(`Claims and jobs contract: ${name}`, () => {
    let opened: OpenedStore;
    let store: Database;
    beforeEach(async () => {
      opened = await open();
      store = opened.store;
    });
    afterEach(() => opened.cleanup());

    const owned = async () =>
      (
        await store.register({
          innovationId: 'inovasi-1',
          agency: 'Dinas Kesehatan Kota Padang',
          agencyKey: agencyKey('Dinas Kesehatan Kota Padang', '13', '13.71'),
          cluster: 'kota',
          provinceCode: '13',
          regencyCode: '13.71',
          contactName: 'Rina Marlina',
          email: 'rina@padang.go.id',
          phone: '+62 812 3456 7890',
          note: 'Catatan pemilik.',
          consent: true,
          shareEmail: true,
          sharePhone: true,
          tokenHash: 'o'.repeat(64),
          now: nine,
        })
      ).registration;
    const claimOn = (registrationId: number, n: number) =>
      store.addClaim({
        registrationId,
        agency: 'DINAS KESEHATAN KOTA PADANG!!',
        contactName: `Penyusup ${String(n)}`,
        email: `penyusup${String(n)}@contoh.example`,
        phone: '0812 0000 0000',
        note: undefined,
        locale: 'en',
        decisionHash: String(n).repeat(64).slice(0, 64),
        now: ten,
      });

    it('keeps a claim apart from its entry until it is decided, once', async () => {
      const entry = await owned();
      const claim = await claimOn(entry.id, 1);
      expect(claim).toMatchObject({ registrationId: entry.id, status: 'pending', locale: 'en' });
      expect(await store.pendingClaimsOf(entry.id)).toEqual([claim]);
      expect(await store.pendingClaims(10)).toEqual([claim]);
      expect(await store.claimByDecisionHash('1'.repeat(64))).toEqual(claim);
      expect(await store.claimByDecisionHash('9'.repeat(64))).toBeUndefined();
      expect(await store.byId(entry.id)).toEqual(entry);
      const decided = await store.decideClaim({
        id: claim.id,
        status: 'accepted',
        tokenHash: 'c'.repeat(64),
        by: 'owner',
        now: eleven,
      });
      expect(decided).toMatchObject({ status: 'accepted', decidedAt: eleven, decidedBy: 'owner' });
      expect(
        await store.decideClaim({
          id: claim.id,
          status: 'declined',
          tokenHash: undefined,
          by: 'admin-token',
          now: eleven,
        }),
      ).toBeUndefined();
      expect(await store.pendingClaims(10)).toEqual([]);
      // Both links open the entry, which is the owner's as it was.
      expect(await store.byTokenHash('c'.repeat(64))).toEqual(entry);
      expect(await store.byTokenHash('o'.repeat(64))).toEqual(entry);
    });

    it('gives a declined claimant no way into the entry', async () => {
      const entry = await owned();
      const claim = await claimOn(entry.id, 2);
      await store.decideClaim({
        id: claim.id,
        status: 'declined',
        tokenHash: undefined,
        by: 'owner',
        now: eleven,
      });
      expect((await store.claimById(claim.id))?.status).toBe('declined');
      expect(await store.pendingClaimsOf(entry.id)).toEqual([]);
    });

    it('lets one holder of many take a lease, renew it, and another take it once it ran out', async () => {
      const lease = (holder: string, now: string, until: string) =>
        store.holdLease({ name: 'job', holder, now, until });
      const at = await Promise.all(
        ['a', 'b', 'c', 'd', 'e', 'f'].map((holder) => lease(holder, nine, ten)),
      );
      expect(at.filter(Boolean)).toHaveLength(1);
      const winner = ['a', 'b', 'c', 'd', 'e', 'f'][at.indexOf(true)] ?? '';
      const other = winner === 'a' ? 'b' : 'a';
      expect(await lease(other, '2026-12-07T09:30:00.000Z', eleven)).toBe(false);
      expect(await lease(winner, '2026-12-07T09:30:00.000Z', eleven)).toBe(true);
      expect(await lease(other, ten, eleven)).toBe(false);
      expect(await lease(other, eleven, '2026-12-07T12:00:00.000Z')).toBe(true);
      expect(await lease(winner, eleven, '2026-12-07T12:00:00.000Z')).toBe(false);
    });

    it('records a reminder to an agency once per period, even asked at once', async () => {
      const since = '2026-11-07T10:00:00.000Z';
      const first = await Promise.all(
        [1, 2, 3, 4].map(() => store.recordReminder({ agencyKey: 'dinas-a', now: ten, since })),
      );
      expect(first.filter(Boolean)).toHaveLength(1);
      expect(await store.recordReminder({ agencyKey: 'dinas-a', now: eleven, since })).toBe(false);
      expect(await store.recordReminder({ agencyKey: 'dinas-b', now: eleven, since })).toBe(true);
      const monthLater = '2027-01-07T10:00:00.000Z';
      expect(
        await store.recordReminder({
          agencyKey: 'dinas-a',
          now: monthLater,
          since: '2026-12-07T10:00:00.000Z',
        }),
      ).toBe(true);
    });

    it('tells when each agency was last reminded, leaving out those never reminded', async () => {
      const since = '2026-11-07T10:00:00.000Z';
      await store.recordReminder({ agencyKey: 'dinas-a', now: ten, since });
      await store.recordReminder({ agencyKey: 'dinas-b', now: nine, since });
      // Refused within the month: the date stays the first one's.
      await store.recordReminder({ agencyKey: 'dinas-a', now: eleven, since });
      const many = Array.from({ length: 1200 }, (_, n) => `dinas-${String(n)}`);
      expect(await store.lastReminders(['dinas-a', 'dinas-b', 'dinas-c', ...many])).toEqual(
        new Map([
          ['dinas-a', ten],
          ['dinas-b', nine],
        ]),
      );
      expect(await store.lastReminders([])).toEqual(new Map());
    });

    it("finds an agency's people or the administrators, and keeps a person's language", async () => {
      const account = (email: string, role: 'admin' | 'agency', key?: string) =>
        store.createAccount({
          email,
          role,
          agency: key === undefined ? undefined : 'Dinas',
          agencyKey: key,
          invitedBy: 'admin-token',
          now: nine,
        });
      const a = await account('a@dinas.example', 'agency', 'dinas-a');
      await account('b@dinas.example', 'agency', 'dinas-b');
      const admin = await account('admin@portal.example', 'admin');
      expect((await store.accountsOf('dinas-a')).map((x) => x.email)).toEqual(['a@dinas.example']);
      expect((await store.accountsOf(undefined)).map((x) => x.email)).toEqual([
        'admin@portal.example',
      ]);
      expect(await store.accountsOf('dinas-c')).toEqual([]);
      expect(a?.locale).toBeUndefined();
      await store.setAccountLocale(a?.id ?? 0, 'en');
      expect((await store.accountByEmail('a@dinas.example'))?.locale).toBe('en');
      expect((await store.accountByEmail(admin?.email ?? ''))?.locale).toBeUndefined();
    });
  });
}
