import type { Adapter } from '../../ingest/adapters/adapter.ts';
import { MergeGroups } from '../../ingest/merge/groups.ts';
import type { FetchOptions } from '../../ingest/readers/fetch-page.ts';
import type { ReadLimits } from '../../ingest/readers/limits.ts';
import { NdjsonWriter, readNdjsonLines } from '../../ingest/spool.ts';
import { collectFile } from '../../ingest/stages/collect.ts';
import type { LocatedIssue } from '../../src/lib/ingest-report.ts';
import { recordProgress, toArray } from './iterate.ts';
import { testReference } from './reference.ts';
import type { TempDir } from './temp.ts';

/**
 * Runs the collect stage (read → normalise → validate) on one input as a run does; gives its
 * stats, its located issues, the spooled records and the inputs whose progress finished.
 */
export async function collectInput(
  adapter: Adapter,
  input: string,
  temp: TempDir,
  fetch?: FetchOptions,
  limits?: ReadLimits,
) {
  const spoolPath = temp.file(`${input.replace(/\W/g, '-').slice(-80)}.ndjson`);
  const spool = new NdjsonWriter(spoolPath);
  const rejected: LocatedIssue[] = [];
  const warnings: LocatedIssue[] = [];
  const finished: string[] = [];
  const stats = await collectFile(adapter, input, {
    reference: await testReference(),
    spool,
    groups: new MergeGroups(),
    rejected,
    warnings,
    progress: (file) => ({
      ...recordProgress(),
      done: () => {
        finished.push(file);
      },
    }),
    ...(fetch && { fetch }),
    ...(limits && { limits }),
  });
  await spool.close();
  const records = await toArray(readNdjsonLines(spoolPath));
  return { stats, rejected, warnings, records, finished };
}
