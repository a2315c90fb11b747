import { failures, type HttpFailure } from '../../../http/failure.ts';
import { readMultipart } from '../../../http/multipart-form.ts';
import type { Locale } from '../../../i18n/locales.ts';
import type { MessageKey, MessageValues } from '../../../i18n/t.ts';
import type { IngestJob } from '../../../infra/database/ingest-jobs-types.ts';
import type { IngestLease, IngestRunRecord } from '../../../infra/database/ingest-runs.ts';
import { ingestReportSchema, type IngestReport } from '../../../lib/ingest-report.ts';
import type { Portal } from '../../../portal/types.ts';
import { audit } from '../../accounts/audit.ts';
import type { Viewer } from '../../accounts/session.ts';
import { megabytes } from '../components/format.ts';
import { progressView } from './progress-view.ts';
import { jobRequest, type JobRequest } from './upload.ts';

export type IngestPortal = Pick<Portal, 'database' | 'config'>;

/** Jobs the new-job page lists, newest first. */
export const JOBS_SHOWN = 20;

export type StartOutcome = { ok: true; id: number } | Extract<JobRequest, { ok: false }>;

/**
 * An administrator's upload form post: read within INGEST_UPLOAD_MAX_BYTES (a cross-site post
 * refused first), checked (`jobRequest`), then queued in the store with its files and written to
 * the audit log. A site process holding the ingest lease runs it (`ingest/jobs/`).
 */
export async function startJob(
  portal: IngestPortal,
  request: Request,
  viewer: Viewer,
  locale: Locale,
): Promise<StartOutcome> {
  const { config } = portal;
  const limit = config.INGEST_UPLOAD_MAX_BYTES;
  const read = await readMultipart(request, {
    limit,
    ...(config.SITE_URL && { siteUrl: config.SITE_URL }),
  });
  if (!read.ok) return readRefusal(read.failure, megabytes(limit, locale));
  const total = read.files.reduce((sum, file) => sum + file.bytes.byteLength, 0);
  if (total > limit) return readRefusal(failures.tooLarge, megabytes(limit, locale));
  const asked = jobRequest(read.fields, read.files, config, locale);
  if (!asked.ok) return asked;
  const store = await portal.database();
  const id = await store.enqueueIngestJob({
    ...asked.job,
    createdBy: viewer.actor,
    now: new Date().toISOString(),
  });
  await audit(store, viewer, {
    action: 'ingest.job',
    subject: `ingest job ${String(id)}`,
    after: {
      programme: asked.job.programme,
      dryRun: asked.job.dryRun,
      sources: asked.job.url ?? asked.job.files.map((file) => file.name),
    },
  });
  return { ok: true, id };
}

export async function recentJobs(portal: IngestPortal): Promise<IngestJob[]> {
  return (await portal.database()).ingestJobs(JOBS_SHOWN);
}

/** A job with its run and report once it has them, and, while it waits, who holds the lease. */
export interface JobView {
  job: IngestJob;
  run?: IngestRunRecord;
  report?: IngestReport;
  busy?: IngestLease;
}

export async function jobView(portal: IngestPortal, id: number): Promise<JobView | undefined> {
  const store = await portal.database();
  const job = await store.ingestJob(id);
  if (job === undefined) return undefined;
  const run = job.runId === undefined ? undefined : await store.ingestRun(job.runId);
  const report = ingestReportSchema.safeParse(run?.report);
  const lease = job.status === 'queued' ? await store.currentIngestLease() : undefined;
  const live = lease !== undefined && Date.parse(lease.expiresAt) > Date.now();
  return {
    job,
    ...(run && { run }),
    ...(report.success && { report: report.data }),
    ...(live && { busy: lease }),
  };
}

export type CancelOutcome = 'cancelled' | 'requested' | 'too-late' | 'ended' | 'not-found';

/**
 * Cancels a queued job, or asks a running one to stop (its run sees it within a second, stops
 * where it reads or before it publishes, and leaves the live index as it was); refused once
 * the run is publishing. Written to the audit log.
 */
export async function cancelJob(
  portal: IngestPortal,
  id: number,
  viewer: Viewer,
  locale: Locale,
): Promise<CancelOutcome> {
  const store = await portal.database();
  const job = await store.ingestJob(id);
  if (job === undefined) return 'not-found';
  const view = progressView(job, locale);
  if (view.ended) return 'ended';
  if (!view.cancellable) return job.cancelRequestedAt === undefined ? 'too-late' : 'requested';
  const outcome = await store.cancelIngestJob(id, viewer.actor, new Date().toISOString());
  if (outcome === undefined) return 'ended';
  await audit(store, viewer, {
    action: 'ingest.cancel',
    subject: `ingest job ${String(id)}`,
    before: { status: job.status },
    after: { status: outcome === 'cancelled' ? 'cancelled' : 'cancel requested' },
  });
  return outcome;
}

// --- internal ---

/** A post that could not be read: why, for the page (the limit named when it was too large). */
function readRefusal(failure: HttpFailure, limit: string): StartOutcome {
  const messages: Partial<Record<HttpFailure['error'], MessageKey>> = {
    'too-large': 'ingest.error.tooLarge',
  };
  const message = messages[failure.error] ?? failure.message;
  const values: MessageValues = { size: limit };
  return { ok: false, failure, message, values };
}
