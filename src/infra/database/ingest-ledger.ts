import { z } from 'zod';
import { flag, idOf, isoTime, optional, timestamp } from './rows.ts';
import type {
  IngestLedger,
  NewIngestRun,
  RunningIngestRun,
  StartedIngestRun,
} from './ingest-runs.ts';
import type { Query } from './sql.ts';
import type { StatementRunner } from './outbox-store.ts';

/** The lease's one row. */
const LEASE = 'ingest';

/** The ingest lease and the running runs' entries over either database. */
export function ingestLedger(driver: StatementRunner): IngestLedger {
  const json = driver.dialect === 'sqlite' ? '' : '::text';
  const run = (query: Query) => driver.all(query).then(() => undefined);
  return {
    async takeIngestLease(holder, now, until) {
      const taken = await driver.all(take(holder, now, until));
      if (taken.length === 1) return { taken: true };
      const row = (await driver.all(current))[0];
      return { taken: false, lease: row === undefined ? undefined : toLease(row) };
    },
    async renewIngestLease(holder, until, runId) {
      return (await driver.all(renew(holder, until, runId))).length === 1;
    },
    releaseIngestLease: (holder) =>
      run({
        text: 'DELETE FROM ingest_lease WHERE name = :name AND holder = :holder',
        params: { name: LEASE, holder },
      }),
    async currentIngestLease() {
      const row = (await driver.all(current))[0];
      return row === undefined ? undefined : toLease(row);
    },
    async startIngestRun(started) {
      return idOf((await driver.all(start(started)))[0]);
    },
    setIngestStage: (id, stage, now) =>
      run({
        text: 'UPDATE ingest_runs SET stage = :stage, finished_at = :now WHERE id = :id',
        params: { id, stage, now: isoTime(now) },
      }),
    touchIngestRun: (id, now) =>
      run({
        text: `UPDATE ingest_runs SET finished_at = :now WHERE id = :id AND status = 'running'`,
        params: { id, now: isoTime(now) },
      }),
    setIngestPublishing: (id, publishing) =>
      run({
        text: 'UPDATE ingest_runs SET publishing = :publishing WHERE id = :id',
        params: { id, publishing: publishing === undefined ? null : JSON.stringify(publishing) },
      }),
    finishIngestRun: (id, entry) => run(finish(id, entry)),
    async runningIngestRuns() {
      const rows = await driver.all({
        text: `SELECT id, started_at, finished_at, dry_run, inputs${json} AS inputs, holder, stage,
            publishing FROM ingest_runs WHERE status = 'running' ORDER BY id`,
        params: {},
      });
      return rows.map(toRunning);
    },
  };
}

// --- internal ---

/** Taken when there is no lease, when it expired, or when it is already the holder's. */
function take(holder: string, now: string, until: string): Query {
  return {
    text: `INSERT INTO ingest_lease (name, holder, run_id, acquired_at, expires_at)
      VALUES (:name, :holder, NULL, :now, :until)
      ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, run_id = NULL,
        acquired_at = excluded.acquired_at, expires_at = excluded.expires_at
      WHERE ingest_lease.expires_at <= excluded.acquired_at
        OR ingest_lease.holder = excluded.holder
      RETURNING holder`,
    params: { name: LEASE, holder, now: isoTime(now), until: isoTime(until) },
  };
}

const current: Query = {
  text: `SELECT l.holder, l.run_id, l.acquired_at, l.expires_at, r.stage
    FROM ingest_lease l LEFT JOIN ingest_runs r ON r.id = l.run_id WHERE l.name = :name`,
  params: { name: LEASE },
};

function renew(holder: string, until: string, runId: number | undefined): Query {
  const named = runId === undefined ? '' : ', run_id = :runId';
  return {
    text: `UPDATE ingest_lease SET expires_at = :until${named}
      WHERE name = :name AND holder = :holder RETURNING holder`,
    params: { name: LEASE, holder, until: isoTime(until), ...(runId !== undefined && { runId }) },
  };
}

function start(run: StartedIngestRun): Query {
  return {
    text: `INSERT INTO ingest_runs (started_at, finished_at, status, dry_run, published, inputs,
        total, rejected, warnings, report, error, stage, holder, started_by)
      VALUES (:startedAt, :startedAt, 'running', :dryRun, :published, :inputs, 0, 0, 0, 'null', NULL,
        'starting', :holder, :startedBy)
      RETURNING id`,
    params: {
      startedAt: isoTime(run.startedAt),
      dryRun: run.dryRun ? 1 : 0,
      published: 0,
      inputs: JSON.stringify(run.inputs),
      holder: run.holder,
      startedBy: run.startedBy ?? null,
    },
  };
}

function finish(id: number, run: NewIngestRun): Query {
  return {
    text: `UPDATE ingest_runs SET finished_at = :finishedAt, status = :status,
        published = :published, total = :total, rejected = :rejected, warnings = :warnings,
        report = :report, error = :error, publishing = NULL
      WHERE id = :id`,
    params: {
      id,
      finishedAt: isoTime(run.finishedAt),
      status: run.status,
      published: run.published ? 1 : 0,
      total: run.total,
      rejected: run.rejected,
      warnings: run.warnings,
      report: JSON.stringify(run.report ?? null),
      error: run.error ?? null,
    },
  };
}

const leaseRowSchema = z.object({
  holder: z.string(),
  run_id: z.int().nullable(),
  acquired_at: timestamp,
  expires_at: timestamp,
  stage: optional,
});

function toLease(row: unknown) {
  const r = leaseRowSchema.parse(row);
  return {
    holder: r.holder,
    acquiredAt: r.acquired_at,
    expiresAt: r.expires_at,
    ...(r.run_id !== null && { runId: r.run_id }),
    ...(r.stage !== undefined && { stage: r.stage }),
  };
}

const runningRowSchema = z.object({
  id: z.int(),
  started_at: timestamp,
  finished_at: timestamp,
  dry_run: flag,
  inputs: z
    .string()
    .transform((text): unknown => JSON.parse(text))
    .pipe(z.array(z.string())),
  holder: optional,
  stage: optional,
  publishing: optional,
});

function toRunning(row: unknown): RunningIngestRun {
  const r = runningRowSchema.parse(row);
  return {
    id: r.id,
    startedAt: r.started_at,
    seenAt: r.finished_at,
    dryRun: r.dry_run,
    inputs: r.inputs,
    ...(r.holder !== undefined && { holder: r.holder }),
    ...(r.stage !== undefined && { stage: r.stage }),
    ...(r.publishing !== undefined && { publishing: JSON.parse(r.publishing) as unknown }),
  };
}
