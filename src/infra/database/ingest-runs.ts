/** An ingest run as the history keeps it: what ran, how it ended, and its whole report. */
export interface NewIngestRun {
  startedAt: string;
  /** While the run runs: its last heartbeat. */
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

export interface IngestRunRecord extends Omit<NewIngestRun, 'status'> {
  id: number;
  /** `running` from its start until it ends, or until a later run finds it cut short. */
  status: 'running' | NewIngestRun['status'];
  /** The stage a run is in (kept when it ends: where a cut-short run stopped). */
  stage?: string;
  /** Who ran it: its lease holder (`cli on <host> pid …`, `admin job 4 on …`). */
  holder?: string;
  /** The administrator who started it from the admin area. */
  startedBy?: string;
}

/** A run as it starts: recorded `running` by the holder of the ingest lease. */
export interface StartedIngestRun {
  startedAt: string;
  dryRun: boolean;
  inputs: string[];
  holder: string;
  /** The administrator who started it from the admin area (none for the CLI). */
  startedBy?: string;
}

/** A running (or cut-short) run as its recovery reads it. */
export interface RunningIngestRun {
  id: number;
  startedAt: string;
  /** Its last heartbeat. */
  seenAt: string;
  dryRun: boolean;
  inputs: string[];
  holder?: string;
  stage?: string;
  /** Its publish step (JSON) once recorded: what a recovery completes or discards. */
  publishing?: unknown;
}

/** Who holds the ingest lease, since when, until when unless renewed. */
export interface IngestLease {
  holder: string;
  runId?: number;
  /** The stage of the holder's run, when it recorded one. */
  stage?: string;
  acquiredAt: string;
  expiresAt: string;
}

export type LeaseAttempt = { taken: true } | { taken: false; lease: IngestLease | undefined };

/**
 * One ingest at a time across processes (the CLI, site processes, the admin area's jobs): a
 * lease row with its holder and expiry, renewed by a heartbeat while the run lives, and the
 * run's history entry written as it starts, moves and ends.
 */
export interface IngestLedger {
  /** Takes the lease when it is free, expired or already this holder's. */
  takeIngestLease(holder: string, now: string, until: string): Promise<LeaseAttempt>;
  /** Extends the holder's lease (and names its run); false when the holder lost it. */
  renewIngestLease(holder: string, until: string, runId?: number): Promise<boolean>;
  releaseIngestLease(holder: string): Promise<void>;
  /** Who holds the lease now (it may have expired: see `expiresAt`), read without taking it. */
  currentIngestLease(): Promise<IngestLease | undefined>;
  startIngestRun(run: StartedIngestRun): Promise<number>;
  /** The stage a run entered, with a heartbeat. */
  setIngestStage(id: number, stage: string, now: string): Promise<void>;
  /** A heartbeat: `finishedAt` of a running run is when it was last seen. */
  touchIngestRun(id: number, now: string): Promise<void>;
  /** Records (or, with undefined, clears) the run's publish step. */
  setIngestPublishing(id: number, publishing: unknown): Promise<void>;
  /** Ends a running run: its outcome, its report; the publish step is cleared. */
  finishIngestRun(id: number, entry: NewIngestRun): Promise<void>;
  runningIngestRuns(): Promise<RunningIngestRun[]>;
}
