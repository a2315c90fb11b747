import { rm } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Config } from '../src/infra/config.ts';
import { openDatabase } from '../src/infra/database/open.ts';
import type { Database } from '../src/infra/database/types.ts';
import type { EngineConnection } from '../src/infra/meilisearch/connect.ts';
import { indexSettings } from '../src/lib/index/settings.ts';
import type { IngestStage } from '../src/lib/ingest-report.ts';
import { recordIdChanges, snapshotOf } from './after-publish.ts';
import { IngestBusyError, takeIngestLease, type HeldLease } from './lease.ts';
import type { IngestResult } from './pipeline.ts';
import { pipelineWithStore } from './pipeline-with-store.ts';
import { storeLayers } from './publish/index.ts';
import type { PublishJournal } from './publish/journal.ts';
import {
  recoverCutShortRuns,
  runWorkDir,
  settleStep,
  type RecordedStep,
  type RecoveryContext,
  type Settled,
} from './recovery.ts';
import { failedRun, finishedRun, type RunDescription } from './run-record.ts';
import type { IngestContext, IngestRun, RunLogs } from './run-types.ts';

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
        layers: storeLayers(store),
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
    const result = await pipelineWithStore(run, context, store, described, {
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
