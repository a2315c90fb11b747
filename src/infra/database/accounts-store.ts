import { z } from 'zod';
import { locales } from '../../i18n/locales.ts';
import { isoTime, optional, timestamp, countOf } from './rows.ts';
import { roles, type Account, type AccountStore, type AuditEntry } from './accounts-types.ts';
import type { StatementRunner } from './outbox-store.ts';

const accountColumns =
  'a.id, a.email, a.role, a.agency, a.agency_key, a.invited_by, a.created_at, a.locale';

/** The accounts' methods over either database (added to the store by `createSqlDatabase`). */
export function accountStore(driver: StatementRunner): AccountStore {
  const rows = (text: string, params: Record<string, string | number | null>) =>
    driver.all({ text, params });
  const account = async (text: string, params: Record<string, string | number | null>) => {
    const [row] = await rows(text, params);
    return row === undefined ? undefined : toAccount(row);
  };
  return {
    createAccount: (next) =>
      account(
        `INSERT INTO accounts (email, email_key, role, agency, agency_key, invited_by, created_at)
          VALUES (:email, :emailKey, :role, :agency, :agencyKey, :invitedBy, :now)
          ON CONFLICT (email_key) DO NOTHING RETURNING ${accountColumns.replaceAll('a.', '')}`,
        {
          email: next.email,
          emailKey: next.email.toLowerCase(),
          role: next.role,
          agency: next.agency ?? null,
          agencyKey: next.agencyKey ?? null,
          invitedBy: next.invitedBy,
          now: isoTime(next.now),
        },
      ),
    accountByEmail: (email) =>
      account(`SELECT ${accountColumns} FROM accounts a WHERE a.email_key = :key`, {
        key: email.toLowerCase(),
      }),
    async listAccounts() {
      return (await rows(`SELECT ${accountColumns} FROM accounts a ORDER BY a.id`, {})).map(
        toAccount,
      );
    },
    async accountsOf(agencyKey) {
      const where =
        agencyKey === undefined ? "a.role = 'admin'" : "a.role = 'agency' AND a.agency_key = :key";
      const found = await rows(
        `SELECT ${accountColumns} FROM accounts a WHERE ${where} ORDER BY a.id`,
        {
          ...(agencyKey === undefined ? {} : { key: agencyKey }),
        },
      );
      return found.map(toAccount);
    },
    async setAccountLocale(id, locale) {
      await rows('UPDATE accounts SET locale = :locale WHERE id = :id', { id, locale });
    },
    async createSession({ idHash, accountId, now, expiresAt }) {
      await rows(
        `INSERT INTO sessions (id_hash, account_id, created_at, expires_at)
          VALUES (:idHash, :accountId, :now, :expiresAt)`,
        { idHash, accountId: accountId ?? null, now: isoTime(now), expiresAt: isoTime(expiresAt) },
      );
    },
    async pruneExpired(before) {
      const params = { before: isoTime(before) };
      await rows('DELETE FROM sessions WHERE expires_at < :before', params);
      await rows('DELETE FROM sign_in_links WHERE expires_at < :before', params);
    },
    async sessionOwner(idHash, now) {
      const [row] = await rows(
        `SELECT s.account_id AS owner, ${accountColumns} FROM sessions s
          LEFT JOIN accounts a ON a.id = s.account_id
          WHERE s.id_hash = :idHash AND s.revoked_at IS NULL AND s.expires_at > :now`,
        { idHash, now: isoTime(now) },
      );
      if (row === undefined) return undefined;
      const { owner } = z.object({ owner: z.int().nullable() }).parse(row);
      return { account: owner === null ? undefined : toAccount(row) };
    },
    async revokeSession(idHash, now) {
      await rows(
        'UPDATE sessions SET revoked_at = :now WHERE id_hash = :idHash AND revoked_at IS NULL',
        { idHash, now: isoTime(now) },
      );
    },
    async revokeSessionsOf(accountId, now) {
      const owner = accountId === undefined ? 'account_id IS NULL' : 'account_id = :accountId';
      const ended = await rows(
        `UPDATE sessions SET revoked_at = :now WHERE ${owner} AND revoked_at IS NULL
          RETURNING id_hash`,
        { now: isoTime(now), ...(accountId === undefined ? {} : { accountId }) },
      );
      return ended.length;
    },
    async createSignInLink({ tokenHash, accountId, now, expiresAt }) {
      await rows(
        `INSERT INTO sign_in_links (token_hash, account_id, created_at, expires_at)
          VALUES (:tokenHash, :accountId, :now, :expiresAt)`,
        { tokenHash, accountId, now: isoTime(now), expiresAt: isoTime(expiresAt) },
      );
    },
    async useSignInLink(tokenHash, now) {
      const [used] = await rows(
        `UPDATE sign_in_links SET used_at = :now
          WHERE token_hash = :tokenHash AND used_at IS NULL AND expires_at > :now
          RETURNING account_id`,
        { tokenHash, now: isoTime(now) },
      );
      if (used === undefined) return undefined;
      const { account_id: id } = z.object({ account_id: z.int() }).parse(used);
      return account(`SELECT ${accountColumns} FROM accounts a WHERE a.id = :id`, { id });
    },
    async appendAudit(entry) {
      await rows(
        `INSERT INTO audit_log (at, actor, action, subject, before_state, after_state)
          VALUES (:at, :actor, :action, :subject, :before, :after)`,
        {
          at: isoTime(entry.at),
          actor: entry.actor,
          action: entry.action,
          subject: entry.subject,
          before: entry.before === undefined ? null : JSON.stringify(entry.before),
          after: entry.after === undefined ? null : JSON.stringify(entry.after),
        },
      );
    },
    async listAudit(limit, offset) {
      const [page, [total]] = await Promise.all([
        rows(
          `SELECT id, at, actor, action, subject, before_state, after_state FROM audit_log
            ORDER BY id DESC LIMIT :limit OFFSET :offset`,
          { limit, offset },
        ),
        rows('SELECT CAST(count(*) AS integer) AS n FROM audit_log', {}),
      ]);
      return { rows: page.map(toAuditEntry), total: countOf(total) };
    },
  };
}

// --- internal ---

const accountRowSchema = z.object({
  id: z.int(),
  email: z.string(),
  role: z.enum(roles),
  agency: optional,
  agency_key: optional,
  invited_by: z.string(),
  created_at: timestamp,
  locale: z.enum(locales).nullable().optional(),
});

function toAccount(row: unknown): Account {
  const r = accountRowSchema.parse(row);
  return {
    id: r.id,
    email: r.email,
    role: r.role,
    agency: r.agency,
    agencyKey: r.agency_key,
    invitedBy: r.invited_by,
    createdAt: r.created_at,
    ...(r.locale == null ? {} : { locale: r.locale }),
  };
}

const auditRowSchema = z.object({
  id: z.int(),
  at: timestamp,
  actor: z.string(),
  action: z.string(),
  subject: z.string(),
  before_state: optional,
  after_state: optional,
});

function toAuditEntry(row: unknown): AuditEntry {
  const r = auditRowSchema.parse(row);
  return {
    id: r.id,
    at: r.at,
    actor: r.actor,
    action: r.action,
    subject: r.subject,
    before: r.before_state,
    after: r.after_state,
  };
}
