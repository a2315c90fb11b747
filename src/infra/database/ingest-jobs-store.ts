import { z } from 'zod';
import {
  ingestJobStatusSchema,
  jobProgressSchema,
  uploadTypeSchema,
} from '../../lib/ingest-job/schema.ts';
import { programmeSchema } from '../../lib/schema/enums.ts';
import type {
  IngestJob,
  IngestJobFile,
  IngestJobStore,
  NewIngestJob,
} from './ingest-jobs-types.ts';
import type { StatementRunner } from './outbox-store.ts';
import { countOf, flag, idOf, isoTime, optional, timestamp } from './rows.ts';
import type { Param } from './sql.ts';

/** Bytes of one stored part: each is written by a statement of its own, so no write waits long. */
const PART_BYTES = 1024 * 1024;

const jobColumns = `id, created_at, created_by, programme, dry_run, url, status, holder, run_id,
  started_at, finished_at, progress, error, cancel_requested_at, cancelled_by, harvest_id`;

/** The admin area's ingest jobs over either database (the store's `createSqlDatabase` adds them). */
export function ingestJobStore(driver: StatementRunner): IngestJobStore {
  const rows = (text: string, params: Record<string, Param> = {}) => driver.all({ text, params });
  const withFiles = async (jobRows: unknown[]): Promise<IngestJob[]> => {
    const jobs = jobRows.map(toJob);
    if (jobs.length === 0) return [];
    const ids = jobs.map((job) => job.id);
    const fileRows = await rows(
      `SELECT job_id, position, name, type, size FROM ingest_job_files
        WHERE job_id >= :low AND job_id <= :high ORDER BY job_id, position`,
      { low: Math.min(...ids), high: Math.max(...ids) },
    );
    const files = Map.groupBy(fileRows.map(toFile), (file) => file.jobId);
    return jobs.map((job) => ({
      ...job,
      files: (files.get(job.id) ?? []).map(({ jobId: _, ...file }) => file),
    }));
  };
  const deleteEndedParts = () =>
    rows(`DELETE FROM ingest_job_parts WHERE job_id IN
      (SELECT id FROM ingest_jobs WHERE status IN ('done', 'failed', 'cancelled'))`);
  return {
    async enqueueIngestJob(job) {
      const id = idOf(
        (
          await rows(
            `INSERT INTO ingest_jobs (created_at, created_by, programme, dry_run, url, status,
                harvest_id)
              VALUES (:now, :by, :programme, :dryRun, :url, 'receiving', :harvestId) RETURNING id`,
            {
              now: isoTime(job.now),
              by: job.createdBy,
              programme: job.programme,
              dryRun: job.dryRun ? 1 : 0,
              url: job.url ?? null,
              harvestId: job.harvestId ?? null,
            },
          )
        )[0],
      );
      await storeFiles(rows, id, job.files);
      await rows(`UPDATE ingest_jobs SET status = 'queued' WHERE id = :id`, { id });
      return id;
    },
    async ingestJob(id) {
      const [job] = await withFiles(
        await rows(`SELECT ${jobColumns} FROM ingest_jobs WHERE id = :id`, { id }),
      );
      return job;
    },
    async ingestJobs(limit) {
      return withFiles(
        await rows(`SELECT ${jobColumns} FROM ingest_jobs ORDER BY id DESC LIMIT :limit`, {
          limit,
        }),
      );
    },
    async ingestJobCounts() {
      const [queued, running] = await Promise.all(
        ['queued', 'running'].map(async (status) =>
          countOf(
            (
              await rows(
                'SELECT CAST(count(*) AS integer) AS n FROM ingest_jobs WHERE status = :status',
                { status },
              )
            )[0],
          ),
        ),
      );
      return { queued: queued ?? 0, running: running ?? 0 };
    },
    async claimIngestJob(holder, now) {
      const claimed = await rows(
        `UPDATE ingest_jobs SET status = 'running', holder = :holder, started_at = :now
          WHERE id = (SELECT min(id) FROM ingest_jobs WHERE status = 'queued') AND status = 'queued'
          RETURNING ${jobColumns}`,
        { holder, now: isoTime(now) },
      );
      return (await withFiles(claimed))[0];
    },
    async *ingestJobFile(id, position) {
      for (let part = 0; ; part++) {
        const [row] = await rows(
          `SELECT data FROM ingest_job_parts
            WHERE job_id = :id AND position = :position AND part = :part`,
          { id, position, part },
        );
        if (row === undefined) return;
        yield dataRowSchema.parse(row).data;
      }
    },
    async setIngestJobRun(id, runId) {
      await rows('UPDATE ingest_jobs SET run_id = :runId WHERE id = :id', { id, runId });
    },
    async reportIngestJobProgress(id, progress) {
      const [row] = await rows(
        `UPDATE ingest_jobs SET progress = :progress WHERE id = :id RETURNING cancel_requested_at`,
        { id, progress: JSON.stringify(progress) },
      );
      return { cancelRequested: cancelRowSchema.parse(row ?? { cancel_requested_at: null }) };
    },
    async finishIngestJob(id, end) {
      await rows(
        `UPDATE ingest_jobs SET status = :status, error = :error, finished_at = :now
          WHERE id = :id`,
        { id, status: end.status, error: end.error ?? null, now: isoTime(end.now) },
      );
      await deleteEndedParts();
    },
    async cancelIngestJob(id, by, now) {
      const params = { id, by, now: isoTime(now) };
      const cancelled = await rows(
        `UPDATE ingest_jobs SET status = 'cancelled', finished_at = :now, cancelled_by = :by,
            cancel_requested_at = :now
          WHERE id = :id AND status IN ('queued', 'receiving') RETURNING id`,
        params,
      );
      if (cancelled.length === 1) {
        await deleteEndedParts();
        return 'cancelled';
      }
      const requested = await rows(
        `UPDATE ingest_jobs SET cancel_requested_at = :now, cancelled_by = :by
          WHERE id = :id AND status = 'running' AND cancel_requested_at IS NULL RETURNING id`,
        params,
      );
      return requested.length === 1 ? 'requested' : undefined;
    },
    async failCutShortIngestJobs(now, staleBefore, error) {
      const failed = await rows(
        `UPDATE ingest_jobs SET status = 'failed', error = :error, finished_at = :now
          WHERE status = 'running' OR (status = 'receiving' AND created_at < :staleBefore)
          RETURNING id`,
        { now: isoTime(now), staleBefore: isoTime(staleBefore), error },
      );
      await deleteEndedParts();
      return failed.map(idOf).sort((a, b) => a - b);
    },
  };
}

// --- internal ---

async function storeFiles(
  rows: (text: string, params: Record<string, Param>) => Promise<unknown[]>,
  id: number,
  files: NewIngestJob['files'],
): Promise<void> {
  for (const [position, file] of files.entries()) {
    await rows(
      `INSERT INTO ingest_job_files (job_id, position, name, type, size)
        VALUES (:id, :position, :name, :type, :size)`,
      { id, position, name: file.name, type: file.type, size: file.bytes.byteLength },
    );
    for (let part = 0; part * PART_BYTES < file.bytes.byteLength; part++) {
      const data = file.bytes.subarray(part * PART_BYTES, (part + 1) * PART_BYTES);
      await rows(
        `INSERT INTO ingest_job_parts (job_id, position, part, data)
          VALUES (:id, :position, :part, :data)`,
        { id, position, part, data },
      );
    }
  }
}

const progressColumn = z
  .string()
  .nullable()
  .transform((text) => {
    if (text === null) return undefined;
    const parsed = jobProgressSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  });

const jobRowSchema = z.object({
  id: z.int(),
  created_at: timestamp,
  created_by: z.string(),
  programme: programmeSchema,
  dry_run: flag,
  url: optional,
  status: ingestJobStatusSchema,
  holder: optional,
  run_id: z.int().nullable(),
  started_at: timestamp.nullable(),
  finished_at: timestamp.nullable(),
  progress: progressColumn,
  error: optional,
  cancel_requested_at: timestamp.nullable(),
  cancelled_by: optional,
  harvest_id: z.int().nullable(),
});

/** Absent values are left undefined (the fields are optional), as the other stores do. */
function toJob(row: unknown): IngestJob {
  const r = jobRowSchema.parse(row);
  return {
    id: r.id,
    createdAt: r.created_at,
    createdBy: r.created_by,
    programme: r.programme,
    dryRun: r.dry_run,
    url: r.url,
    files: [],
    status: r.status,
    holder: r.holder,
    runId: r.run_id ?? undefined,
    startedAt: r.started_at ?? undefined,
    finishedAt: r.finished_at ?? undefined,
    progress: r.progress,
    error: r.error,
    cancelRequestedAt: r.cancel_requested_at ?? undefined,
    cancelledBy: r.cancelled_by,
    harvestId: r.harvest_id ?? undefined,
  };
}

const fileRowSchema = z.object({
  job_id: z.int(),
  position: z.int(),
  name: z.string(),
  type: uploadTypeSchema,
  size: z.int(),
});

function toFile(row: unknown): IngestJobFile & { jobId: number } {
  const r = fileRowSchema.parse(row);
  return { jobId: r.job_id, position: r.position, name: r.name, type: r.type, size: r.size };
}

/** SQLite gives a blob as a Uint8Array, PostgreSQL's bytea as a Buffer (a Uint8Array too). */
const dataRowSchema = z.object({ data: z.instanceof(Uint8Array) });

const cancelRowSchema = z
  .object({ cancel_requested_at: timestamp.nullable() })
  .transform((row) => row.cancel_requested_at !== null);
