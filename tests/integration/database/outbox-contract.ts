import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewMail } from '../../../src/infra/database/outbox-types.ts';
import type { Database } from '../../../src/infra/database/types.ts';
import type { OpenedStore } from './store-contract.ts';

const nine = '2026-12-07T09:00:00.000Z';
const ten = '2026-12-07T10:00:00.000Z';
const eleven = '2026-12-07T11:00:00.000Z';

const mail = (n: number): NewMail => ({
  kind: 'test',
  recipient: `orang${String(n)}@example.go.id`,
  locale: 'id',
  subject: `Pesan ${String(n)}`,
  text: `Isi ${String(n)}`,
  html: `<p>Isi ${String(n)}</p>`,
});

/** The outbox and transactions, on every database (run by sqlite.test.ts and postgres.test.ts). */
export function describeOutboxContract(name: string, open: () => Promise<OpenedStore>) {
  describe(`Outbox contract: ${name}`, () => {
    let opened: OpenedStore;
    let store: Database;
    beforeEach(async () => {
      opened = await open();
      store = opened.store;
    });
    afterEach(() => opened.cleanup());

    it('keeps a message written in a transaction that commits, and none of one that fails', async () => {
      await store.transaction(async (tx) => {
        await tx.enqueueMail(mail(1), nine);
      });
      await expect(
        store.transaction(async (tx) => {
          await tx.enqueueMail(mail(2), nine);
          throw new Error('the event failed');
        }),
      ).rejects.toThrow('the event failed');
      const { rows, total } = await store.listMail({ limit: 10, offset: 0 });
      expect(total).toBe(1);
      expect(rows.map((row) => row.subject)).toEqual(['Pesan 1']);
      expect(await store.mailCounts()).toEqual({ queued: 1, sending: 0, sent: 0, failed: 0 });
    });

    it('keeps a write made outside a transaction while it was open, when the transaction fails', async () => {
      const failing = store.transaction(async (tx) => {
        await tx.enqueueMail(mail(1), nine);
        await new Promise((resolve) => setTimeout(resolve, 50));
        throw new Error('the event failed');
      });
      const outside = store.enqueueMail(mail(2), nine);
      await expect(failing).rejects.toThrow('the event failed');
      await outside;
      const { rows } = await store.listMail({ limit: 10, offset: 0 });
      expect(rows.map((row) => row.subject)).toEqual(['Pesan 2']);
    });

    it('counts the messages of a kind written to an address since a time', async () => {
      await store.enqueueMail(mail(1), nine);
      await store.enqueueMail(mail(1), eleven);
      await store.enqueueMail({ ...mail(1), kind: 'other' }, eleven);
      expect(await store.mailsSince('orang1@example.go.id', 'test', ten)).toBe(1);
      expect(await store.mailsSince('orang1@example.go.id', 'test', nine)).toBe(2);
      expect(await store.mailsSince('orang2@example.go.id', 'test', nine)).toBe(0);
    });

    it('refuses a transaction inside a transaction', async () => {
      await expect(
        store.transaction((tx) => tx.transaction(() => Promise.resolve(1))),
      ).rejects.toThrow(/nest/);
    });

    it('claims each due message once, oldest first, and lets only the claim holder settle it', async () => {
      await store.enqueueMail(mail(1), nine);
      await store.enqueueMail(mail(2), nine);
      const first = await store.claimMail({ claim: 'a', now: ten, until: eleven });
      const second = await store.claimMail({ claim: 'b', now: ten, until: eleven });
      expect([first?.subject, second?.subject]).toEqual(['Pesan 1', 'Pesan 2']);
      expect(first).toMatchObject({ status: 'sending', attempts: 1, claim: 'a', text: 'Isi 1' });
      expect(await store.claimMail({ claim: 'c', now: ten, until: eleven })).toBeUndefined();
      expect(await store.settleMail(first?.id ?? 0, 'b', { kind: 'sent', now: ten })).toBe(false);
      expect(await store.settleMail(first?.id ?? 0, 'a', { kind: 'sent', now: ten })).toBe(true);
      expect(await store.settleMail(first?.id ?? 0, 'a', { kind: 'sent', now: ten })).toBe(false);
      const { rows } = await store.listMail({ status: 'sent', limit: 10, offset: 0 });
      // A sent message keeps who and what, not its body (a private link).
      expect(rows).toMatchObject([{ subject: 'Pesan 1', text: '', html: '', sentAt: ten }]);
    });

    it('gives a message to another sender once its claim lapsed', async () => {
      await store.enqueueMail(mail(1), nine);
      await store.claimMail({ claim: 'a', now: nine, until: ten });
      expect(await store.claimMail({ claim: 'b', now: nine, until: ten })).toBeUndefined();
      const again = await store.claimMail({ claim: 'b', now: ten, until: eleven });
      expect(again).toMatchObject({ claim: 'b', attempts: 2 });
      expect(await store.settleMail(again?.id ?? 0, 'a', { kind: 'sent', now: ten })).toBe(false);
    });

    it('waits until the next attempt is due, and keeps the answer of a failed one', async () => {
      const id = await store.enqueueMail(mail(1), nine);
      await store.claimMail({ claim: 'a', now: nine, until: ten });
      await store.settleMail(id, 'a', {
        kind: 'retry',
        error: '451 4.3.0 try later',
        nextAttemptAt: eleven,
      });
      expect(await store.claimMail({ claim: 'b', now: ten, until: eleven })).toBeUndefined();
      const again = await store.claimMail({ claim: 'b', now: eleven, until: eleven });
      expect(again).toMatchObject({ attempts: 2, lastError: '451 4.3.0 try later' });
      await store.settleMail(id, 'b', { kind: 'failed', error: '550 5.1.1 no such user' });
      const { rows, total } = await store.listMail({ status: 'failed', limit: 10, offset: 0 });
      expect(total).toBe(1);
      expect(rows[0]).toMatchObject({ lastError: '550 5.1.1 no such user', text: 'Isi 1' });
      expect(await store.mailCounts()).toEqual({ queued: 0, sending: 0, sent: 0, failed: 1 });
    });

    it('hands out each message once to many claims made at the same moment', async () => {
      for (let n = 1; n <= 20; n++) await store.enqueueMail(mail(n), nine);
      const other = await opened.reopen();
      try {
        const claims = await Promise.all(
          Array.from({ length: 30 }, (_, n) =>
            (n % 2 === 0 ? store : other).claimMail({
              claim: `c${String(n)}`,
              now: ten,
              until: eleven,
            }),
          ),
        );
        const ids = claims.flatMap((claimed) => (claimed === undefined ? [] : [claimed.id]));
        expect(ids).toHaveLength(20);
        expect(new Set(ids).size).toBe(20);
      } finally {
        await other.close();
      }
    });
  });
}
