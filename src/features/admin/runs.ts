import { ingestReportSchema, type IngestReport } from '../../lib/ingest/report.ts';
import { interestStore } from '../interest/instance.ts';
import type { IngestRunRecord } from '../../infra/database/types.ts';

/** Runs the history page lists, the most recent first. */
export const RUNS_SHOWN = 100;

export async function recentRuns(): Promise<IngestRunRecord[]> {
  const store = await interestStore();
  return store.ingestRuns(RUNS_SHOWN);
}

/** One run with its report read back (undefined for a failed run's `{ error }`). */
export interface RunView {
  run: IngestRunRecord;
  report: IngestReport | undefined;
}

export async function runById(id: string | undefined): Promise<RunView | undefined> {
  if (id === undefined || !/^\d{1,12}$/.test(id)) return undefined;
  const store = await interestStore();
  const run = await store.runRecordedIngest(Number(id));
  if (run === undefined) return undefined;
  const report = ingestReportSchema.safeParse(run.report);
  return { run, report: report.success ? report.data : undefined };
}
