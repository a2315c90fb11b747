import type { NewIngestRun } from '../src/infra/database/ingest-runs.ts';
import type { Database } from '../src/infra/database/types.ts';
import type { IngestReport } from '../src/lib/ingest-report.ts';

export interface RunDescription {
  startedAt: string;
  dryRun: boolean;
  publish: boolean;
  inputs: string[];
}

/** The history entry of a run that finished with a report. */
export function finishedRun(run: RunDescription, report: IngestReport): NewIngestRun {
  return {
    ...common(run),
    status: 'ok',
    published: run.publish && !run.dryRun,
    total: report.total,
    rejected: report.rejected.length,
    warnings: report.warnings.length,
    report,
  };
}

/**
 * The history entry of a run that stopped with an error: nothing was moved into place, unless
 * its publish step had gone live and was then completed (`settled`, see ingest/recovery.ts).
 */
export function failedRun(
  run: RunDescription,
  error: unknown,
  settled?: 'completed' | 'discarded' | 'rebuilt',
): NewIngestRun {
  const failure = error instanceof Error ? error.message : String(error);
  const message = settled === undefined ? failure : `${failure} (its publish step: ${settled})`;
  return {
    ...common(run),
    status: 'failed',
    published: settled === 'completed',
    total: 0,
    rejected: 0,
    warnings: 0,
    report: { error: message },
    error: message,
  };
}

/**
 * Records a run in the history. A failure to record is told, never thrown: it must neither
 * hide the ingest's own error nor undo a run that worked.
 */
export async function recordRun(
  store: Pick<Database, 'recordIngestRun'>,
  entry: NewIngestRun,
  warn: (line: string) => void,
): Promise<void> {
  try {
    await store.recordIngestRun(entry);
  } catch (error) {
    warn(
      `ingest: the run could not be recorded (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}

function common(
  run: RunDescription,
): Pick<NewIngestRun, 'startedAt' | 'finishedAt' | 'dryRun' | 'inputs'> {
  return {
    startedAt: run.startedAt,
    finishedAt: new Date().toISOString(),
    dryRun: run.dryRun,
    inputs: run.inputs,
  };
}
