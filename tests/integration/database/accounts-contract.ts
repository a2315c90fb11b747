import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/infra/database/types.ts';
import type { OpenedStore } from './store-contract.ts';

const nine = '2026-12-07T09:00:00.000Z';
const ten = '2026-12-07T10:00:00.000Z';
const eleven = '2026-12-07T11:00:00.000Z';

/** Accounts, sessions, sign-in links and the audit log, on every database. */
export function describeAccountsContract(name: string, open: () => Promise<OpenedStore>) {
  describe(`Accounts contract: ${name}`, () => {
    let opened: OpenedStore;
    let store: Database;
    beforeEach(async () => {
      opened = await open();
      store = opened.store;
    });
    afterEach(() => opened.cleanup());

    const invite = (email: string, over: { role?: 'admin' | 'agency'; agency?: string } = {}) =>
      store.createAccount({
        email,
        role: over.role ?? 'agency',
        agency: over.role === 'admin' ? undefined : (over.agency ?? 'Dinas Kesehatan Kota Padang'),
        agencyKey: over.role === 'admin' ? undefined : '13.71|dinas-kesehatan-kota-padang',
        invitedBy: 'admin-token',
        now: nine,
      });

    it('keeps one account per address, whatever its case', async () => {
      const made = await invite('Rina@Padang.go.id');
      expect(made).toMatchObject({
        email: 'Rina@Padang.go.id',
        role: 'agency',
        invitedBy: 'admin-token',
      });
      expect(await invite('rina@padang.GO.id', { role: 'admin' })).toBeUndefined();
      expect((await store.accountByEmail('RINA@padang.go.id'))?.id).toBe(made?.id);
      expect(await store.listAccounts()).toHaveLength(1);
    });

    it('knows a session until it expires or is revoked, one or all', async () => {
      const account = await invite('rina@padang.go.id');
      await store.createSession({
        idHash: 'a',
        accountId: account?.id,
        now: nine,
        expiresAt: eleven,
      });
      await store.createSession({
        idHash: 'b',
        accountId: account?.id,
        now: nine,
        expiresAt: eleven,
      });
      await store.createSession({
        idHash: 't',
        accountId: undefined,
        now: nine,
        expiresAt: eleven,
      });
      expect((await store.sessionOwner('a', ten))?.account?.email).toBe('rina@padang.go.id');
      expect(await store.sessionOwner('t', ten)).toEqual({ account: undefined });
      expect(await store.sessionOwner('a', eleven)).toBeUndefined();
      expect(await store.sessionOwner('nope', ten)).toBeUndefined();
      await store.revokeSession('a', ten);
      expect(await store.sessionOwner('a', ten)).toBeUndefined();
      expect((await store.sessionOwner('b', ten))?.account?.id).toBe(account?.id);
      expect(await store.revokeSessionsOf(account?.id, ten)).toBe(1);
      expect(await store.sessionOwner('b', ten)).toBeUndefined();
      expect(await store.sessionOwner('t', ten)).toEqual({ account: undefined });
      expect(await store.revokeSessionsOf(undefined, ten)).toBe(1);
      expect(await store.sessionOwner('t', ten)).toBeUndefined();
      // An expired session left unrevoked is deleted by pruning; a live one stays.
      await store.createSession({ idHash: 'old', accountId: undefined, now: nine, expiresAt: ten });
      await store.createSession({
        idHash: 'live',
        accountId: undefined,
        now: nine,
        expiresAt: eleven,
      });
      await store.pruneExpired(eleven);
      expect(await store.revokeSessionsOf(undefined, ten)).toBe(1);
    });

    it('uses a sign-in link once, before it expires, even when tried at the same moment', async () => {
      const account = await invite('rina@padang.go.id');
      const id = account?.id ?? 0;
      await store.createSignInLink({ tokenHash: 'x', accountId: id, now: nine, expiresAt: ten });
      await store.createSignInLink({ tokenHash: 'y', accountId: id, now: nine, expiresAt: ten });
      const tries = await Promise.all([1, 2, 3, 4].map(() => store.useSignInLink('x', nine)));
      expect(tries.filter((used) => used?.id === id)).toHaveLength(1);
      expect(await store.useSignInLink('x', nine)).toBeUndefined();
      expect(await store.useSignInLink('y', ten)).toBeUndefined();
      expect(await store.useSignInLink('z', nine)).toBeUndefined();
    });

    it('keeps the audit log, newest first, with before and after', async () => {
      await store.appendAudit({
        at: nine,
        actor: 'admin-token',
        action: 'registration.stage',
        subject: 'registration 1',
        before: { stage: 'berminat' },
        after: { stage: 'berkomunikasi' },
      });
      await store.appendAudit({
        at: ten,
        actor: 'admin-token',
        action: 'session.revoke-all',
        subject: 'admin-token',
        before: undefined,
        after: undefined,
      });
      const { rows, total } = await store.listAudit(10, 0);
      expect(total).toBe(2);
      expect(rows.map((row) => row.action)).toEqual(['session.revoke-all', 'registration.stage']);
      expect(rows[1]).toMatchObject({
        at: nine,
        before: '{"stage":"berminat"}',
        after: '{"stage":"berkomunikasi"}',
      });
      expect(rows[0]?.before).toBeUndefined();
    });
  });
}
