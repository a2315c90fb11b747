import { createWriteStream } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Config } from '../../src/infra/config.ts';
import type { IngestJob } from '../../src/infra/database/ingest-jobs-types.ts';
import { openDatabase } from '../../src/infra/database/open.ts';
import type { Database } from '../../src/infra/database/types.ts';
import { connectEngine } from '../../src/infra/meilisearch/connect.ts';
import { uploadEnding } from '../../src/lib/ingest-job/schema.ts';
import { IngestBusyError, takeIngestLease, type HeldLease } from '../lease.ts';
import type { IngestResult } from '../pipeline.ts';
import { runRecordedIngest } from '../recorded-run.ts';
import { recordHarvest } from './harvest.ts';
import { trackJobProgress, type JobProgressTracker } from './job-progress.ts';

/** What a job's runner tells the site process that started it. */
export type JobMessage =
  { kind: 'claimed'; jobId: number; holder: string } | { kind: 'log'; line: string };

/** An administrator cancelled the job: the run's error, and the job ends `cancelled`. */
export class JobCancelled extends Error {
  override name = 'JobCancelled';
}

/** What the lease holder says of a job whose process died under it. */
export const CUT_SHORT = 'cut short: the site process running it stopped';

/** A job left `receiving` this long was never queued (its request died): failed. */
const RECEIVING_STALE_MS = 60 * 60 * 1000;

/**
 * Runs the next queued job, if the ingest lease is free (else leaves it to the holder): under
 * the lease, jobs cut short are marked failed and uploads they left are removed, then the
 * oldest queued job is claimed and run as the CLI runs an ingest (`runRecordedIngest`), in the
 * history with who started it. `stop` (the site process stopping) ends the run like a cancel.
 */
export async function runNextJob(
  config: Config,
  options: { stop: AbortSignal; tell: (message: JobMessage) => void },
): Promise<void> {
  const log = (line: string) => {
    options.tell({ kind: 'log', line });
  };
  const store = await openDatabase(config);
  try {
    const lease = await takeIngestLease(store, {
      who: 'admin area',
      ttlMs: config.INGEST_LEASE_S * 1000,
      wait: false,
      log,
    }).catch((error: unknown) => {
      if (error instanceof IngestBusyError) return undefined;
      throw error;
    });
    if (lease === undefined) return;
    try {
      await settleCutShortJobs(store, config.DATA_DIR, log);
      const job = await store.claimIngestJob(lease.holder, new Date().toISOString());
      if (job === undefined) return;
      options.tell({ kind: 'claimed', jobId: job.id, holder: lease.holder });
      await runJob(job, { config, store, lease, stop: options.stop, log });
    } finally {
      await lease.release();
    }
  } finally {
    await store.close();
  }
}

/** Where a job's files are written for its run: a folder of the server's naming, by job id. */
export function uploadDir(dataDir: string, jobId: number): string {
  return join(dataDir, 'uploads', `job-${String(jobId)}`);
}

// --- internal ---

interface JobContext {
  config: Config;
  store: Database;
  lease: HeldLease;
  stop: AbortSignal;
  log: (line: string) => void;
}

async function settleCutShortJobs(
  store: Database,
  dataDir: string,
  log: (line: string) => void,
): Promise<void> {
  const now = new Date();
  const stale = new Date(now.getTime() - RECEIVING_STALE_MS).toISOString();
  const failed = await store.failCutShortIngestJobs(now.toISOString(), stale, CUT_SHORT);
  for (const id of failed) {
    const job = await store.ingestJob(id);
    if (job !== undefined) await recordHarvest(store, job, { error: CUT_SHORT });
    log(`ingest job #${String(id)} was ${CUT_SHORT}; marked failed`);
  }
  // No job runs while this one holds the lease: every upload folder left is a dead job's.
  const root = join(dataDir, 'uploads');
  for (const name of await readdir(root).catch(() => [])) {
    await rm(join(root, name), { recursive: true, force: true });
  }
}

async function runJob(job: IngestJob, context: JobContext): Promise<void> {
  const { store, log } = context;
  const controller = new AbortController();
  const stopped = () => {
    controller.abort(new Error('the site process stopped'));
  };
  context.stop.addEventListener('abort', stopped, { once: true });
  const dir = uploadDir(context.config.DATA_DIR, job.id);
  let tracker: JobProgressTracker | undefined;
  try {
    const inputs = await materialise(job, store, dir);
    tracker = trackJobProgress(store, job, inputs, (by) => {
      controller.abort(new JobCancelled(`cancelled by ${by}`));
    });
    const { report } = await ingest(job, inputs, tracker, controller.signal, context);
    await tracker.stop();
    await store.finishIngestJob(job.id, { status: 'done', now: new Date().toISOString() });
    await recordHarvest(store, job, { report });
    log(`ingest job #${String(job.id)} done`);
  } catch (error) {
    await tracker?.stop();
    const cancelled = controller.signal.reason instanceof JobCancelled;
    const message = error instanceof Error ? error.message : String(error);
    await store.finishIngestJob(job.id, {
      status: cancelled ? 'cancelled' : 'failed',
      error: message,
      now: new Date().toISOString(),
    });
    await recordHarvest(store, job, { error: message });
    log(`ingest job #${String(job.id)} ${cancelled ? 'cancelled' : 'failed'}: ${message}`);
  } finally {
    context.stop.removeEventListener('abort', stopped);
    await rm(dir, { recursive: true, force: true });
  }
}

/** The job's run, as the CLI runs one; the engine only for a run that publishes. */
async function ingest(
  job: IngestJob,
  inputs: ReadonlyMap<string, string>,
  tracker: JobProgressTracker,
  signal: AbortSignal,
  { config, store, lease, log }: JobContext,
): Promise<IngestResult> {
  const engine = job.dryRun ? undefined : await connectEngine(config, { startIfNeeded: false });
  try {
    return await runRecordedIngest(
      {
        groups: [{ programme: job.programme, inputs: [...inputs.keys()] }],
        dryRun: job.dryRun,
        replace: false,
        publish: !job.dryRun,
        signal,
        names: inputs,
      },
      {
        config,
        ...(engine && { engine }),
        store,
        lease,
        who: 'admin area',
        startedBy: job.createdBy,
        progress: tracker.forFile,
        logs: { log, warn: log },
        onRun: (runId) => store.setIngestJobRun(job.id, runId),
        onStage: tracker.stage,
      },
    );
  } finally {
    await engine?.release();
  }
}

/**
 * The job's inputs, path (or URL) → the name the report shows: each uploaded file written from
 * the store under a name of the server's choosing (`1.xlsx`: its position and the ending of
 * its kind), never the one the client sent.
 */
async function materialise(
  job: IngestJob,
  store: Database,
  dir: string,
): Promise<Map<string, string>> {
  if (job.url !== undefined) return new Map([[job.url, job.url]]);
  await mkdir(dir, { recursive: true });
  const inputs = new Map<string, string>();
  for (const file of job.files) {
    const path = join(dir, `${String(file.position + 1)}${uploadEnding[file.type]}`);
    await pipeline(store.ingestJobFile(job.id, file.position), createWriteStream(path));
    inputs.set(path, file.name);
  }
  return inputs;
}
