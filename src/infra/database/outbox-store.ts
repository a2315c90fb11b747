import { z } from 'zod';
import { locales } from '../../i18n/locales.ts';
import * as sql from './outbox-sql.ts';
import { countOf, idOf, optional, timestamp } from './rows.ts';
import {
  mailStatuses,
  type MailStatus,
  type OutboxMail,
  type OutboxStore,
} from './outbox-types.ts';
import type { Dialect, Query } from './sql.ts';

/** What the outbox needs of a database driver. */
export interface StatementRunner {
  readonly dialect: Dialect;
  all(query: Query): Promise<unknown[]>;
}

/** The outbox's methods over either database (the store's `createSqlDatabase` adds them). */
export function outboxStore(driver: StatementRunner): OutboxStore {
  const first = async (query: Query) => (await driver.all(query))[0];
  return {
    async enqueueMail(mail, now) {
      return idOf(await first(sql.enqueue(mail, now)));
    },
    async claimMail(claim) {
      const row = await first(sql.claim(driver.dialect, claim));
      if (row === undefined) return undefined;
      return { ...toOutboxMail(row), claim: claimRowSchema.parse(row).claim };
    },
    async settleMail(id, claim, settlement) {
      return (await driver.all(sql.settle(id, claim, settlement))).length === 1;
    },
    async listMail(filter) {
      const queries = sql.list(filter);
      const [rows, total] = await Promise.all([driver.all(queries.page), first(queries.total)]);
      return { rows: rows.map(toOutboxMail), total: countOf(total) };
    },
    async mailsSince(recipient, kind, from) {
      return countOf(await first(sql.since(recipient, kind, from)));
    },
    async mailCounts() {
      const counted = Object.fromEntries(mailStatuses.map((status) => [status, 0])) as Record<
        MailStatus,
        number
      >;
      for (const row of await driver.all(sql.counts)) {
        const { status, n } = statusCountRowSchema.parse(row);
        counted[status] = n;
      }
      return counted;
    },
  };
}

// --- internal ---

const claimRowSchema = z.object({ claim: z.string() });
const statusCountRowSchema = z.object({ status: z.enum(mailStatuses), n: z.int() });

const outboxRowSchema = z.object({
  id: z.int(),
  kind: z.string(),
  recipient: z.string(),
  locale: z.enum(locales),
  subject: z.string(),
  text_body: z.string(),
  html_body: z.string(),
  status: z.enum(mailStatuses),
  attempts: z.int(),
  next_attempt_at: timestamp,
  last_error: optional,
  created_at: timestamp,
  sent_at: timestamp.nullable().transform((value) => value ?? undefined),
});

function toOutboxMail(row: unknown): OutboxMail {
  const r = outboxRowSchema.parse(row);
  return {
    id: r.id,
    kind: r.kind,
    recipient: r.recipient,
    locale: r.locale,
    subject: r.subject,
    text: r.text_body,
    html: r.html_body,
    status: r.status,
    attempts: r.attempts,
    nextAttemptAt: r.next_attempt_at,
    lastError: r.last_error,
    createdAt: r.created_at,
    sentAt: r.sent_at,
  };
}
