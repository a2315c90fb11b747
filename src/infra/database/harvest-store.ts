import { z } from 'zod';
import { harvestScheduleSchema } from '../../lib/ingest-job/schema.ts';
import type { HarvestSource, HarvestStore } from './harvest-types.ts';
import type { StatementRunner } from './outbox-store.ts';
import { isoTime, optional, timestamp } from './rows.ts';
import type { Param } from './sql.ts';

const columns = `id, url, schedule, created_by, created_at, next_due_at, last_job_id, last_run_at,
  last_status, last_error`;

/** Harvest sources over either database (the store's `createSqlDatabase` adds them). */
export function harvestStore(driver: StatementRunner): HarvestStore {
  // PostgreSQL types a CASE of text parameters as text, which a timestamptz column refuses.
  const time = driver.dialect === 'postgres' ? '::timestamptz' : '';
  const rows = (text: string, params: Record<string, Param> = {}) => driver.all({ text, params });
  const first = async (text: string, params: Record<string, Param>) => {
    const [row] = await rows(text, params);
    return row === undefined ? undefined : toSource(row);
  };
  return {
    addHarvestSource: (source) =>
      first(
        `INSERT INTO harvest_sources (url, schedule, created_by, created_at, next_due_at)
          VALUES (:url, :schedule, :by, :now, :now)
          ON CONFLICT (url) DO NOTHING RETURNING ${columns}`,
        {
          url: source.url,
          schedule: source.schedule,
          by: source.createdBy,
          now: isoTime(source.now),
        },
      ),
    async harvestSources() {
      return (await rows(`SELECT ${columns} FROM harvest_sources ORDER BY id`)).map(toSource);
    },
    harvestSource: (id) => first(`SELECT ${columns} FROM harvest_sources WHERE id = :id`, { id }),
    async removeHarvestSource(id) {
      const removed = await rows('DELETE FROM harvest_sources WHERE id = :id RETURNING id', { id });
      return removed.length === 1;
    },
    claimDueHarvest: (now, next) =>
      first(
        `UPDATE harvest_sources SET next_due_at =
            CASE schedule WHEN 'daily' THEN :daily${time} ELSE :weekly${time} END
          WHERE id = (SELECT min(id) FROM harvest_sources WHERE next_due_at <= :now)
            AND next_due_at <= :now
          RETURNING ${columns}`,
        { now: isoTime(now), daily: isoTime(next.daily), weekly: isoTime(next.weekly) },
      ),
    async recordHarvestOutcome(id, outcome) {
      await rows(
        `UPDATE harvest_sources SET last_job_id = :jobId, last_run_at = :at,
            last_status = :status, last_error = :error
          WHERE id = :id`,
        {
          id,
          jobId: outcome.jobId,
          at: isoTime(outcome.at),
          status: outcome.status,
          error: outcome.error ?? null,
        },
      );
    },
  };
}

// --- internal ---

const sourceRowSchema = z.object({
  id: z.int(),
  url: z.string(),
  schedule: harvestScheduleSchema,
  created_by: z.string(),
  created_at: timestamp,
  next_due_at: timestamp,
  last_job_id: z.int().nullable(),
  last_run_at: timestamp.nullable(),
  last_status: z.enum(['ok', 'failed']).nullable(),
  last_error: optional,
});

function toSource(row: unknown): HarvestSource {
  const r = sourceRowSchema.parse(row);
  return {
    id: r.id,
    url: r.url,
    schedule: r.schedule,
    createdBy: r.created_by,
    createdAt: r.created_at,
    nextDueAt: r.next_due_at,
    lastJobId: r.last_job_id ?? undefined,
    lastRunAt: r.last_run_at ?? undefined,
    lastStatus: r.last_status ?? undefined,
    lastError: r.last_error,
  };
}
