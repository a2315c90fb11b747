import { z } from 'zod';
import {
  activeStages,
  interestStageSchema,
  type InterestStage,
  type PublicActivity,
  type PublicEntry,
} from '../../lib/interest/schema.ts';
import { locales } from '../../i18n/locales.ts';
import { clusterSchema } from '../../lib/schema/enums.ts';
import type { IngestRunRecord, InterestCounts, NewRegistration, Registration } from './types.ts';

/**
 * Rows as either database hands them back: SQLite gives 0/1 and ISO text, PostgreSQL gives
 * booleans and Dates. Both are parsed into the same values, so the two stores answer alike.
 */
export const flag = z
  .union([z.boolean(), z.int()])
  .transform((value) => value === true || value === 1);
export const timestamp = z
  .union([z.string(), z.date()])
  .transform((value) => (typeof value === 'string' ? value : value.toISOString()));
export const optional = z
  .string()
  .nullable()
  .transform((value) => value ?? undefined);

const registrationRowSchema = z.object({
  id: z.int(),
  innovation_id: z.string(),
  agency_key: z.string(),
  agency: z.string(),
  cluster: clusterSchema,
  province_code: z.string(),
  regency_code: optional,
  contact_name: z.string(),
  email: z.string(),
  phone: z.string(),
  note: optional,
  stage: interestStageSchema,
  hidden: flag,
  registrations: z.int(),
  created_at: timestamp,
  updated_at: timestamp,
  stage_changed_at: timestamp,
  locale: z.enum(locales),
  confirmed_at: timestamp.nullable().transform((value) => value ?? undefined),
  share_email: flag,
  share_phone: flag,
  stage_confirmed_at: timestamp.nullable().transform((value) => value ?? undefined),
});

export function toRegistration(row: unknown): Registration {
  const r = registrationRowSchema.parse(row);
  return {
    id: r.id,
    innovationId: r.innovation_id,
    agencyKey: r.agency_key,
    agency: r.agency,
    cluster: r.cluster,
    provinceCode: r.province_code,
    regencyCode: r.regency_code,
    contactName: r.contact_name,
    email: r.email,
    phone: r.phone,
    note: r.note,
    // A registration is only ever stored with consent (the input schema demands it).
    consent: true,
    stage: r.stage,
    hidden: r.hidden,
    registrations: r.registrations,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    stageChangedAt: r.stage_changed_at,
    locale: r.locale,
    confirmedAt: r.confirmed_at,
    shareEmail: r.share_email,
    sharePhone: r.share_phone,
    stageConfirmedAt: r.stage_confirmed_at,
  };
}

const json = z.string().transform((text): unknown => JSON.parse(text));

const ingestRunRowSchema = z.object({
  id: z.int(),
  started_at: timestamp,
  finished_at: timestamp,
  status: z.enum(['running', 'ok', 'failed']),
  stage: optional,
  dry_run: flag,
  published: flag,
  inputs: json.pipe(z.array(z.string())),
  total: z.int(),
  rejected: z.int(),
  warnings: z.int(),
  report: json,
  error: optional,
  holder: optional,
  started_by: optional,
});

export function toIngestRun(row: unknown): IngestRunRecord {
  const r = ingestRunRowSchema.parse(row);
  return {
    id: r.id,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    status: r.status,
    dryRun: r.dry_run,
    published: r.published,
    inputs: r.inputs,
    total: r.total,
    rejected: r.rejected,
    warnings: r.warnings,
    report: r.report,
    ...(r.error === undefined ? {} : { error: r.error }),
    ...(r.stage !== undefined && { stage: r.stage }),
    ...(r.holder !== undefined && { holder: r.holder }),
    ...(r.started_by !== undefined && { startedBy: r.started_by }),
  };
}

/**
 * Timestamps are kept as `Date#toISOString()` (UTC, milliseconds): SQLite compares them as
 * text, PostgreSQL as timestamptz, and both give back the same string.
 */
export function isoTime(value: string): string {
  return new Date(value).toISOString();
}

/**
 * What the admin text filter searches: agency, contact name and e-mail, lower-cased here (not
 * by SQL, whose `lower()` differs between the databases and outside ASCII), one per line.
 */
export function searchText(entry: Pick<NewRegistration, 'agency' | 'contactName' | 'email'>) {
  return [entry.agency, entry.contactName, entry.email].join('\n').toLowerCase();
}

/** The admin text filter, folded the same way as `searchText`. */
export function searchNeedle(text: string): string {
  return text.trim().toLowerCase();
}

const publicEntryRowSchema = registrationRowSchema.pick({
  agency: true,
  cluster: true,
  province_code: true,
  regency_code: true,
  stage: true,
  stage_changed_at: true,
  stage_confirmed_at: true,
});

const stageCountRowSchema = z.object({
  stage: interestStageSchema,
  n: z.int(),
  confirmed: z.int().optional(),
});

/** The public activity from the stage counts and the active entries (rows without contact). */
export function toActivity(
  innovationId: string,
  countRows: readonly unknown[],
  entryRows: readonly unknown[],
): PublicActivity {
  const counts: Record<InterestStage, number> = {
    berminat: 0,
    berkomunikasi: 0,
    mereplikasi: 0,
    tereplikasi: 0,
    batal: 0,
  };
  const confirmedCounts = { mereplikasi: 0, tereplikasi: 0 };
  for (const row of countRows) {
    const { stage, n, confirmed } = stageCountRowSchema.parse(row);
    counts[stage] = n;
    if (stage === 'mereplikasi' || stage === 'tereplikasi') confirmedCounts[stage] = confirmed ?? 0;
  }
  const entries = entryRows.map((row): PublicEntry => {
    const r = publicEntryRowSchema.parse(row);
    return {
      agency: r.agency,
      cluster: r.cluster,
      provinceCode: r.province_code,
      ...(r.regency_code === undefined ? {} : { regencyCode: r.regency_code }),
      stage: r.stage,
      stageChangedAt: r.stage_changed_at,
      ...evidenceOf(r.stage, r.stage_confirmed_at),
    };
  });
  return {
    innovationId,
    counts,
    confirmedCounts,
    interestCount: activeStages.reduce((sum, stage) => sum + counts[stage], 0),
    replicationCount: confirmedCounts.tereplikasi,
    entries,
  };
}

/** At a stage reported with evidence, whether that evidence was confirmed or only reported. */
function evidenceOf(stage: InterestStage, confirmedAt: string | undefined): Partial<PublicEntry> {
  if (stage !== 'mereplikasi' && stage !== 'tereplikasi') return {};
  return { evidence: confirmedAt === undefined ? 'reported' : 'confirmed' };
}

const countsRowSchema = z.object({
  innovation_id: z.string(),
  interest: z.int(),
  replication: z.int(),
});

/** Index counts by innovation; every asked-for innovation is present (0 when it has no entry). */
export function toCounts(
  rows: readonly unknown[],
  innovationIds?: readonly string[],
): Map<string, InterestCounts> {
  const counts = new Map<string, InterestCounts>(
    (innovationIds ?? []).map((id) => [id, { interestCount: 0, replicationCount: 0 }]),
  );
  for (const row of rows) {
    const r = countsRowSchema.parse(row);
    counts.set(r.innovation_id, { interestCount: r.interest, replicationCount: r.replication });
  }
  return counts;
}

// Built once: a zod 4 schema compiles its parser on first use, which costs more than a parse.
const countRowSchema = z.object({ n: z.int() });
const idRowSchema = z.object({ id: z.int() });
const maxIdRowSchema = z.object({ id: z.int().nullable() });

/** `n` of a `count(*) AS n` row. */
export const countOf = (row: unknown): number => countRowSchema.parse(row).n;

/** `id` of an `INSERT … RETURNING id` row. */
export const idOf = (row: unknown): number => idRowSchema.parse(row).id;

/** `id` of a `SELECT MAX(id) AS id` row: null when the table holds no such row. */
export const maxIdOf = (row: unknown): number | undefined =>
  maxIdRowSchema.parse(row).id ?? undefined;
