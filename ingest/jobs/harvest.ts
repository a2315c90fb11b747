import type { IngestJob } from '../../src/infra/database/ingest-jobs-types.ts';
import type { Database } from '../../src/infra/database/types.ts';
import { harvestPeriodMs } from '../../src/lib/ingest-job/schema.ts';
import type { IngestReport } from '../../src/lib/ingest-report.ts';

/**
 * Queues every harvest source due now as an ingest job of its InoLAN URL (publishing, like an
 * administrator's), each claim and its job in one transaction: of the site processes that look
 * at once, one queues it, and a process that dies between the two queues nothing.
 */
export async function queueDueHarvests(store: Database, now = new Date()): Promise<number[]> {
  const next = {
    daily: new Date(now.getTime() + harvestPeriodMs.daily).toISOString(),
    weekly: new Date(now.getTime() + harvestPeriodMs.weekly).toISOString(),
  };
  const queued: number[] = [];
  for (;;) {
    const job = await store.transaction(async (tx) => {
      const due = await tx.claimDueHarvest(now.toISOString(), next);
      if (due === undefined) return undefined;
      return tx.enqueueIngestJob({
        programme: 'inolan',
        dryRun: false,
        url: due.url,
        files: [],
        createdBy: `harvest #${String(due.id)}`,
        harvestId: due.id,
        now: now.toISOString(),
      });
    });
    if (job === undefined) return queued;
    queued.push(job);
  }
}

/**
 * A harvest's outcome for its source: failed when its job failed (or was cancelled), or when
 * the URL could not be paged to its end (a page that failed: `page 3: …`); else ok.
 */
export async function recordHarvest(
  store: Database,
  job: IngestJob,
  ended: { report?: IngestReport; error?: string },
): Promise<void> {
  if (job.harvestId === undefined) return;
  const pageFailure = ended.report?.rejected.find((issue) => issue.row === 0);
  const error =
    ended.error ?? (pageFailure && `page ${String(pageFailure.page ?? 1)}: ${pageFailure.reason}`);
  await store.recordHarvestOutcome(job.harvestId, {
    jobId: job.id,
    at: new Date().toISOString(),
    status: error === undefined ? 'ok' : 'failed',
    ...(error !== undefined && { error }),
  });
}
