import type { Locale } from '../../../i18n/locales.ts';
import { translator } from '../../../i18n/t.ts';
import type { IngestJob } from '../../../infra/database/ingest-jobs-types.ts';
import { jobEnded, type IngestJobStatus } from '../../../lib/ingest-job/schema.ts';
import type { IngestStage } from '../../../lib/ingest-report.ts';

/** Stages past which a job can no longer be cancelled: the live index is being changed. */
const publishingStages: readonly IngestStage[] = ['publishing', 'swapped', 'moving'];

/**
 * What a job's page shows of its progress, in the page's language: rendered by the page, and
 * sent as it changes by the job's event stream (the page's script writes it in as text).
 */
export interface ProgressView {
  status: IngestJobStatus;
  statusText: string;
  ended: boolean;
  /** The run's stage, while it runs. */
  stageText?: string;
  files: { name: string; percent: number; text: string }[];
  /** May the job still be cancelled (queued, or running before it publishes)? */
  cancellable: boolean;
  /** A cancel asked for, or a cancel that came too late. */
  notice?: string;
}

export function progressView(job: IngestJob, locale: Locale): ProgressView {
  const t = translator(locale);
  const stage = job.status === 'running' ? job.progress?.stage : undefined;
  const publishing = stage !== undefined && publishingStages.includes(stage);
  const counts = job.progress?.files ?? sources(job);
  return {
    status: job.status,
    statusText: t(`ingest.status.${job.status}`),
    ended: jobEnded(job.status),
    ...(stage !== undefined && {
      stageText: t('ingest.job.stage', { stage: t(`ingest.stage.${stage}`) }),
    }),
    files: counts.map((file) => ({
      name: file.name,
      percent: Math.round(file.fraction * 100),
      text: t('ingest.job.counts', {
        read: file.read,
        accepted: file.accepted,
        rejected: file.rejected,
        warnings: file.warnings,
      }),
    })),
    cancellable:
      job.cancelRequestedAt === undefined &&
      (job.status === 'queued' || (job.status === 'running' && !publishing)),
    ...(notice(job, publishing, locale) ?? {}),
  };
}

/** A job's id from a path parameter: a whole number, or undefined. */
export function jobIdOf(param: string | undefined): number | undefined {
  return param !== undefined && /^\d{1,12}$/.test(param) ? Number(param) : undefined;
}

// --- internal ---

/** Before a run reports any progress: each file (or the URL) at nought. */
function sources(job: IngestJob) {
  const names = job.url === undefined ? job.files.map((file) => file.name) : [job.url];
  return names.map((name) => ({
    name,
    fraction: 0,
    read: 0,
    accepted: 0,
    rejected: 0,
    warnings: 0,
  }));
}

function notice(
  job: IngestJob,
  publishing: boolean,
  locale: Locale,
): { notice: string } | undefined {
  const t = translator(locale);
  const by = job.cancelledBy ?? '';
  if (job.status === 'running' && job.cancelRequestedAt !== undefined) {
    return { notice: t('ingest.job.cancelRequested', { by }) };
  }
  if (job.status === 'running' && publishing) return { notice: t('ingest.job.tooLate') };
  if (job.status === 'done' && job.cancelRequestedAt !== undefined) {
    return { notice: t('ingest.job.tooLate') };
  }
  return undefined;
}
