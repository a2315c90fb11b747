import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Programme } from '../src/lib/schema/enums.ts';
import type { Reference } from './adapters/adapter.ts';
import { adapters } from './adapters/index.ts';
import { expandInputs } from './inputs.ts';
import { MergeGroups } from './merge/groups.ts';
import type { FetchOptions } from './readers/pages.ts';
import type { ReadProgress } from './readers/types.ts';
import type { FileStats, IngestReport, LocatedIssue } from './report.ts';
import { NdjsonWriter } from './spool.ts';
import { collectFile } from './stages/collect.ts';
import { mergeSpool } from './stages/merge.ts';

export interface InputGroup {
  programme: Programme;
  inputs: string[];
}

export interface IngestOptions {
  reference: Reference;
  dataDir: string;
  /** Validate and report only: nothing is written but the report. */
  dryRun: boolean;
  /** The change time stamped on the records of this run (ISO 8601). */
  now: string;
  progress: (file: string) => ReadProgress & { done(): void };
  fetch?: FetchOptions;
}

export interface IngestResult {
  report: IngestReport;
  /** The NDJSON file of public records, unless this was a dry run. */
  output?: string;
}

/** read → normalise → validate (per file) → merge → write, as SOURCES.md and the README describe. */
export async function runIngest(
  groups: InputGroup[],
  options: IngestOptions,
): Promise<IngestResult> {
  const planned = await Promise.all(
    groups.map(async (group) => ({
      adapter: adapters[group.programme],
      files: await expandInputs(adapters[group.programme], group.inputs),
    })),
  );
  await mkdir(options.dataDir, { recursive: true });
  const workDir = await mkdtemp(join(options.dataDir, 'work-'));
  try {
    const spoolPath = join(workDir, 'records.ndjson');
    const spool = new NdjsonWriter(spoolPath);
    const merge = new MergeGroups();
    const rejected: LocatedIssue[] = [];
    const warnings: LocatedIssue[] = [];
    const files: FileStats[] = [];
    const context = { ...options, spool, groups: merge, rejected, warnings };
    for (const { adapter, files: inputs } of planned) {
      for (const file of inputs) {
        const stats = await collectFile(adapter, file, context);
        files.push({ ...stats, file: displayName(file) });
      }
    }
    await spool.close();
    const relabel = (issue: LocatedIssue) => ({ ...issue, file: displayName(issue.file) });
    const report = (total: number): IngestReport => ({
      files,
      rejected: rejected.map(relabel),
      warnings: warnings.map(relabel),
      merged: merge.records - total,
      total,
    });
    if (options.dryRun) return { report: report(merge.countGroups()) };
    const output = join(options.dataDir, 'innovations.ndjson');
    const total = await mergeSpool(spoolPath, merge, workDir, output, options.now);
    return { report: report(total), output };
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

/** Files are named relative to the working directory in reports; URLs as given. */
function displayName(file: string): string {
  return /^https?:\/\//i.test(file) ? file : relative(process.cwd(), file) || file;
}
