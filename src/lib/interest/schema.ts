import { z } from 'zod';
import { clusterSchema } from '../schema/enums.ts';
import { hasLetter } from '../agency/fold.ts';

/**
 * Where an agency stands with an innovation it wants to replicate: interested → in contact →
 * replicating → replicated, or withdrawn (`batal`) at any point.
 */
export const interestStageSchema = z.enum([
  'berminat',
  'berkomunikasi',
  'mereplikasi',
  'tereplikasi',
  'batal',
]);
export type InterestStage = z.output<typeof interestStageSchema>;
export const interestStages = interestStageSchema.options;

/** The stages that count as interest in the index (`interestCount`): all but withdrawn. */
export const activeStages = ['berminat', 'berkomunikasi', 'mereplikasi', 'tereplikasi'] as const;

const trimmed = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) =>
  trimmed(max)
    .optional()
    .transform((value) => (value === undefined || value === '' ? undefined : value));

/**
 * What an agency sends to register its interest. Contact person, e-mail, phone and note are
 * PRIVATE: they are stored, shown to the registrant on its private page and to administrators,
 * exported only by the admin CSV, and never published anywhere else. The innovating agency
 * sees the note, and of the contact only what the registrant chose to share with it, field by
 * field (`shareEmail`: the contact person and e-mail; `sharePhone`: the phone): nothing unless
 * ticked. `consent` (required) is the agreement to keep the data for the registration.
 */
export const registrationInputSchema = z.object({
  /** A name with a letter of some script: `???` would fold to no agency at all. */
  agency: trimmed(200).min(3).refine(hasLetter),
  cluster: clusterSchema,
  provinceCode: z.string().regex(/^\d{2}$/),
  /** Optional: a ministry or agency of the central government has no regency. */
  regencyCode: z
    .string()
    .regex(/^(\d{2}\.\d{2})?$/)
    .optional()
    .transform((value) => (value === '' ? undefined : value)),
  contactName: trimmed(120).min(2),
  email: z.email().max(200),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9][0-9 ().-]{6,22}$/),
  note: optionalText(2000),
  consent: z.literal(true),
  shareEmail: z.boolean().default(false),
  sharePhone: z.boolean().default(false),
});
/** The contact fields a registrant may share with the innovating agency, each on its own. */
export const sharedContactFields = ['shareEmail', 'sharePhone'] as const;
export type RegistrationInput = z.output<typeof registrationInputSchema>;
export type RegistrationField = keyof RegistrationInput;
export const registrationFields = registrationInputSchema.keyof().options;

/** The fields of a registration that may be published: never a person or a way to reach one. */
export const publicEntrySchema = z.object({
  agency: z.string(),
  cluster: clusterSchema,
  provinceCode: z.string(),
  regencyCode: z.string().optional(),
  stage: interestStageSchema,
  /** ISO timestamp of the entry's last stage change. */
  stageChangedAt: z.string(),
  /**
   * At `mereplikasi` and `tereplikasi`: whether the evidence of the stage (the agreement, the
   * implementation) was confirmed by the innovating agency or an administrator, or only
   * reported by the registrant.
   */
  evidence: z.enum(['reported', 'confirmed']).optional(),
});
export type PublicEntry = z.output<typeof publicEntrySchema>;

/**
 * The public list holds the most recent entries only, so a popular innovation's page stays
 * small; the counts are always exact.
 */
export const publicEntryLimit = 100;

/** What the innovation page shows and `GET /api/inovasi/<id>/minat` answers. */
export const publicActivitySchema = z.object({
  innovationId: z.string(),
  counts: z.record(interestStageSchema, z.int().min(0)),
  /** Of the entries at the stages reported with evidence, those whose evidence was confirmed. */
  confirmedCounts: z.object({ mereplikasi: z.int().min(0), tereplikasi: z.int().min(0) }),
  interestCount: z.int().min(0),
  /** Confirmed replications only: what `replicationCount` in the index holds. */
  replicationCount: z.int().min(0),
  /** Active entries (not withdrawn, not hidden), the most recent stage change first, at most `publicEntryLimit`. */
  entries: z.array(publicEntrySchema),
});
export type PublicActivity = z.output<typeof publicActivitySchema>;

/** An innovation's numbers without its list: what a registration is answered with. */
export type ActivityTotals = Pick<
  PublicActivity,
  'counts' | 'confirmedCounts' | 'interestCount' | 'replicationCount'
>;
