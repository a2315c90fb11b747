import { z } from 'zod';

/** The statuses an agency may state (never `tidak-diketahui`: it knows its own innovation). */
export const agencyStatuses = ['berlanjut', 'berkembang', 'berhenti', 'vakum'] as const;
export const agencyStatusSchema = z.enum(agencyStatuses);
export type AgencyStatus = z.output<typeof agencyStatusSchema>;

/** Where an update stands: awaiting review, live, refused, or replaced by a later one. */
export const updateStates = ['pending', 'published', 'rejected', 'superseded'] as const;
export type UpdateState = (typeof updateStates)[number];

/** Who said a status: the programme's export, or the agency that runs the innovation. */
export const statementSources = ['programme', 'agency'] as const;
export type StatementSource = (typeof statementSources)[number];

/** A link only ever to a public web page: http(s), at most 500 characters. */
export const publicLinkSchema = z
  .url({ protocol: /^https?$/, hostname: z.regexes.domain })
  .max(500);

/** An office's telephone as a person dials it: digits, spaces, `+`, `-`, `(`, `)`. */
export const officePhoneSchema = z
  .string()
  .regex(/^\+?[0-9][0-9 ()-]{5,22}$/)
  .refine((phone) => phone.replace(/\D/g, '').length >= 6);

export const documentLinkSchema = z
  .object({ title: z.string().min(1).max(200), url: publicLinkSchema })
  .strict();
export type DocumentLink = z.output<typeof documentLinkSchema>;

/**
 * How another agency reaches the office to replicate: at least one way, never a person's own
 * (named `office…`, apart from a registrant's private `email` and `phone`).
 */
export const replicationContactSchema = z
  .object({
    // A pattern, not `z.email()`: the form checks addresses with `z.email()`; the public
    // schema's JSON Schema must not name `email`, the word of a registrant's private address.
    officeEmail: z
      .string()
      .max(254)
      .regex(/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/)
      .optional(),
    officePhone: officePhoneSchema.optional(),
    officeWebsite: publicLinkSchema.optional(),
  })
  .strict();
export type ReplicationContact = z.output<typeof replicationContactSchema>;

/** What an agency publishes about its innovation for those who want to replicate it. */
export const replicationSchema = z
  .object({
    contact: replicationContactSchema,
    howTo: z.string().min(1).max(4000).optional(),
    documents: z.array(documentLinkSchema).max(5),
  })
  .strict();
export type Replication = z.output<typeof replicationSchema>;

/** One dated statement of a status, as the record's history lists it. */
export const statusStatementSchema = z
  .object({
    status: z.enum(['berlanjut', 'berkembang', 'berhenti', 'vakum', 'tidak-diketahui']),
    asOf: z.iso.date().optional(),
    source: z.enum(statementSources),
    /** What the agency said changed (its own words, shown as text). */
    change: z.string().min(1).max(2000).optional(),
  })
  .strict();
export type StatusStatement = z.output<typeof statusStatementSchema>;

/** An agency's update as it is submitted (the form, checked). */
export interface UpdateContent {
  status: AgencyStatus;
  asOf: string;
  whatChanged: string;
  replication: Replication;
}
