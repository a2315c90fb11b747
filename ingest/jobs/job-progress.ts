import type { IngestJob } from '../../src/infra/database/ingest-jobs-types.ts';
import type { Database } from '../../src/infra/database/types.ts';
import type { JobFileProgress, JobProgress } from '../../src/lib/ingest-job/schema.ts';
import type { IngestStage } from '../../src/lib/ingest-report.ts';
import type { FileProgress } from '../progress.ts';

/** How often a running job writes its progress and asks whether it was cancelled. */
export const PROGRESS_MS = 500;

export interface JobProgressTracker {
  /** The progress of one input of the run (a path, or the URL), for the pipeline. */
  forFile: (input: string) => FileProgress;
  stage: (stage: IngestStage) => void;
  /** Writes the last progress and stops the timer. */
  stop: () => Promise<void>;
}

/**
 * A running job's progress, kept here and written to the store every `PROGRESS_MS` (the job
 * page reads it there, from whichever site process serves it). Each write answers whether an
 * administrator asked the job to stop: then `onCancel` is told once, with who asked.
 */
export function trackJobProgress(
  store: Database,
  job: IngestJob,
  inputs: ReadonlyMap<string, string>,
  onCancel: (by: string) => void,
): JobProgressTracker {
  const files = new Map<string, JobFileProgress>(
    [...inputs].map(([input, name]) => [input, emptyFile(name)]),
  );
  let stage: IngestStage = 'starting';
  let flushing: Promise<void> | undefined;
  let told = false;
  const write = async () => {
    const progress: JobProgress = { stage, files: [...files.values()] };
    const { cancelRequested } = await store.reportIngestJobProgress(job.id, progress);
    if (!cancelRequested || told) return;
    told = true;
    onCancel((await store.ingestJob(job.id))?.cancelledBy ?? 'an administrator');
  };
  // A write that fails (the store busy a moment) is made up by the next.
  const flush = () => {
    flushing ??= write()
      .catch(() => undefined)
      .finally(() => {
        flushing = undefined;
      });
    return flushing;
  };
  const timer = setInterval(() => void flush(), PROGRESS_MS);
  return {
    forFile(input) {
      const entry = files.get(input) ?? emptyFile(input);
      files.set(input, entry);
      return fileProgress(entry);
    },
    stage(next) {
      stage = next;
    },
    async stop() {
      clearInterval(timer);
      await flushing;
      await flush();
    },
  };
}

// --- internal ---

function emptyFile(name: string): JobFileProgress {
  return { name, fraction: 0, done: false, read: 0, accepted: 0, rejected: 0, warnings: 0 };
}

function fileProgress(entry: JobFileProgress): FileProgress {
  let total = 0;
  let seen = 0;
  return {
    setTotal(value) {
      total = value;
    },
    advance(amount) {
      seen += amount;
      entry.fraction = total > 0 ? Math.min(1, seen / total) : 0;
    },
    done() {
      entry.done = true;
      entry.fraction = 1;
    },
    counted(stats) {
      entry.read = stats.read;
      entry.accepted = stats.accepted;
      entry.rejected = stats.rejected;
      entry.warnings = stats.warnings;
    },
  };
}
