import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Meilisearch, Settings, Task } from 'meilisearch';
import { z } from 'zod';
import type { RunningIngestRun } from '../src/infra/database/ingest-runs.ts';
import type { Database } from '../src/infra/database/types.ts';
import { withEngineRetry } from '../src/infra/meilisearch/retry.ts';
import { deleteStaleBuilds } from './publish/index-swap.ts';
import { forgetSettings } from './publish/in-place.ts';
import type { PublisherOptions } from './publish/index.ts';
import type { PublishStep } from './publish/journal.ts';
import { republishRecords } from './publish/republish.ts';
import { moveStagedResults, stagedResults } from './stages/commit.ts';
import { readLines } from './spool.ts';

/** A recorded run's work folder in `DATA_DIR` (its spools and staged results). */
export function runWorkDir(dataDir: string, runId: number): string {
  return join(dataDir, `work-run-${String(runId)}`);
}

export interface RecoveryContext {
  store: Database;
  dataDir: string;
  /** Needed to settle a publish step; without it such a run is left to a later recovery. */
  engine?: {
    client: Meilisearch;
    indexUid: string;
    settings: Settings;
    /** What the store lays over the documents of an index rebuilt from the records. */
    layers?: Pick<PublisherOptions, 'counts' | 'agencyUpdates'>;
  };
  log: (line: string) => void;
}

/** How a recorded publish step ended. */
export type Settled = 'completed' | 'discarded' | 'rebuilt';

/**
 * Run by the holder of the ingest lease (so no other run lives): every run still `running`
 * but `own` was cut short (its process died; its lease expired). Its publish step, if it
 * recorded one, is settled (its staged stores moved into place when the engine applied its
 * task, else discarded), it is marked failed with the stage it was in, and its work folder
 * goes. Then any other `work-*` folder and, with an engine, any build index left behind.
 */
export async function recoverCutShortRuns(context: RecoveryContext, own?: number): Promise<void> {
  const keep = new Set(own === undefined ? [] : [runWorkDir(context.dataDir, own)]);
  for (const run of await context.store.runningIngestRuns()) {
    if (run.id === own) continue;
    const step = publishStepOf(run.publishing);
    if (step !== undefined && context.engine === undefined) {
      keep.add(step.staged);
      context.log(
        `ingest: run #${String(run.id)} was cut short while publishing; a run that publishes, or a start, settles it`,
      );
      continue;
    }
    const settled = step === undefined ? undefined : await settleStep(step, context);
    // A run whose publish went live counts the records it put in place, as the index does.
    const total = settled === 'completed' ? await recordsIn(context.dataDir) : 0;
    await context.store.finishIngestRun(run.id, cutShortEntry(run, settled, total));
    await rm(runWorkDir(context.dataDir, run.id), { recursive: true, force: true });
    context.log(`ingest: run #${String(run.id)} ${describeCutShort(run, settled)}`);
  }
  await removeWorkDirs(context.dataDir, keep);
  if (context.engine) await deleteStaleBuilds(context.engine.client, context.engine.indexUid);
}

const stepSchema = z.union([
  z.object({
    kind: z.literal('swap'),
    live: z.string(),
    build: z.string(),
    task: z.int().optional(),
    staged: z.string(),
  }),
  z.object({
    kind: z.literal('in-place'),
    live: z.string(),
    tasks: z.array(z.int()).optional(),
    staged: z.string(),
  }),
]);

export type RecordedStep = PublishStep & { staged: string };

export function publishStepOf(recorded: unknown): RecordedStep | undefined {
  const parsed = stepSchema.safeParse(recorded);
  return parsed.success ? parsed.data : undefined;
}

/**
 * Asks the engine how a recorded publish step ended and makes the stores agree with the live
 * index: a swap that succeeded, or an update in place whose every task succeeded, has its
 * staged stores moved into place; a swap that never ran is discarded; an update in place cut
 * short part-way has the index rebuilt from the stores in place (the records of the run before).
 */
export async function settleStep(
  step: RecordedStep,
  { engine, dataDir }: RecoveryContext,
): Promise<Settled> {
  if (engine === undefined) throw new Error('settling a publish step needs the engine');
  const { client } = engine;
  if (step.kind === 'swap') {
    const task = step.task ?? (await findSwapTask(client, step.build));
    const ended = task === undefined ? undefined : await taskEnd(client, task);
    if (ended?.status === 'succeeded') await moveStagedResults(step.staged, dataDir);
    // Swapped, the build holds the previous documents; else the half of a run that never went live.
    await withEngineRetry('delete a build index', () => client.deleteIndexIfExists(step.build));
    await forgetSettings(dataDir, step.live);
    return ended?.status === 'succeeded' ? 'completed' : 'discarded';
  }
  const ended = await Promise.all((step.tasks ?? []).map((task) => taskEnd(client, task)));
  if (step.tasks !== undefined && ended.every((task) => task.status === 'succeeded')) {
    await moveStagedResults(step.staged, dataDir);
    return 'completed';
  }
  await forgetSettings(dataDir, step.live);
  const records = stagedResults(step.staged, dataDir).innovations.live;
  await republishRecords(records, {
    client,
    indexUid: engine.indexUid,
    dataDir,
    settings: engine.settings,
    ...engine.layers,
  });
  return 'rebuilt';
}

// --- internal ---

function cutShortEntry(run: RunningIngestRun, settled: Settled | undefined, total = 0) {
  const error = `cut short during ${run.stage ?? 'starting'}${settledText(settled)}`;
  return {
    startedAt: run.startedAt,
    finishedAt: run.seenAt,
    status: 'failed' as const,
    dryRun: run.dryRun,
    published: settled === 'completed',
    inputs: run.inputs,
    total,
    rejected: 0,
    warnings: 0,
    report: { error },
    error,
  };
}

function describeCutShort(run: RunningIngestRun, settled: Settled | undefined): string {
  return `was ${cutShortEntry(run, settled).error} (last seen ${run.seenAt}): marked failed, its work folder removed`;
}

function settledText(settled: Settled | undefined): string {
  if (settled === 'completed')
    return '; the engine had applied its publish, its stores were moved into place';
  if (settled === 'discarded') return '; its publish never went live and was discarded';
  if (settled === 'rebuilt')
    return '; its update in place was cut part-way, the index was rebuilt from the stores';
  return '';
}

/** The swap a run asked for before recording its task, if the engine has it. */
async function findSwapTask(client: Meilisearch, build: string): Promise<number | undefined> {
  const { results } = await withEngineRetry('list the swaps', () =>
    client.tasks.getTasks({ types: ['indexSwap'], limit: 100 }),
  );
  const swapped = results.find((task) =>
    task.details?.swaps?.some((swap) => swap.indexes.includes(build)),
  );
  return swapped?.uid;
}

/** A task once the engine has run it (a recovery waits for one still queued). */
async function taskEnd(client: Meilisearch, uid: number): Promise<Task> {
  return withEngineRetry('wait for a recorded task', () =>
    client.tasks.waitForTask(uid, { timeout: 60 * 60 * 1000, interval: 100 }),
  );
}

async function recordsIn(dataDir: string): Promise<number> {
  let count = 0;
  for await (const line of readLines(stagedResults('', dataDir).innovations.live)) {
    if (line) count += 1;
  }
  return count;
}

async function removeWorkDirs(dataDir: string, keep: ReadonlySet<string>): Promise<void> {
  const entries = await readdir(dataDir).catch(() => []);
  for (const name of entries) {
    const path = join(dataDir, name);
    if (name.startsWith('work-') && !keep.has(path))
      await rm(path, { recursive: true, force: true });
  }
}
