import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Config } from '../src/infra/config.ts';
import { openDatabase } from '../src/infra/database/open.ts';
import type { Database } from '../src/infra/database/types.ts';
import type { IdChanges } from '../src/lib/curation/decision.ts';
import type { EngineConnection } from '../src/infra/meilisearch/connect.ts';
import { indexSettings } from '../src/lib/index/settings.ts';
import type { IngestStage } from '../src/lib/ingest-report.ts';
import { IngestBusyError, takeIngestLease, type HeldLease } from './lease.ts';
import { runPipeline, type InputGroup, type IngestResult } from './pipeline.ts';
import { fetchLimitsOf } from './readers/fetch-page.ts';
import { readLimitsOf } from './readers/limits.ts';
import type { FileProgress } from './progress.ts';
import { createPublisher } from './publish/index.ts';
import type { PublishJournal } from './publish/journal.ts';
import {
  recoverCutShortRuns,
  runWorkDir,
  settleStep,
  type RecordedStep,
  type RecoveryContext,
  type Settled,
} from './recovery.ts';
import { loadReference } from './reference/index.ts';
import { poolSize, startNormalisePool } from './stages/normalise-pool.ts';
import { failedRun, finishedRun, type RunDescription } from './run-record.ts';
import { takeSnapshot } from './snapshot.ts';

export interface IngestRun {
  groups: InputGroup[];
  dryRun: boolean;
  replace: boolean;
  publish: boolean;
  /** Build a new index whatever changed (else in place when few records changed). */
  full?: boolean;
  /** Wait while another run holds the ingest lease, instead of stopping (`--wait`). */
  wait?: boolean;
  /**
   * Stops the run while it reads or merges, or before it asks the engine to go live (an
   * administrator cancelled its job); its reason is the run's error. Once the publish step is
   * recorded the run goes on to its end: the live index is never left half-changed.
   */
  signal?: AbortSignal;
  /** What the history and the report call each input, by its path (an upload's own name). */
  names?: ReadonlyMap<string, string>;
}

export interface RunLogs {
  log: (line: string) => void;
  /** Problems that do not fail the run (the history could not be written). */
  warn: (line: string) => void;
}

/** What a run is given by its entry point (the CLI, `npm start`). */
export interface IngestContext {
  config: Config;
  /** The engine to publish to: the caller's, which it connected (and stops on a signal). */
  engine?: EngineConnection;
  progress: (file: string) => FileProgress;
  logs: RunLogs;
  /** Who runs it, as another run's "another ingest is running" names it (`cli` without it). */
  who?: string;
  /** The store to record in, left open (an admin job's); else one opened for the run. */
  store?: Database;
  /** The ingest lease, taken and released by the caller (an admin job); else taken for the run. */
  lease?: HeldLease;
  /** The administrator who started the run from the admin area, for the history. */
  startedBy?: string;
  /** Told the run's id as soon as the history holds it. */
  onRun?: (runId: number) => Promise<void>;
  /** Told each stage the run enters (an admin job's progress). */
  onStage?: (stage: IngestStage) => void;
}

/**
 * One ingest run with everything it needs: the ingest lease (one run at a time across
 * processes), the reference tables, the database (its interest counts go into the published
 * documents; the run is in its history from its start, `running`, to its end) and, when
 * publishing, the engine its caller connected. Runs found cut short are settled first.
 */
export async function runRecordedIngest(
  run: IngestRun,
  context: IngestContext,
): Promise<IngestResult> {
  const { config, logs } = context;
  const store = context.store ?? (await openDatabase(config));
  try {
    const lease =
      context.lease ??
      (await takeIngestLease(store, {
        who: context.who ?? 'cli',
        ttlMs: config.INGEST_LEASE_S * 1000,
        wait: run.wait ?? false,
        log: logs.log,
      }));
    try {
      return await leasedRun(run, context, store, lease);
    } finally {
      if (context.lease === undefined) {
        await lease.release().catch((error: unknown) => {
          logs.warn(`ingest: releasing the ingest lease failed (${String(error)})`);
        });
      }
    }
  } finally {
    if (context.store === undefined) {
      await store.close().catch((error: unknown) => {
        logs.warn(`ingest: closing the interest store failed (${String(error)})`);
      });
    }
  }
}

/** The recovery of cut-short runs as a run (or a start) holding the lease does it. */
export function recoveryContext(
  config: Config,
  store: Database,
  engine: EngineConnection | undefined,
  log: (line: string) => void,
): RecoveryContext {
  return {
    store,
    dataDir: config.DATA_DIR,
    log,
    ...(engine && {
      engine: {
        client: engine.client,
        indexUid: config.MEILI_INDEX,
        settings: indexSettings,
        counts: () => store.counts(),
      },
    }),
  };
}

// --- internal ---

async function leasedRun(
  run: IngestRun,
  context: IngestContext,
  store: Database,
  lease: HeldLease,
): Promise<IngestResult> {
  const { config, logs } = context;
  const recovery = recoveryContext(config, store, context.engine, logs.log);
  const described: RunDescription = {
    startedAt: new Date().toISOString(),
    dryRun: run.dryRun,
    publish: run.publish,
    inputs: run.groups
      .flatMap((group) => group.inputs)
      .map((input) => run.names?.get(input) ?? input),
  };
  const id = await store.startIngestRun({
    ...described,
    holder: lease.holder,
    ...(context.startedBy !== undefined && { startedBy: context.startedBy }),
  });
  await lease.attach(id);
  await context.onRun?.(id);
  const workDir = runWorkDir(config.DATA_DIR, id);
  let step: RecordedStep | undefined;
  const onStage = async (stage: IngestStage) => {
    // Later stages change the live index: past them, a run goes on to its end (the journal
    // checks once more before the first change).
    if (stage === 'reading' || stage === 'merging' || stage === 'building') {
      run.signal?.throwIfAborted();
    }
    await store.setIngestStage(id, stage, new Date().toISOString());
    context.onStage?.(stage);
    if (config.INGEST_PAUSE_AT === stage) await pauseForTests(stage, logs, run.signal);
  };
  const journal: PublishJournal = {
    async record(next) {
      // A run that lost its lease (another took it after it expired) must not go live, nor one
      // whose job was cancelled before it did.
      await lease.confirm();
      const first = step === undefined;
      if (first) run.signal?.throwIfAborted();
      step = { ...next, staged: workDir };
      await store.setIngestPublishing(id, step);
      if (first) await onStage('publishing');
    },
    swapped: () => onStage('swapped'),
  };
  try {
    // Recorded first, so a recovery that fails (the engine away) is this run's failure.
    await recoverCutShortRuns(recovery, id);
    const result = await ingestWithStore(run, context, store, described, {
      workDir,
      onStage,
      journal,
    });
    // Before the run is recorded: the site learns of a publication from the history.
    if (result.ids) await recordIdChanges(store, result.ids, described.startedAt, logs.warn);
    await finish(store, id, finishedRun(described, result.report), logs);
    await rm(workDir, { recursive: true, force: true });
    if (run.publish && result.output !== undefined) {
      await snapshotOf(store, result.output, described.startedAt, config.SNAPSHOT_KEEP, logs);
    }
    return result;
  } catch (error) {
    const settled = step && (await settleOwn(step, recovery, logs));
    // A publish step the engine cannot tell about yet stays recorded: the next run settles it.
    if (step !== undefined && settled === undefined) throw error;
    await finish(store, id, failedRun(described, error, settled), logs);
    await rm(workDir, { recursive: true, force: true });
    throw error;
  }
}

/** A run that failed after recording its publish step makes the stores agree with the index. */
async function settleOwn(
  step: RecordedStep,
  recovery: RecoveryContext,
  logs: RunLogs,
): Promise<Settled | undefined> {
  try {
    return await settleStep(step, recovery);
  } catch (error) {
    logs.warn(
      `ingest: the publish step could not be settled now (${String(error)}); the next run or start settles it`,
    );
    return undefined;
  }
}

/** A failure to write the history is told, never thrown: it must not hide the run's outcome. */
async function finish(
  store: Database,
  id: number,
  entry: Parameters<Database['finishIngestRun']>[1],
  logs: RunLogs,
): Promise<void> {
  try {
    await store.finishIngestRun(id, entry);
  } catch (error) {
    logs.warn(
      `ingest: the run could not be recorded (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}

/** `INGEST_PAUSE_AT`: says where, then waits until the test kills the process (or cancels). */
async function pauseForTests(stage: IngestStage, logs: RunLogs, signal?: AbortSignal) {
  logs.log(`ingest: paused at ${stage}`);
  for (;;) {
    await sleep(60_000, undefined, { signal }).catch(() => undefined);
    signal?.throwIfAborted();
  }
}

/**
 * Tells the store what became of the ids the run no longer gives (the pages' 301 and 410). A
 * failure is told, never thrown: the index already serves the run, which must not be undone
 * or reported failed for it; those ids answer 404 instead.
 */
async function recordIdChanges(
  store: Database,
  changes: IdChanges,
  at: string,
  warn: (line: string) => void,
): Promise<void> {
  try {
    await store.recordIdChanges(changes, at);
  } catch (error) {
    warn(`ingest: what became of removed ids could not be stored (${String(error)})`);
  }
}

async function ingestWithStore(
  run: IngestRun,
  { config, engine, progress, logs }: IngestContext,
  store: Database,
  described: RunDescription,
  recorded: {
    workDir: string;
    onStage: (stage: IngestStage) => Promise<void>;
    journal: PublishJournal;
  },
): Promise<IngestResult> {
  if (run.publish && engine === undefined) throw new Error('publishing needs an engine');
  // A dry run merges its inputs alone, without the decisions (they name stored records).
  const curation = run.dryRun ? [] : await store.curationDecisions();
  const referenceDir = resolve(config.REFERENCE_DIR);
  const normaliser = await startNormalisePool(referenceDir, poolSize());
  return runPipeline(run.groups, {
    reference: await loadReference(referenceDir),
    normaliser,
    dataDir: config.DATA_DIR,
    workDir: recorded.workDir,
    onStage: recorded.onStage,
    dryRun: run.dryRun,
    replace: run.replace,
    now: described.startedAt,
    progress,
    fetch: { limits: fetchLimitsOf(config) },
    limits: readLimitsOf(config),
    reuse: run.full !== true,
    curation,
    ...(run.signal && { signal: run.signal }),
    ...(run.names && { names: run.names }),
    ...(run.publish &&
      engine && {
        publish: createPublisher({
          client: engine.client,
          indexUid: config.MEILI_INDEX,
          dataDir: config.DATA_DIR,
          settings: indexSettings,
          counts: () => store.counts(),
          agencyUpdates: () => store.approvedUpdates(),
          log: logs.log,
          journal: recorded.journal,
          ...(run.full !== true && { incremental: { maxShare: config.INCREMENTAL_MAX_SHARE } }),
        }),
      }),
  }).finally(() => normaliser.close());
}

/**
 * A start (`npm start`) settles the runs cut short since the last one, when no run holds the
 * lease (one that does settles them itself).
 */
export async function recoverAtStart(
  config: Config,
  engine: EngineConnection,
  log: (line: string) => void,
): Promise<void> {
  const store = await openDatabase(config);
  try {
    const lease = await takeIngestLease(store, {
      who: 'start',
      ttlMs: config.INGEST_LEASE_S * 1000,
      wait: false,
      log,
    }).catch((error: unknown) => {
      if (!(error instanceof IngestBusyError)) throw error;
      log(`ingest: ${error.message}`);
      return undefined;
    });
    if (lease === undefined) return;
    try {
      await recoverCutShortRuns(recoveryContext(config, store, engine, log));
    } finally {
      await lease.release();
    }
  } finally {
    await store.close();
  }
}

/** The published records as the day's snapshot: a failure is told, the run stays published. */
async function snapshotOf(
  store: Database,
  file: string,
  publishedAt: string,
  keep: number,
  logs: RunLogs,
): Promise<void> {
  try {
    const taken = await takeSnapshot(store, { file, publishedAt, keep });
    if (taken === undefined) return;
    const { added, changed, removed } = taken.changes.counts;
    logs.log(
      `snapshot ${taken.day}: ${taken.records} records (${added} added, ${changed} changed, ${removed} removed)`,
    );
  } catch (error) {
    logs.warn(`ingest: the dated snapshot was not saved (${String(error)})`);
  }
}
