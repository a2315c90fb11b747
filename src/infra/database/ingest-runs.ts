/** An ingest run as the history keeps it: what ran, how it ended, and its whole report. */
export interface NewIngestRun {
  startedAt: string;
  finishedAt: string;
  status: 'ok' | 'failed';
  dryRun: boolean;
  published: boolean;
  /** The input files and folders, as given. */
  inputs: string[];
  total: number;
  rejected: number;
  warnings: number;
  /** The ingest report (ingest/report.ts) as JSON, or the error of a failed run. */
  report: unknown;
  error?: string;
}

export interface IngestRunRecord extends NewIngestRun {
  id: number;
}
