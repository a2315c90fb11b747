import { isoTime } from './rows.ts';
import type { Dialect, Param, Query } from './sql.ts';
import type { MailClaim, MailSettlement, NewMail, OutboxFilter } from './outbox-types.ts';

/** The outbox's statements, for both databases (see sql.ts). */
const columns = `id, kind, recipient, locale, subject, text_body, html_body, status, attempts,
  next_attempt_at, last_error, created_at, sent_at`;

export const enqueue = (mail: NewMail, now: string): Query => ({
  text: `INSERT INTO outbox (kind, recipient, locale, subject, text_body, html_body, status,
      attempts, next_attempt_at, created_at)
    VALUES (:kind, :recipient, :locale, :subject, :text, :html, 'queued', 0, :now, :now)
    RETURNING id`,
  params: { ...mail, now: isoTime(now) },
});

/**
 * One statement takes the oldest due message. On PostgreSQL the inner select skips rows
 * another transaction has locked (`SKIP LOCKED`): without it, two senders could pick the same
 * id and the second would update it again after the first committed. SQLite runs one writer at
 * a time, so the statement alone is atomic there.
 */
export function claim(dialect: Dialect, { claim, now, until }: MailClaim): Query {
  const lock = dialect === 'postgres' ? 'FOR UPDATE SKIP LOCKED' : '';
  const due = `(status = 'queued' AND next_attempt_at <= :now)
    OR (status = 'sending' AND claimed_until <= :now)`;
  return {
    text: `UPDATE outbox SET status = 'sending', claim = :claim, claimed_until = :until,
        attempts = attempts + 1
      WHERE id = (SELECT id FROM outbox WHERE ${due} ORDER BY next_attempt_at, id LIMIT 1 ${lock})
        AND (${due})
      RETURNING ${columns}, claim`,
    params: { claim, now: isoTime(now), until: isoTime(until) },
  };
}

export function settle(id: number, claim: string, settlement: MailSettlement): Query {
  const held = `WHERE id = :id AND claim = :claim AND status = 'sending' RETURNING id`;
  const released = 'claim = NULL, claimed_until = NULL';
  if (settlement.kind === 'sent') {
    return {
      text: `UPDATE outbox SET status = 'sent', sent_at = :now, ${released}, last_error = NULL,
          text_body = '', html_body = '' ${held}`,
      params: { id, claim, now: isoTime(settlement.now) },
    };
  }
  if (settlement.kind === 'retry') {
    return {
      text: `UPDATE outbox SET status = 'queued', next_attempt_at = :next, last_error = :error,
          ${released} ${held}`,
      params: { id, claim, next: isoTime(settlement.nextAttemptAt), error: settlement.error },
    };
  }
  return {
    text: `UPDATE outbox SET status = 'failed', last_error = :error, ${released} ${held}`,
    params: { id, claim, error: settlement.error },
  };
}

export function list(filter: OutboxFilter): { page: Query; total: Query } {
  const params: Record<string, Param> = {};
  let where = '';
  if (filter.status !== undefined) {
    where = 'WHERE status = :status';
    params.status = filter.status;
  }
  return {
    page: {
      text: `SELECT ${columns} FROM outbox ${where} ORDER BY id DESC LIMIT :limit OFFSET :offset`,
      params: { ...params, limit: filter.limit, offset: filter.offset },
    },
    total: { text: `SELECT CAST(count(*) AS integer) AS n FROM outbox ${where}`, params },
  };
}

export const counts: Query = {
  text: 'SELECT status, CAST(count(*) AS integer) AS n FROM outbox GROUP BY status',
  params: {},
};

export const since = (recipient: string, kind: string, from: string): Query => ({
  text: `SELECT CAST(count(*) AS integer) AS n FROM outbox
    WHERE recipient = :recipient AND kind = :kind AND created_at >= :from`,
  params: { recipient, kind, from: isoTime(from) },
});
