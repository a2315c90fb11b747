import type { Adapter, Reference } from '../adapters/adapter.ts';
import type { Normalised } from '../adapters/adapter.ts';
import { MergeGroups } from '../merge/groups.ts';
import { mergeKeysOf } from '../merge/keys.ts';
import type { FetchOptions } from '../readers/pages.ts';
import type { ReadProgress, SourceItem } from '../readers/types.ts';
import { sourceRecordSchema } from '../record.ts';
import type { FileStats, LocatedIssue } from '../../src/lib/ingest-report.ts';
import type { NdjsonWriter } from '../spool.ts';

export interface CollectContext {
  reference: Reference;
  spool: NdjsonWriter;
  /** A dry run's merge groups, counted as records are read (a real run merges later). */
  groups?: MergeGroups;
  rejected: LocatedIssue[];
  warnings: LocatedIssue[];
  progress: (file: string) => ReadProgress & { done(): void };
  fetch?: FetchOptions;
}

/**
 * Read → normalise → validate for one input. Every accepted record goes to the spool and
 * into the merge groups; every rejected one is reported where it was found, and the file goes on.
 */
export async function collectFile(
  adapter: Adapter,
  file: string,
  context: CollectContext,
): Promise<FileStats> {
  const stats: FileStats = {
    file,
    programme: adapter.programme,
    read: 0,
    accepted: 0,
    rejected: 0,
    warnings: 0,
  };
  const progress = context.progress(file);
  try {
    for await (const event of adapter.read(file, {
      progress,
      ...(context.fetch && { fetch: context.fetch }),
    })) {
      if (event.kind === 'broken') {
        const { row, page, reason } = event.broken;
        stats.read += row === 0 ? 0 : 1;
        stats.rejected += 1;
        context.rejected.push({ file, row, ...(page && { page }), field: '(record)', reason });
        continue;
      }
      stats.read += 1;
      const normalised = validate(adapter.normalise(event.item, context.reference));
      const locate = located(file, event.item);
      context.warnings.push(...normalised.warnings.map(locate));
      stats.warnings += normalised.warnings.length;
      if (!normalised.record) {
        stats.rejected += 1;
        context.rejected.push(...normalised.errors.map(locate));
        continue;
      }
      stats.accepted += 1;
      context.groups?.add(mergeKeysOf(normalised.record));
      await context.spool.write(normalised.record);
    }
  } finally {
    progress.done();
  }
  return stats;
}

/** The validate stage: a record the schema refuses is rejected with the path it names. */
function validate(normalised: Normalised): Normalised {
  if (!normalised.record) return normalised;
  const result = sourceRecordSchema.safeParse(normalised.record);
  if (result.success) return { ...normalised, record: result.data };
  const errors = result.error.issues.map((issue) => ({
    field: issue.path.join('.') || '(record)',
    reason: issue.message,
  }));
  return { errors, warnings: normalised.warnings };
}

function located(file: string, item: SourceItem) {
  return (issue: { field: string; reason: string }): LocatedIssue => ({
    file,
    row: item.row,
    ...(item.page && { page: item.page }),
    ...issue,
  });
}
