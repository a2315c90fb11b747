import { z } from 'zod';
import { programmeSchema } from './schema/enums.ts';

/**
 * The stages a run goes through, in order, as its history entry names them: `publishing` is
 * its recorded publish step (the swap or update in place under way), `swapped` the engine
 * serving its results before its stores are moved into place.
 */
export const ingestStageSchema = z.enum([
  'starting',
  'reading',
  'merging',
  'building',
  'publishing',
  'swapped',
  'moving',
]);
export type IngestStage = z.output<typeof ingestStageSchema>;

const locatedSchema = z.object({
  file: z.string(),
  /** Spreadsheet row (header rows count), NDJSON line, or 1-based item of a JSON page; 0 = the file. */
  row: z.int().min(0),
  page: z.int().min(1).optional(),
  field: z.string(),
  reason: z.string(),
});

const fileStatsSchema = z.object({
  file: z.string(),
  programme: programmeSchema,
  read: z.int(),
  accepted: z.int(),
  rejected: z.int(),
  warnings: z.int(),
});

/** The JSON `--report` writes, and what the summary table prints. */
export const ingestReportSchema = z.object({
  files: z.array(fileStatsSchema),
  rejected: z.array(locatedSchema),
  warnings: z.array(locatedSchema),
  /** Accepted source records that joined another record of the same innovation. */
  merged: z.int(),
  /** Innovations after merging. */
  total: z.int(),
  /**
   * What `merged` and `total` count: every stored record of every programme, as a publishing run
   * merges them (`catalogue`), or a dry run's inputs alone (`inputs`).
   */
  scope: z.enum(['catalogue', 'inputs']).default('catalogue'),
  /** Ids given anew so that no two innovations share one (a changed record split an innovation). */
  renamed: z.array(z.object({ from: z.string(), to: z.string(), title: z.string() })).default([]),
});

export type IngestReport = z.output<typeof ingestReportSchema>;
export type FileStats = z.output<typeof fileStatsSchema>;
export type LocatedIssue = z.output<typeof locatedSchema>;

/** `kipp-2019.xlsx row 14, Tahun: "20019" is not a year` */
export function formatIssue(issue: LocatedIssue): string {
  const where =
    issue.row === 0 ? '' : ` ${issue.page ? `page ${issue.page} item` : 'row'} ${issue.row}`;
  return `${issue.file}${where}, ${issue.field}: ${issue.reason}`;
}
