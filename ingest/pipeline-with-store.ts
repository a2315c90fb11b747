import { resolve } from 'node:path';
import type { Database } from '../src/infra/database/types.ts';
import { indexSettings } from '../src/lib/index/settings.ts';
import type { IngestStage } from '../src/lib/ingest-report.ts';
import { runPipeline, type IngestResult } from './pipeline.ts';
import { fetchLimitsOf } from './readers/fetch-page.ts';
import { readLimitsOf } from './readers/limits.ts';
import { createPublisher, storeLayers } from './publish/index.ts';
import type { PublishJournal } from './publish/journal.ts';
import { loadReference } from './reference/index.ts';
import type { RunDescription } from './run-record.ts';
import type { IngestContext, IngestRun } from './run-types.ts';
import { poolSize, startNormalisePool } from './stages/normalise-pool.ts';

/**
 * The pipeline of one recorded run, given what the store holds for it: the curation
 * decisions, the interest counts and approved agency updates its documents carry, and the
 * normalising threads, closed when it ends.
 */
export async function pipelineWithStore(
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
          ...storeLayers(store),
          log: logs.log,
          journal: recorded.journal,
          ...(run.full !== true && { incremental: { maxShare: config.INCREMENTAL_MAX_SHARE } }),
        }),
      }),
  }).finally(() => normaliser.close());
}
