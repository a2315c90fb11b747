import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import type { Config } from '../../src/infra/config.ts';
import type { Database } from '../../src/infra/database/types.ts';
import { describeError } from '../../src/lib/text/error.ts';
import { queueDueHarvests, recordHarvest } from './harvest.ts';
import type { JobMessage } from './run-job.ts';

export interface IngestJobsOptions {
  config: Config;
  /** The site process's store (opened by its portal). */
  database: () => Promise<Database>;
  log: { info: (line: string) => void; warn: (line: string) => void };
}

export interface IngestJobs {
  /** Stops looking for jobs; a job running here is stopped (failed) within a few seconds. */
  stop: () => Promise<void>;
}

/** How long a stopping site process lets its job end before the thread is terminated. */
const STOP_WAIT_MS = 15_000;

/**
 * The admin area's ingest jobs in a site process: every INGEST_JOB_POLL_MS it queues the
 * harvest sources that are due (`harvest.ts`), looks in the store for a queued job (or one left
 * running) and, when no live run holds the ingest lease,
 * runs the next one in a thread of its own (`thread.ts`), one at a time. Every site process
 * does this; the lease lets one of them run each job. A thread that dies (its heap exhausted)
 * fails its job and frees the lease, so the next job starts without waiting for it to expire.
 */
export function startIngestJobs(options: IngestJobsOptions): IngestJobs {
  const { config, log } = options;
  let stopping = false;
  let thread: Worker | undefined;
  let timer: NodeJS.Timeout | undefined;
  let ticking: Promise<void> = Promise.resolve();
  const tick = async (): Promise<void> => {
    let ran = false;
    try {
      const store = await options.database();
      await queueDueHarvests(store);
      if (await hasWork(store)) {
        ran = true;
        await runThread(store);
      }
    } catch (error) {
      log.warn(`ingest jobs: ${describeError(error)}`);
    }
    // After a job, the next is looked for at once.
    if (!stopping) timer = setTimeout(schedule, ran ? 0 : config.INGEST_JOB_POLL_MS);
  };
  const schedule = () => {
    ticking = tick();
  };
  const runThread = async (store: Database): Promise<void> => {
    const worker = new Worker(new URL('./thread.ts', import.meta.url), {
      workerData: { config },
      resourceLimits: { maxOldGenerationSizeMb: config.INGEST_JOB_HEAP_MB },
    });
    thread = worker;
    let claimed: Extract<JobMessage, { kind: 'claimed' }> | undefined;
    let failure: unknown;
    worker.on('message', (message: JobMessage) => {
      if (message.kind === 'claimed') claimed = message;
      else log.info(message.line);
    });
    worker.on('error', (error) => {
      failure = error;
    });
    const [code] = (await once(worker, 'exit')) as [number];
    thread = undefined;
    if (claimed !== undefined && (failure !== undefined || code !== 0)) {
      await failDeadJob(store, claimed, failure ?? new Error(`exit code ${String(code)}`), log);
    }
  };
  timer = setTimeout(schedule, 0);
  return {
    async stop() {
      stopping = true;
      clearTimeout(timer);
      const running = thread;
      if (running !== undefined) {
        running.postMessage('stop');
        const ended = await Promise.race([
          once(running, 'exit').then(() => true),
          sleep(STOP_WAIT_MS).then(() => false),
        ]);
        if (!ended) await running.terminate();
      }
      await ticking;
    },
  };
}

// --- internal ---

/** A queued job, or a running one, when no live run holds the lease (else its holder has it). */
async function hasWork(store: Database): Promise<boolean> {
  const { queued, running } = await store.ingestJobCounts();
  if (queued + running === 0) return false;
  const lease = await store.currentIngestLease();
  return lease === undefined || Date.parse(lease.expiresAt) <= Date.now();
}

/**
 * The job of a thread that died (out of memory, or any uncaught error) fails with why, and the
 * thread's lease is freed; its run is found cut short by the next holder of the lease.
 */
async function failDeadJob(
  store: Database,
  claimed: Extract<JobMessage, { kind: 'claimed' }>,
  failure: unknown,
  log: IngestJobsOptions['log'],
): Promise<void> {
  const error = `the ingest stopped: ${describeError(failure)}`;
  const job = await store.ingestJob(claimed.jobId);
  if (job?.status === 'running' && job.holder === claimed.holder) {
    await store.finishIngestJob(claimed.jobId, {
      status: 'failed',
      error,
      now: new Date().toISOString(),
    });
    await recordHarvest(store, job, { error });
  }
  await store.releaseIngestLease(claimed.holder);
  log.warn(`ingest job #${String(claimed.jobId)}: ${error}`);
}
