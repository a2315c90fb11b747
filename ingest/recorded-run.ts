import { resolve } from 'node:path';
import type { Config } from '../src/infra/config.ts';
import { openDatabase } from '../src/infra/database/open.ts';
import type { Database } from '../src/infra/database/types.ts';
import type { IdChanges } from '../src/lib/curation/decision.ts';
import type { EngineConnection } from '../src/infra/meilisearch/connect.ts';
import { indexSettings } from '../src/lib/index/settings.ts';
import { runPipeline, type InputGroup, type IngestResult } from './pipeline.ts';
import { fetchLimitsOf } from './readers/fetch-page.ts';
import { readLimitsOf } from './readers/limits.ts';
import type { FileProgress } from './progress.ts';
import { createPublisher } from './publish/index.ts';
import { loadReference } from './reference/index.ts';
import { poolSize, startNormalisePool } from './stages/normalise-pool.ts';
import { failedRun, finishedRun, recordRun, type RunDescription } from './run-record.ts';
import { takeSnapshot } from './snapshot.ts';

export interface IngestRun {
  groups: InputGroup[];
  dryRun: boolean;
  replace: boolean;
  publish: boolean;
  /** Build a new index whatever changed (else in place when few records changed). */
  full?: boolean;
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
}

/**
 * One ingest run with everything it needs: the reference tables, the database (its interest
 * counts go into the published documents; every run, ok or failed, goes into its history) and,
 * when publishing, the engine its caller connected.
 */
export async function runRecordedIngest(
  run: IngestRun,
  context: IngestContext,
): Promise<IngestResult> {
  const { config, logs } = context;
  const described: RunDescription = {
    startedAt: new Date().toISOString(),
    dryRun: run.dryRun,
    publish: run.publish,
    inputs: run.groups.flatMap((group) => group.inputs),
  };
  const store = await openDatabase(config);
  try {
    const result = await ingestWithStore(run, context, store, described);
    // Before the run is recorded: the site learns of a publication from the history.
    if (result.ids) await recordIdChanges(store, result.ids, described.startedAt, logs.warn);
    await recordRun(store, finishedRun(described, result.report), logs.warn);
    if (run.publish && result.output !== undefined) {
      await snapshotOf(store, result.output, described.startedAt, config.SNAPSHOT_KEEP, logs);
    }
    return result;
  } catch (error) {
    await recordRun(store, failedRun(described, error), logs.warn);
    throw error;
  } finally {
    await store.close().catch((error: unknown) => {
      logs.warn(`ingest: closing the interest store failed (${String(error)})`);
    });
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
    dryRun: run.dryRun,
    replace: run.replace,
    now: described.startedAt,
    progress,
    fetch: { limits: fetchLimitsOf(config) },
    limits: readLimitsOf(config),
    reuse: run.full !== true,
    curation,
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
          ...(run.full !== true && { incremental: { maxShare: config.INCREMENTAL_MAX_SHARE } }),
        }),
      }),
  }).finally(() => normaliser.close());
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
