import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { programmeSchema, type Programme } from '../src/lib/schema/enums.ts';
import type { Reference } from './adapters/adapter.ts';
import { adapters } from './adapters/index.ts';
import { expandInputs, type SkippedEntry } from './inputs.ts';
import { MergeGroups } from './merge/groups.ts';
import { loadPreviousCatalogue } from './merge/previous-ids.ts';
import { planCuration } from './merge/curation.ts';
import type { CurationDecision, IdChanges } from '../src/lib/curation/decision.ts';
import { assessQuality } from './stages/quality.ts';
import type { FetchOptions } from './readers/fetch-page.ts';
import type { ReadLimits } from './readers/limits.ts';
import type { FileProgress } from './progress.ts';
import type {
  FileStats,
  IngestReport,
  IngestStage,
  LocatedIssue,
} from '../src/lib/ingest-report.ts';
import { NdjsonWriter } from './spool.ts';
import { collectFile } from './stages/collect.ts';
import type { Normaliser } from './stages/normalise.ts';
import { groupRecords } from './stages/merge.ts';
import type { Innovation } from '../src/lib/schema/innovation.ts';
import { nextStore, storePath } from './stages/store.ts';
import { moveStagedResults } from './stages/commit.ts';

export interface InputGroup {
  programme: Programme;
  inputs: string[];
}

export interface IngestOptions {
  reference: Reference;
  /** Normalises on worker threads (the CLI's); in this thread with `reference` without it. */
  normaliser?: Normaliser;
  dataDir: string;
  /** Validate and report only: nothing is written but the report. */
  dryRun: boolean;
  /** The inputs replace everything earlier ingested from their programmes. */
  replace?: boolean;
  /** The change time stamped on the records of this run (ISO 8601). */
  now: string;
  progress: (file: string) => FileProgress;
  fetch?: FetchOptions;
  /** What one file may make a reader hold; the defaults without it. */
  limits?: ReadLimits;
  /** Publishes the merged records' search documents; a throw leaves everything as it was. */
  publish?: Publisher;
  /**
   * Write a record as it was last time when its source records are the same (on unless
   * `--full`, which builds every record again from the stored source records).
   */
  reuse?: boolean;
  /** The run's work folder (created, removed at the end); a fresh `work-*` one without it. */
  workDir?: string;
  /** Told as the run enters each stage (its history entry, a test's pause). */
  onStage?: (stage: IngestStage) => Promise<void>;
  /** The administrators' decisions, applied before the merge rule (`merge/curation.ts`). */
  curation?: readonly CurationDecision[];
  /** Stops the run where it reads (an administrator cancelled its job); its reason is thrown. */
  signal?: AbortSignal;
  /** What the report calls an input (an uploaded file's own name), by its path. */
  names?: ReadonlyMap<string, string>;
}

/**
 * The merge's files (NDJSON of every public record, and of those new or changed since last
 * time) and what changed: what a publisher needs to rebuild the index or to update it in place.
 */
export interface MergedFiles {
  /** Complete once `assembled` resolves. */
  innovations: string;
  assembled: Promise<void>;
  /** The lines of the records written as they were last time (never given to `add`). */
  reused: () => AsyncIterable<string>;
  changes: string;
  /** Innovations after this run, new or changed, and published last time. */
  total: number;
  changed: number;
  previousTotal: number;
  /** Ids published last time that this run no longer gives. */
  removed: readonly string[];
}

/**
 * The publish stage as the pipeline drives it: told how much may change before the merge
 * builds a record, it chooses between a new index and an update in place.
 */
export interface Publisher {
  begin: (plan: PublishPlan) => Promise<PublishSession>;
}

export interface PublishPlan {
  previousTotal: number;
  /** At most how many innovations are new, changed or removed (`GroupedRecords`). */
  atMostChanged: number;
}

export interface PublishSession {
  /** Takes each record as the merge builds it (a new index's feed; none in place). */
  add?: (innovation: Innovation) => Promise<void>;
  /** The merge is done: the rest is published; resolves once the index serves it all. */
  finish: (merged: MergedFiles) => Promise<void>;
  /** The run failed: what was built for it is removed. Never throws. */
  abort: () => Promise<void>;
}

export interface IngestResult {
  report: IngestReport;
  /** The NDJSON file of public records, unless this was a dry run. */
  output?: string;
  /** What became of the ids the run no longer gives, unless this was a dry run. */
  ids?: IdChanges;
}

/**
 * read → normalise → validate (per file) → store (per programme) → merge (all programmes) →
 * publish. New stores and records are built in a work folder (staged) and moved into place
 * only after publishing succeeded, so a failed run changes nothing; a recorded run's journal
 * lets a later run finish the move when this one dies after the index went live.
 */
export async function runPipeline(
  groups: InputGroup[],
  options: IngestOptions,
): Promise<IngestResult> {
  const skipped: SkippedEntry[] = [];
  const planned = await Promise.all(
    groups.map(async (group) => ({
      adapter: adapters[group.programme],
      files: await expandInputs(adapters[group.programme], group.inputs, skipped),
    })),
  );
  await mkdir(options.dataDir, { recursive: true });
  const workDir = options.workDir ?? (await mkdtemp(join(options.dataDir, 'work-')));
  await mkdir(workDir, { recursive: true });
  // A given work folder is its caller's: it may hold staged results a recovery still needs.
  const ownsWorkDir = options.workDir === undefined;
  const stage = async (name: IngestStage) => options.onStage?.(name);
  const shown = (file: string) => options.names?.get(file) ?? displayName(file);
  try {
    await stage('reading');
    const spools = new Map<Programme, NdjsonWriter>();
    const spoolOf = (programme: Programme): NdjsonWriter => {
      const found =
        spools.get(programme) ?? new NdjsonWriter(join(workDir, `new-${programme}.ndjson`));
      spools.set(programme, found);
      return found;
    };
    // Only a dry run counts merges as it reads: a real run's merge groups every stored record.
    const counted = options.dryRun ? new MergeGroups() : undefined;
    const rejected: LocatedIssue[] = [];
    const warnings: LocatedIssue[] = skipped.map(({ path, reason }) => ({
      file: path,
      row: 0,
      field: '(folder)',
      reason,
    }));
    const files: FileStats[] = [];
    for (const { adapter, files: inputs } of planned) {
      const context = {
        ...options,
        spool: spoolOf(adapter.programme),
        groups: counted,
        rejected,
        warnings,
      };
      for (const file of inputs) {
        options.signal?.throwIfAborted();
        files.push(await collectFile(adapter, file, context));
      }
    }
    await Promise.all([...spools.values()].map((spool) => spool.close()));
    const report = (
      merge: { records: number; total: number; renamed?: IngestReport['renamed'] },
      scope: IngestReport['scope'],
      extra: Pick<IngestReport, 'ids' | 'decisions' | 'quality'> = {},
    ): IngestReport => ({
      files: files.map((stats) => ({ ...stats, file: shown(stats.file) })),
      rejected: rejected.map((issue) => ({ ...issue, file: shown(issue.file) })),
      warnings: warnings.map((issue) => ({ ...issue, file: shown(issue.file) })),
      merged: merge.records - merge.total,
      total: merge.total,
      scope,
      renamed: merge.renamed ?? [],
      ...extra,
    });
    if (counted !== undefined) {
      const merge = { records: counted.records, total: counted.countGroups() };
      return { report: report(merge, 'inputs') };
    }
    await stage('merging');
    const stores = await buildStores(options, workDir, [...spools.keys()]);
    const merged = {
      innovations: join(workDir, 'innovations.ndjson'),
      catalogue: join(workDir, 'catalogue.ndjson'),
      changes: join(workDir, 'changes.ndjson'),
    };
    const live = {
      innovations: join(options.dataDir, 'innovations.ndjson'),
      catalogue: join(options.dataDir, 'catalogue.ndjson'),
    };
    const previous = await loadPreviousCatalogue(live, { reuse: options.reuse ?? false });
    const curation = options.curation ?? [];
    const grouped = await groupRecords(
      stores.map((store) => store.next),
      workDir,
      previous,
      planCuration(curation),
    );
    const session = await options.publish?.begin({
      previousTotal: previous.total,
      atMostChanged: grouped.atMostChanged,
    });
    // Inside the session: a run stopped as it enters building (cancelled) deletes its build.
    const outcome = await publishing(session, async () => {
      await stage('building');
      const built = await grouped.build(
        options.publish === undefined ? { ...merged, changes: undefined } : merged,
        options.now,
        session?.add,
      );
      // The whole output is written while the index is updated in place (which needs only the
      // changes) or while a new index takes the records built before.
      const assembled = built.assemble();
      // Measured on the staged files once written, while the engine indexes: a quality pass
      // that fails costs its figures only.
      const quality = assembled
        .then(() =>
          assessQuality(
            stores.map((store) => store.next),
            merged.innovations,
          ),
        )
        .catch(() => undefined);
      const published = session?.finish({
        ...merged,
        assembled,
        reused: built.reusedLines,
        total: built.total,
        changed: built.changed,
        previousTotal: previous.total,
        removed: built.removed,
      });
      await settleBoth(assembled, published);
      return { built, quality: await quality };
    });
    const { built: merge, quality } = outcome;
    await stage('moving');
    await moveStagedResults(workDir, options.dataDir);
    const extra = {
      ids: { moved: merge.ids.moved.length, gone: merge.ids.gone.length },
      decisions: curation.length,
      ...(quality && { quality }),
    };
    return {
      report: report(merge, 'catalogue', extra),
      output: live.innovations,
      ids: merge.ids,
    };
  } finally {
    if (ownsWorkDir) await rm(workDir, { recursive: true, force: true });
  }
}

/** Per programme: the store after this run (in the work folder) and where it lives. */
async function buildStores(
  options: IngestOptions,
  workDir: string,
  ingested: Programme[],
): Promise<{ next: string; live: string }[]> {
  const stores: { next: string; live: string }[] = [];
  for (const programme of programmeSchema.options) {
    const live = storePath(options.dataDir, programme);
    if (!ingested.includes(programme)) {
      if (existsSync(live)) stores.push({ next: live, live });
      continue;
    }
    const next = join(workDir, `store-${programme}.ndjson`);
    const fresh = join(workDir, `new-${programme}.ndjson`);
    await nextStore(live, fresh, next, options.replace ?? false);
    stores.push({ next, live });
  }
  return stores;
}

/** Runs `work` in a publish session, which is aborted when anything in it fails. */
async function publishing<T>(
  session: PublishSession | undefined,
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    await session?.abort();
    throw error;
  }
}

/** Waits for both, then throws the first failure: neither is left running or unobserved. */
async function settleBoth(a: Promise<void>, b: Promise<void> | undefined): Promise<void> {
  const results = await Promise.allSettled([a, b]);
  for (const result of results) if (result.status === 'rejected') throw result.reason;
}

/** Files are named relative to the working directory in reports; URLs as given. */
function displayName(file: string): string {
  return /^https?:\/\//i.test(file) ? file : relative(process.cwd(), file) || file;
}
