import { z } from 'zod';
import { ingestStageSchema } from '../ingest-report.ts';
import { programmeSchema, type Programme } from '../schema/enums.ts';

/**
 * An ingest job of the admin area: `receiving` while its files are written to the store,
 * `queued` until a site process holding the ingest lease claims it, `running`, then `done`,
 * `failed` (its run failed, or its process died: cut short) or `cancelled`.
 */
export const ingestJobStatusSchema = z.enum([
  'receiving',
  'queued',
  'running',
  'done',
  'failed',
  'cancelled',
]);
export type IngestJobStatus = z.output<typeof ingestJobStatusSchema>;

/** A job that ended: it will not change again. */
export function jobEnded(status: IngestJobStatus): boolean {
  return status === 'done' || status === 'failed' || status === 'cancelled';
}

/**
 * What an uploaded file is by its content (never by its name): an .xlsx workbook (a zip holding
 * `xl/workbook.xml`), CSV, a JSON document, NDJSON lines, or a kind no programme reads (XML, a
 * zip that is not a workbook).
 */
export const uploadTypeSchema = z.enum(['xlsx', 'csv', 'json', 'ndjson', 'xml', 'zip']);
export type UploadType = z.output<typeof uploadTypeSchema>;

/**
 * Which uploaded kinds each programme's export comes as (the ingest's adapters read these
 * endings: a unit test holds the two together). The file is written under the ending of its kind.
 */
export const programmeReads: Record<Programme, readonly UploadType[]> = {
  kipp: ['xlsx', 'csv'],
  iga: ['json', 'ndjson'],
  inolan: ['json'],
};

export const uploadEnding: Record<UploadType, string> = {
  xlsx: '.xlsx',
  csv: '.csv',
  json: '.json',
  ndjson: '.ndjson',
  xml: '.xml',
  zip: '.zip',
};

/** One file of a running job as its page shows it. */
export const jobFileProgressSchema = z.object({
  name: z.string(),
  /** How far its reader has come (bytes of a file, items of a URL's pages), 0 to 1. */
  fraction: z.number().min(0).max(1),
  done: z.boolean(),
  read: z.int().min(0),
  accepted: z.int().min(0),
  rejected: z.int().min(0),
  warnings: z.int().min(0),
});
export type JobFileProgress = z.output<typeof jobFileProgressSchema>;

/** What a running job has done so far: its run's stage and each file's progress. */
export const jobProgressSchema = z.object({
  stage: ingestStageSchema,
  files: z.array(jobFileProgressSchema),
});
export type JobProgress = z.output<typeof jobProgressSchema>;

/** How often a saved InoLAN source is harvested. */
export const harvestScheduleSchema = z.enum(['daily', 'weekly']);
export type HarvestSchedule = z.output<typeof harvestScheduleSchema>;

/** A schedule's period. */
export const harvestPeriodMs: Record<HarvestSchedule, number> = {
  daily: 24 * 60 * 60 * 1000,
  weekly: 7 * 24 * 60 * 60 * 1000,
};

export { programmeSchema };
