import { z } from 'zod';
import { publicLinkSchema } from '../agency/update.ts';
import { clusterSchema } from '../schema/enums.ts';

/**
 * Replication with evidence. Moving to `mereplikasi` is reported with the agreement
 * (kesepakatan), moving to `tereplikasi` with the implementation; each is confirmed or rejected
 * by the innovating agency or an administrator. Only a confirmed implementation counts as a
 * replication (`replicationCount`), and it gets a verification code.
 */
export const evidenceKinds = ['agreement', 'implementation'] as const;
export const evidenceKindSchema = z.enum(evidenceKinds);
export type EvidenceKind = z.output<typeof evidenceKindSchema>;

export const evidenceStates = ['reported', 'confirmed', 'rejected'] as const;
export type EvidenceState = (typeof evidenceStates)[number];

/** The stage each kind of evidence reports (and the stage its rejection goes back from). */
export const stageOfEvidence = {
  agreement: 'mereplikasi',
  implementation: 'tereplikasi',
} as const satisfies Record<EvidenceKind, string>;

/** Who decided on a report: the innovating agency's person, or an administrator. */
export const deciderRoles = ['agency', 'admin'] as const;
export type DeciderRole = (typeof deciderRoles)[number];

/** The media types a document may have, as detected from its bytes. */
export const documentTypes = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export type DocumentType = (typeof documentTypes)[number];

/** At most this many bytes per document, and per entry this many documents and bytes. */
export const documentLimits = {
  bytes: 10 * 1024 * 1024,
  perEntry: 6,
  perEntryBytes: 25 * 1024 * 1024,
} as const;

const text = (max: number) => z.string().trim().min(3).max(max);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((value) => (value === undefined || value === '' ? undefined : value));

/** A day (`2026-03-17`), in 2000 or later and not after `today` (the form's "not in the future"). */
export function daySchema(today: string) {
  return z.iso
    .date()
    .refine((day) => day >= '2000-01-01' && day <= today, { error: 'out of range' });
}

/** An innovation id as the index writes it (URL-safe). */
export const innovationIdSchema = z
  .string()
  .max(120)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

/**
 * The replica: the replicating agency's own innovation in the index (its later KIPP or IGA
 * entry), given as its id or as the address of its page (`…/inovasi/<id>`).
 */
const replicaSchema = z
  .string()
  .trim()
  .max(300)
  .optional()
  .transform((value) => {
    if (value === undefined || value === '') return undefined;
    const segment = value.split(/[?#]/)[0]?.split('/').filter(Boolean).at(-1) ?? '';
    return segment.toLowerCase();
  })
  .pipe(innovationIdSchema.optional());

/** The agreement as the registrant reports it (the two agencies come from the entry). */
export function agreementFormSchema(today: string) {
  return z.object({
    tanggal: daySchema(today),
    adaptasi: text(2000),
  });
}

/** The implementation as the registrant reports it. */
export function implementationFormSchema(today: string) {
  return z.object({
    tanggal: daySchema(today),
    adaptasi: text(2000),
    hasil: text(2000),
    tautan: z
      .string()
      .trim()
      .optional()
      .transform((value) => (value === '' ? undefined : value))
      .pipe(publicLinkSchema.optional()),
    replika: replicaSchema,
  });
}

/** The fields of a report, both kinds: what the store keeps besides the document. */
export interface ReportFields {
  date: string;
  adapted: string;
  results?: string | undefined;
  publicLink?: string | undefined;
  replicaId?: string | undefined;
}

/** Whether the uploader makes its document public (a ticked box); private otherwise. */
export const documentPublicSchema = z
  .string()
  .optional()
  .transform((value) => value === 'ya' || value === 'on');

/** The reason of a rejection: required, mailed to the registrant. */
export const rejectionReasonSchema = optionalText(1000).pipe(z.string().min(3));

/**
 * A verification code: 12 characters of Crockford's base 32 (no I, L, O, U) in three groups,
 * 60 random bits: printed on a certificate, typed back to check it. Never derived from an id.
 */
export const verificationCodePattern =
  /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

/** A typed code as stored: upper case, `O` read as 0 and `I`/`L` as 1, as Crockford's reading. */
export function normaliseCode(typed: string): string | undefined {
  const code = typed.trim().toUpperCase().replace(/O/g, '0').replace(/[IL]/g, '1');
  return verificationCodePattern.test(code) ? code : undefined;
}

/**
 * A confirmed replication as the public sees it: the replicating agency and its region, dates
 * and the code. Never a person, a way to reach one, or a private document.
 */
export const publicReplicationSchema = z.object({
  code: z.string(),
  innovationId: z.string(),
  agency: z.string(),
  cluster: clusterSchema,
  provinceCode: z.string(),
  regencyCode: z.string().optional(),
  /** The agreement's date, when its report was confirmed. */
  agreedOn: z.string().optional(),
  /** The day the service started at the replicating agency. */
  startedOn: z.string(),
  /** When the implementation was confirmed (ISO timestamp). */
  confirmedAt: z.string(),
  /** The replicating agency's own innovation in the index, when it named one. */
  replicaId: z.string().optional(),
});
export type PublicReplication = z.output<typeof publicReplicationSchema>;

/** A confirmed replication as open data: the public fields and its region's names. */
export const replicationRecordSchema = publicReplicationSchema.extend({
  province: z.string().optional(),
  regency: z.string().optional(),
});
export type ReplicationRecord = z.output<typeof replicationRecordSchema>;

/** What `GET /api/v1/replications` answers: the records and the trends chart's numbers. */
export const replicationsAnswerSchema = z.object({
  total: z.int().min(0),
  perYear: z.array(z.object({ year: z.int(), count: z.int().min(0) })),
  /** Median days from registering interest to the confirmed implementation. */
  medianDays: z.number().min(0).optional(),
  data: z.array(replicationRecordSchema),
});
