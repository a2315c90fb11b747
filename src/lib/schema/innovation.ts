import { z } from 'zod';
import {
  awardLevelSchema,
  clusterSchema,
  programmeSchema,
  stageSchema,
  statusSchema,
} from './enums.ts';
import { sectorSchema } from '../taxonomy/sectors.ts';
import { replicationSchema, statementSources, statusStatementSchema } from '../agency/update.ts';

/** A year any programme could hold a record for. */
export const yearSchema = z.int().min(2000).max(2100);

/** ISO date at the precision the source gives: `2016`, `2016-03`, `2016-03-17`. */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/);

export const sdgSchema = z.int().min(1).max(17);

const sectionText = z.string().min(1).optional();

/** Plain-text narrative sections; keys follow `sectionKeys`. */
export const sectionsSchema = z
  .object({
    background: sectionText,
    novelty: sectionText,
    implementation: sectionText,
    impact: sectionText,
    adaptability: sectionText,
    resources: sectionText,
    sustainability: sectionText,
    goals: sectionText,
    benefits: sectionText,
    results: sectionText,
  })
  .strict();

/** Section keys in reading order. */
export const sectionKeys = sectionsSchema.keyof().options;
export type SectionKey = (typeof sectionKeys)[number];

export const awardSchema = z
  .object({
    programme: programmeSchema,
    year: yearSchema,
    level: awardLevelSchema,
    /** The label as the source wrote it, e.g. `Top 99` or `Kabupaten Terinovatif`. */
    label: z.string().min(1),
  })
  .strict();

export const provenanceSchema = z
  .object({ programme: programmeSchema, sourceId: z.string().min(1), year: yearSchema })
  .strict();

/**
 * The narrative of one source record, whole: its summary and sections as that record wrote
 * them, so one view never mixes the texts and figures of two records.
 */
export const narrativeSchema = z
  .object({ source: provenanceSchema, summary: z.string(), sections: sectionsSchema })
  .strict();

/**
 * The public record: exactly the data dictionary of PRODUCT.md. It is the contract for the
 * index, the pages, the API and the downloads; `.strict()` keeps anything else (contact data
 * above all) from ever passing.
 */
export const innovationSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be URL-safe'),
    title: z.string().min(1),
    acronym: z.string().min(1).optional(),
    expansion: z.string().min(1).optional(),
    summary: z.string(),
    sections: sectionsSchema,
    /** The source record `summary` and `sections` come from, as one unit. */
    narrativeSource: provenanceSchema.optional(),
    /** The narratives of the other source records, where they differ, oldest first. */
    otherNarratives: z.array(narrativeSchema).optional(),
    year: yearSchema,
    years: z.array(yearSchema).min(1),
    agency: z.string().min(1),
    unit: z.string().min(1).optional(),
    cluster: clusterSchema,
    provinceCode: z
      .string()
      .regex(/^\d{2}$/)
      .optional(),
    province: z.string().min(1).optional(),
    regencyCode: z
      .string()
      .regex(/^\d{2}\.\d{2}$/)
      .optional(),
    regency: z.string().min(1).optional(),
    sectors: z.array(sectorSchema),
    categories: z.array(z.string().min(1)),
    sdgs: z.array(sdgSchema),
    startedOn: partialDateSchema.optional(),
    digital: z.boolean().optional(),
    stage: stageSchema.optional(),
    status: statusSchema,
    statusUpdatedAt: z.iso.date().optional(),
    /** Who said the status: the programme's export, or the agency (an approved update). */
    statusSource: z.enum(statementSources).optional(),
    /** Every dated status statement, programme's and agency's, newest first (agency layer). */
    statusHistory: z.array(statusStatementSchema).optional(),
    /** The agency's public replication contact, how to replicate, documents (agency layer). */
    replication: replicationSchema.optional(),
    awards: z.array(awardSchema),
    programmes: z.array(programmeSchema).min(1),
    provenance: z.array(provenanceSchema).min(1),
    innovators: z.array(z.string().min(1)),
    videoUrl: z.url({ protocol: /^https?$/ }).optional(),
    interestCount: z.int().min(0),
    replicationCount: z.int().min(0),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .strict();

export type Innovation = z.output<typeof innovationSchema>;

/** The public record's fields: all the index displays, the API returns, a document copies. */
export const publicFields = innovationSchema.keyof().options;

/** The public record of anything holding one (an engine hit), whatever else it carries dropped. */
export const publicRecordSchema = innovationSchema.strip();
export type Award = z.output<typeof awardSchema>;
export type Provenance = z.output<typeof provenanceSchema>;
export type Sections = z.output<typeof sectionsSchema>;
export type Narrative = z.output<typeof narrativeSchema>;
