import { ingestReportSchema, type IngestReport } from '../../lib/ingest-report.ts';
import type { Portal } from '../../portal/types.ts';
import type { IngestRunRecord } from '../../infra/database/types.ts';

/** Runs the history page lists, the most recent first. */
export const RUNS_SHOWN = 100;

export async function recentRuns(portal: Pick<Portal, 'database'>): Promise<IngestRunRecord[]> {
  const store = await portal.database();
  return store.ingestRuns(RUNS_SHOWN);
}

/** One run with its report read back (undefined for a failed run's `{ error }`). */
export interface RunView {
  run: IngestRunRecord;
  report: IngestReport | undefined;
}

export async function runById(
  portal: Pick<Portal, 'database'>,
  id: string | undefined,
): Promise<RunView | undefined> {
  if (id === undefined || !/^\d{1,12}$/.test(id)) return undefined;
  const store = await portal.database();
  const run = await store.ingestRun(Number(id));
  if (run === undefined) return undefined;
  const report = ingestReportSchema.safeParse(run.report);
  return { run, report: report.success ? report.data : undefined };
}
