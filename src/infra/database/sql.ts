import { isoTime, searchNeedle, searchText } from './rows.ts';
import { publicEntryLimit, type InterestStage } from '../../lib/interest/schema.ts';
import type { AdminFilter, NewIngestRun, NewRegistration } from './types.ts';

/**
 * The store's statements, written once for both databases: named parameters (`:name`, turned
 * into `$n` for PostgreSQL), 0/1 for flags (PostgreSQL reads '1'/'0' as booleans), ISO text
 * for times. The few places where the dialects differ take `dialect`.
 */
export type Dialect = 'sqlite' | 'postgres';
/** A statement's parameter: binary data (a snapshot's records) as bytes. */
export type Param = string | number | null | Uint8Array;
export interface Query {
  text: string;
  params: Record<string, Param>;
}

const columns = `id, innovation_id, agency_key, agency, cluster, province_code, regency_code,
  contact_name, email, phone, note, stage, hidden, registrations, created_at, updated_at,
  stage_changed_at, locale, confirmed_at, share_email, share_phone, stage_confirmed_at`;

/**
 * A registration never takes over an entry: when the agency (`agencyKey`) has one for the
 * innovation already, only its count of attempts (`registrations`) goes up and the entry comes
 * back as it is (contact, note, private link, stage kept); the row came into being exactly when
 * the count is 1. Unconfirmed entries (`confirmed` false: mail must confirm the address first)
 * are counted nowhere in public.
 */
export function upsert(entry: NewRegistration): Query {
  return {
    text: `INSERT INTO registrations (innovation_id, agency_key, agency, cluster,
        province_code, regency_code, contact_name, email, phone, note, consent, stage, hidden,
        registrations, token_hash, search_text, created_at, updated_at, stage_changed_at, locale,
        confirmed_at, share_email, share_phone)
      VALUES (:innovationId, :agencyKey, :agency, :cluster, :provinceCode, :regencyCode,
        :contactName, :email, :phone, :note, TRUE, 'berminat', FALSE, 1, :tokenHash,
        :searchText, :now, :now, :now, :locale, :confirmedAt, :shareEmail, :sharePhone)
      ON CONFLICT (innovation_id, agency_key) DO UPDATE SET
        registrations = registrations.registrations + 1
      RETURNING ${columns}`,
    params: registrationParams(entry),
  };
}

/**
 * An entry whose address was never confirmed, registered before `before`, gives its place to
 * a new registration of the same agency: an address nobody proved holds no agency's place for
 * good. The new registrant's data, private link and dates replace the old ones; `registrations`
 * is 1 again (a new entry). Undefined when the entry was confirmed or is recent.
 */
export function reclaimUnconfirmed(entry: NewRegistration, before: string): Query {
  return {
    text: `UPDATE registrations SET agency = :agency, cluster = :cluster,
        province_code = :provinceCode, regency_code = :regencyCode, contact_name = :contactName,
        email = :email, phone = :phone, note = :note, stage = 'berminat', hidden = FALSE,
        registrations = 1, token_hash = :tokenHash, search_text = :searchText, created_at = :now,
        stage_confirmed_at = NULL,
        updated_at = :now, stage_changed_at = :now, locale = :locale, confirmed_at = :confirmedAt,
        share_email = :shareEmail, share_phone = :sharePhone
      WHERE innovation_id = :innovationId AND agency_key = :agencyKey
        AND confirmed_at IS NULL AND created_at < :before
      RETURNING ${columns}`,
    params: { ...registrationParams(entry), before: isoTime(before) },
  };
}

function registrationParams(entry: NewRegistration): Record<string, Param> {
  return {
    innovationId: entry.innovationId,
    agencyKey: entry.agencyKey,
    agency: entry.agency,
    cluster: entry.cluster,
    provinceCode: entry.provinceCode,
    regencyCode: entry.regencyCode ?? null,
    contactName: entry.contactName,
    email: entry.email,
    phone: entry.phone,
    note: entry.note ?? null,
    tokenHash: entry.tokenHash,
    searchText: searchText(entry),
    now: isoTime(entry.now),
    locale: entry.locale ?? 'id',
    confirmedAt: entry.confirmed === false ? null : isoTime(entry.now),
    shareEmail: entry.shareEmail ? 1 : 0,
    sharePhone: entry.sharePhone ? 1 : 0,
  };
}

/** The address of an entry is confirmed (its mailed link was opened): it counts from now. */
export const confirm = (id: number, now: string): Query => ({
  text: `UPDATE registrations SET confirmed_at = :now
    WHERE id = :id AND confirmed_at IS NULL RETURNING ${columns}`,
  params: { id, now: isoTime(now) },
});

/** The entry a private link opens: its owner's link, or that of a claimant it accepted. */
export const byTokenHash = (tokenHash: string): Query => ({
  text: `SELECT ${columns} FROM registrations WHERE token_hash = :tokenHash
    OR id = (SELECT registration_id FROM registration_claims
      WHERE token_hash = :tokenHash AND status = 'accepted')`,
  params: { tokenHash },
});

export const byId = (id: number): Query => ({
  text: `SELECT ${columns} FROM registrations WHERE id = :id`,
  params: { id },
});

/** Every entry registered with an address, ASCII case folded alike by both databases. */
export const byEmail = (email: string): Query => ({
  text: `SELECT ${columns} FROM registrations WHERE lower(email) = :email ORDER BY id`,
  params: { email: email.toLowerCase() },
});

/** A new private link for an entry: the old one stops working. */
export const setTokenHash = (id: number, tokenHash: string): Query => ({
  text: `UPDATE registrations SET token_hash = :tokenHash WHERE id = :id RETURNING ${columns}`,
  params: { id, tokenHash },
});

/**
 * Moving to the stage an entry is at already keeps the date of its last change; a move to
 * another stage leaves the confirmation of the evidence of the one before behind.
 */
export const setStage = (id: number, stage: InterestStage, now: string): Query => ({
  text: `UPDATE registrations SET stage = :stage, updated_at = :now,
      stage_confirmed_at = CASE WHEN stage = :stage THEN stage_confirmed_at ELSE NULL END,
      stage_changed_at = CASE WHEN stage = :stage THEN stage_changed_at ELSE :now END
    WHERE id = :id RETURNING ${columns}`,
  params: { id, stage, now: isoTime(now) },
});

export const setHidden = (id: number, hidden: boolean, now: string): Query => ({
  text: `UPDATE registrations SET hidden = :hidden, updated_at = :now
    WHERE id = :id RETURNING ${columns}`,
  params: { id, hidden: hidden ? 1 : 0, now: isoTime(now) },
});

export const stageCounts = (innovationId: string): Query => ({
  text: `SELECT stage, CAST(count(*) AS integer) AS n,
      CAST(sum(CASE WHEN stage_confirmed_at IS NOT NULL THEN 1 ELSE 0 END) AS integer) AS confirmed
    FROM registrations
    WHERE innovation_id = :innovationId AND hidden = FALSE AND confirmed_at IS NOT NULL
    GROUP BY stage`,
  params: { innovationId },
});

/** Only the public columns leave the database for the activity list. */
export const activeEntries = (innovationId: string): Query => ({
  text: `SELECT agency, cluster, province_code, regency_code, stage, stage_changed_at,
      stage_confirmed_at
    FROM registrations
    WHERE innovation_id = :innovationId AND hidden = FALSE AND stage <> 'batal'
      AND confirmed_at IS NOT NULL
    ORDER BY stage_changed_at DESC, id DESC
    LIMIT ${String(publicEntryLimit)}`,
  params: { innovationId },
});

/**
 * Innovations whose entries are all hidden, withdrawn or unconfirmed are listed too, with 0.
 * A replication counts once its implementation was confirmed (`stage_confirmed_at` at
 * `tereplikasi`): one the registrant only reported does not.
 */
export function counts(dialect: Dialect, innovationIds?: readonly string[]): Query {
  const elements =
    dialect === 'sqlite' ? 'value FROM json_each(:ids)' : 'json_array_elements_text(:ids::json)';
  return {
    text: `SELECT innovation_id,
        CAST(sum(CASE WHEN hidden = FALSE AND stage <> 'batal' AND confirmed_at IS NOT NULL
          THEN 1 ELSE 0 END) AS integer) AS interest,
        CAST(sum(CASE WHEN hidden = FALSE AND stage = 'tereplikasi' AND confirmed_at IS NOT NULL
          AND stage_confirmed_at IS NOT NULL THEN 1 ELSE 0 END) AS integer) AS replication
      FROM registrations
      ${innovationIds === undefined ? '' : `WHERE innovation_id IN (SELECT ${elements})`}
      GROUP BY innovation_id`,
    params: innovationIds === undefined ? {} : { ids: JSON.stringify(innovationIds) },
  };
}

/** The admin list's page (newest first) and its total. */
export function adminList(dialect: Dialect, filter: AdminFilter): { page: Query; total: Query } {
  const { where, params } = adminWhere(dialect, filter);
  return {
    page: {
      text: `SELECT ${columns} FROM registrations ${where}
        ORDER BY id DESC LIMIT :limit OFFSET :offset`,
      params: { ...params, limit: filter.limit, offset: filter.offset },
    },
    total: { text: `SELECT CAST(count(*) AS integer) AS n FROM registrations ${where}`, params },
  };
}

/** Keyset paging by id: each page costs the same however far the export has gone. */
export const exportPage = (afterId: number, size: number): Query => ({
  text: `SELECT ${columns} FROM registrations WHERE id > :afterId ORDER BY id LIMIT :size`,
  params: { afterId, size },
});

export const insertIngestRun = (run: NewIngestRun): Query => ({
  text: `INSERT INTO ingest_runs (started_at, finished_at, status, dry_run, published, inputs,
      total, rejected, warnings, report, error)
    VALUES (:startedAt, :finishedAt, :status, :dryRun, :published, :inputs, :total, :rejected,
      :warnings, :report, :error)
    RETURNING id`,
  params: {
    startedAt: isoTime(run.startedAt),
    finishedAt: isoTime(run.finishedAt),
    status: run.status,
    dryRun: run.dryRun ? 1 : 0,
    published: run.published ? 1 : 0,
    inputs: JSON.stringify(run.inputs),
    total: run.total,
    rejected: run.rejected,
    warnings: run.warnings,
    report: JSON.stringify(run.report ?? null),
    error: run.error ?? null,
  },
});

export const ingestRuns = (dialect: Dialect, limit: number): Query => ({
  text: `SELECT ${ingestRunColumns(dialect)} FROM ingest_runs
    ORDER BY started_at DESC, id DESC LIMIT :limit`,
  params: { limit },
});

/** The newest run that published to the index: what tells site processes the catalogue changed. */
export const latestPublishedRun: Query = {
  // A parameter, not a literal: PostgreSQL's column is boolean, SQLite's an integer.
  text: `SELECT MAX(id) AS id FROM ingest_runs WHERE published = :published AND status = 'ok'`,
  params: { published: 1 },
};

export const ingestRun = (dialect: Dialect, id: number): Query => ({
  text: `SELECT ${ingestRunColumns(dialect)} FROM ingest_runs WHERE id = :id`,
  params: { id },
});

// --- internal ---

/** PostgreSQL hands json columns back parsed; as text, both databases give the same string. */
function ingestRunColumns(dialect: Dialect): string {
  const json = dialect === 'sqlite' ? '' : '::text';
  return `id, started_at, finished_at, status, stage, dry_run, published, inputs${json} AS inputs,
    total, rejected, warnings, report${json} AS report, error, holder, started_by`;
}

function adminWhere(
  dialect: Dialect,
  filter: AdminFilter,
): Omit<Query, 'text'> & { where: string } {
  const conditions: string[] = [];
  const params: Record<string, Param> = {};
  if (filter.innovationId !== undefined) {
    conditions.push('innovation_id = :innovationId');
    params.innovationId = filter.innovationId;
  }
  if (filter.stage !== undefined) {
    conditions.push('stage = :stage');
    params.stage = filter.stage;
  }
  if (filter.hidden !== undefined) {
    conditions.push('hidden = :hidden');
    params.hidden = filter.hidden ? 1 : 0;
  }
  const text = searchNeedle(filter.text ?? '');
  if (text !== '') {
    // Substring search without LIKE, so `%` and `_` typed by an administrator are plain text.
    conditions.push(`${dialect === 'sqlite' ? 'instr' : 'strpos'}(search_text, :text) > 0`);
    params.text = text;
  }
  return { where: conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`, params };
}
