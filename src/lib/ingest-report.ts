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

/** The fields whose completeness the data-quality dashboard shows, in its order. */
export const qualityFields = [
  'summary',
  'sections',
  'unit',
  'province',
  'regency',
  'categories',
  'sectors',
  'sdgs',
  'startedOn',
  'digital',
  'stage',
  'status',
  'statusUpdatedAt',
  'awards',
  'innovators',
  'videoUrl',
] as const;

export type QualityField = (typeof qualityFields)[number];

/** Per programme and year: how many source records, and how many fill each field. */
const completenessSchema = z.object({
  programme: programmeSchema,
  year: z.int(),
  records: z.int(),
  filled: z.partialRecord(z.enum(qualityFields), z.int()),
});

/**
 * One entry of the review list: innovations the rule may have got wrong. `similar-titles`: one
 * anchor, titles alike, left apart; `neighbour-title`: one title in two regions of a province;
 * `bare-acronym`: a record titled only by an acronym that the rule joined to an expansion
 * (`ambiguous` when another innovation there has the acronym with another expansion).
 */
export const reviewItemSchema = z.object({
  kind: z.enum(['similar-titles', 'neighbour-title', 'bare-acronym']),
  innovations: z.array(z.object({ id: z.string(), title: z.string() })).min(1),
  /** The anchor's region or agency, as people read it. */
  place: z.string(),
  /** The bare title that joined (`bare-acronym`). */
  bare: z.string().optional(),
  ambiguous: z.boolean().optional(),
  /** How alike the titles are, 0 to 1 (`similar-titles`). */
  similarity: z.number().optional(),
});

export type ReviewItem = z.output<typeof reviewItemSchema>;

/** What a publishing run found of the data's quality (the administrators' dashboard). */
export const qualitySchema = z.object({
  completeness: z.array(completenessSchema),
  unknownStatus: z.object({ records: z.int(), unknown: z.int() }),
  review: z.array(reviewItemSchema),
  /** Entries found, of which `review` holds at most the first few hundred. */
  reviewTotal: z.int(),
});

export type Quality = z.output<typeof qualitySchema>;

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
  /** Ids this run no longer gives: answered 301 to where their records went, or 410. */
  ids: z.object({ moved: z.int(), gone: z.int() }).optional(),
  /** Curation decisions applied (`ingest/merge/curation.ts`). */
  decisions: z.int().optional(),
  quality: qualitySchema.optional(),
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
