import { z } from 'zod';
import { locales } from '../../i18n/locales.ts';
import {
  agencyStatusSchema,
  replicationSchema,
  updateStates,
  type Replication,
} from '../../lib/agency/update.ts';
import type { AgencyUpdate, AgencyUpdateStore, ApprovedUpdates } from './agency-updates-types.ts';
import type { StatementRunner } from './outbox-store.ts';
import { countOf, isoTime, optional, timestamp } from './rows.ts';
import type { Param } from './sql.ts';

const columns = `id, innovation_id, agency_key, state, status, as_of, what_changed, replication,
  submitted_by, locale, submitted_at, reviewed_by, reviewed_at, reason, visible_since`;

/** Ids per lookup of approved updates: an IN list of a thousand stays a small statement. */
const CHUNK = 1000;

/** The agency updates' methods over either database (added by `createSqlDatabase`). */
export function agencyUpdateStore(driver: StatementRunner): AgencyUpdateStore {
  const rows = async (text: string, params: Record<string, Param>) =>
    (await driver.all({ text, params })).map(toAgencyUpdate);
  const one = async (text: string, params: Record<string, Param>) => (await rows(text, params))[0];
  return {
    async submitUpdate(update) {
      const now = isoTime(update.now);
      await driver.all({
        text: `UPDATE agency_updates SET state = 'superseded'
          WHERE innovation_id = :innovationId AND state = 'pending'`,
        params: { innovationId: update.innovationId },
      });
      const [saved] = await rows(
        `INSERT INTO agency_updates (innovation_id, agency_key, state, status, as_of,
            what_changed, replication, submitted_by, locale, submitted_at)
          VALUES (:innovationId, :agencyKey, 'pending', :status, :asOf, :whatChanged,
            :replication, :submittedBy, :locale, :now)
          RETURNING ${columns}`,
        {
          innovationId: update.innovationId,
          agencyKey: update.agencyKey,
          status: update.status,
          asOf: update.asOf,
          whatChanged: update.whatChanged,
          replication: JSON.stringify(update.replication),
          submittedBy: update.submittedBy,
          locale: update.locale,
          now,
        },
      );
      if (saved === undefined) throw new Error('the update was not stored');
      return saved;
    },
    agencyUpdate: (id) => one(`SELECT ${columns} FROM agency_updates WHERE id = :id`, { id }),
    updatesOf: (innovationId) =>
      rows(
        `SELECT ${columns} FROM agency_updates WHERE innovation_id = :innovationId
          ORDER BY id DESC`,
        { innovationId },
      ),
    async pendingUpdates(limit, offset) {
      const [page, [total]] = await Promise.all([
        rows(
          `SELECT ${columns} FROM agency_updates WHERE state = 'pending'
            ORDER BY id LIMIT :limit OFFSET :offset`,
          { limit, offset },
        ),
        driver.all({
          text: "SELECT CAST(count(*) AS integer) AS n FROM agency_updates WHERE state = 'pending'",
          params: {},
        }),
      ]);
      return { rows: page, total: countOf(total) };
    },
    async approveUpdate(id, reviewer, now) {
      const pending = await one(
        `SELECT ${columns} FROM agency_updates WHERE id = :id AND state = 'pending'`,
        { id },
      );
      if (pending === undefined) return undefined;
      const [previous] = await rows(
        `UPDATE agency_updates SET state = 'superseded'
          WHERE innovation_id = :innovationId AND state = 'published' RETURNING ${columns}`,
        { innovationId: pending.innovationId },
      );
      const visibleSince =
        previous?.visibleSince !== undefined && sameContent(previous, pending)
          ? previous.visibleSince
          : now;
      return one(
        `UPDATE agency_updates SET state = 'published', reviewed_by = :reviewer,
            reviewed_at = :now, visible_since = :visibleSince
          WHERE id = :id AND state = 'pending' RETURNING ${columns}`,
        { id, reviewer, now: isoTime(now), visibleSince: isoTime(visibleSince) },
      );
    },
    rejectUpdate: (id, reviewer, reason, now) =>
      one(
        `UPDATE agency_updates SET state = 'rejected', reviewed_by = :reviewer,
            reviewed_at = :now, reason = :reason
          WHERE id = :id AND state = 'pending' RETURNING ${columns}`,
        { id, reviewer, reason, now: isoTime(now) },
      ),
    async approvedUpdates(innovationIds) {
      const approved = `state IN ('published', 'superseded') AND visible_since IS NOT NULL`;
      const found: AgencyUpdate[] = [];
      if (innovationIds === undefined) {
        found.push(...(await rows(`SELECT ${columns} FROM agency_updates WHERE ${approved}`, {})));
      }
      for (let start = 0; innovationIds && start < innovationIds.length; start += CHUNK) {
        const chunk = innovationIds.slice(start, start + CHUNK);
        const names = chunk.map((_, index) => `:id${String(index)}`);
        const params = Object.fromEntries(chunk.map((id, index) => [`id${String(index)}`, id]));
        found.push(
          ...(await rows(
            `SELECT ${columns} FROM agency_updates
              WHERE ${approved} AND innovation_id IN (${names.join(', ')})`,
            params,
          )),
        );
      }
      return byInnovation(found);
    },
  };
}

// --- internal ---

const rowSchema = z.object({
  id: z.int(),
  innovation_id: z.string(),
  agency_key: z.string(),
  state: z.enum(updateStates),
  status: agencyStatusSchema,
  as_of: z.string(),
  what_changed: z.string(),
  replication: z.string(),
  submitted_by: z.string(),
  locale: z.enum(locales),
  submitted_at: timestamp,
  reviewed_by: optional,
  reviewed_at: timestamp.nullable().transform((value) => value ?? undefined),
  reason: optional,
  visible_since: timestamp.nullable().transform((value) => value ?? undefined),
});

function toAgencyUpdate(row: unknown): AgencyUpdate {
  const r = rowSchema.parse(row);
  return {
    id: r.id,
    innovationId: r.innovation_id,
    agencyKey: r.agency_key,
    state: r.state,
    status: r.status,
    asOf: r.as_of,
    whatChanged: r.what_changed,
    replication: parseReplication(r.replication),
    submittedBy: r.submitted_by,
    locale: r.locale,
    submittedAt: r.submitted_at,
    reviewedBy: r.reviewed_by,
    reviewedAt: r.reviewed_at,
    reason: r.reason,
    visibleSince: r.visible_since,
  };
}

function parseReplication(json: string): Replication {
  return replicationSchema.parse(JSON.parse(json));
}

/** Does an update show readers exactly what another does? */
function sameContent(a: AgencyUpdate, b: AgencyUpdate): boolean {
  const shown = (update: AgencyUpdate) =>
    JSON.stringify([update.status, update.asOf, update.whatChanged, update.replication]);
  return shown(a) === shown(b);
}

/** Approved updates grouped by innovation: the published one live, the others newest first. */
function byInnovation(updates: readonly AgencyUpdate[]): Map<string, ApprovedUpdates> {
  const grouped = new Map<string, AgencyUpdate[]>();
  for (const update of updates) {
    grouped.set(update.innovationId, [...(grouped.get(update.innovationId) ?? []), update]);
  }
  const result = new Map<string, ApprovedUpdates>();
  for (const [id, list] of grouped) {
    const live = list.find((update) => update.state === 'published');
    if (live === undefined) continue;
    const earlier = list.filter((update) => update !== live).sort((a, b) => b.id - a.id);
    result.set(id, { live, earlier });
  }
  return result;
}
