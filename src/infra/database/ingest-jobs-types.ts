import type { IngestJobStatus, JobProgress, UploadType } from '../../lib/ingest-job/schema.ts';
import type { Programme } from '../../lib/schema/enums.ts';

/** A file an administrator uploaded, its kind told by its content; its name is for display only. */
export interface UploadedFile {
  name: string;
  type: UploadType;
  bytes: Uint8Array;
}

/** A job as the admin area asks for it: uploaded files, or an InoLAN URL, for one programme. */
export interface NewIngestJob {
  programme: Programme;
  /** "Check only": read, normalise and validate, publish nothing. */
  dryRun: boolean;
  url?: string;
  files: readonly UploadedFile[];
  /** Who asked (the administrator's actor name, or the harvest's). */
  createdBy: string;
  /** The harvest source it harvests, when it is a scheduled harvest. */
  harvestId?: number;
  now: string;
}

/** One file of a job: its bytes stay in the store until the job ends. */
export interface IngestJobFile {
  position: number;
  name: string;
  type: UploadType;
  size: number;
}

export interface IngestJob {
  id: number;
  createdAt: string;
  createdBy: string;
  programme: Programme;
  dryRun: boolean;
  url?: string;
  files: IngestJobFile[];
  status: IngestJobStatus;
  /** Who runs it (its ingest lease holder), once claimed. */
  holder?: string;
  /** Its run in the ingest history, once started. */
  runId?: number;
  startedAt?: string;
  finishedAt?: string;
  progress?: JobProgress;
  error?: string;
  /** Set when an administrator asked a running job to stop. */
  cancelRequestedAt?: string;
  cancelledBy?: string;
  /** The harvest source it harvests, when it is a scheduled harvest. */
  harvestId?: number;
}

export type JobEnd = {
  status: Extract<IngestJobStatus, 'done' | 'failed' | 'cancelled'>;
  error?: string;
  now: string;
};

/**
 * The admin area's ingest jobs: queued with their uploaded bytes (in parts, never at a path a
 * client named), claimed one at a time by the holder of the ingest lease, their progress
 * written as they run, cancelled on request. One interface, both databases, one contract suite.
 */
export interface IngestJobStore {
  /** Stores the job's files, then queues it; the job's id. */
  enqueueIngestJob(job: NewIngestJob): Promise<number>;
  ingestJob(id: number): Promise<IngestJob | undefined>;
  /** Newest first. */
  ingestJobs(limit: number): Promise<IngestJob[]>;
  /** Jobs waiting and running: what a site process looks at before it asks for the lease. */
  ingestJobCounts(): Promise<{ queued: number; running: number }>;
  /**
   * The oldest queued job, now `running` under `holder`; undefined when none waits. Of two
   * claims at once, one gets a job (the caller holds the ingest lease besides).
   */
  claimIngestJob(holder: string, now: string): Promise<IngestJob | undefined>;
  /** A file's bytes, in the parts they were stored in; none once its job ended. */
  ingestJobFile(id: number, position: number): AsyncGenerator<Uint8Array>;
  setIngestJobRun(id: number, runId: number): Promise<void>;
  /** Writes a running job's progress; whether an administrator asked it to stop. */
  reportIngestJobProgress(id: number, progress: JobProgress): Promise<{ cancelRequested: boolean }>;
  /** Ends a job and deletes its files' bytes (their names stay for its page). */
  finishIngestJob(id: number, end: JobEnd): Promise<void>;
  /**
   * A queued job is cancelled at once (`cancelled`); a running one is asked to stop
   * (`requested`), which its run sees with its next progress; undefined for a job that ended
   * or does not exist.
   */
  cancelIngestJob(
    id: number,
    by: string,
    now: string,
  ): Promise<'cancelled' | 'requested' | undefined>;
  /**
   * Run by the holder of the ingest lease, so no job can still be running: every `running` job
   * (its process died) and every job left `receiving` since before `staleBefore` (its request
   * died while storing it) is marked failed with `error`; their ids.
   */
  failCutShortIngestJobs(now: string, staleBefore: string, error: string): Promise<number[]>;
}
