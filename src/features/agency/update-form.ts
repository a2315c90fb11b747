import { z } from 'zod';
import {
  agencyStatusSchema,
  documentLinkSchema,
  officePhoneSchema,
  publicLinkSchema,
  type UpdateContent,
} from '../../lib/agency/update.ts';

/** Document links the form offers (title and address each). */
export const DOCUMENT_SLOTS = 3;

/** The form's fields, as named in the HTML (Indonesian, like the portal's other forms). */
export const updateFields = [
  'status',
  'per',
  'perubahan',
  'email',
  'telepon',
  'situs',
  'cara',
  'dokumen',
] as const;
export type UpdateField = (typeof updateFields)[number];

/** What the form posted, as typed: shown again beside its field messages. */
export type UpdateDraft = Partial<Record<string, string>>;

export type ParsedUpdate =
  { ok: true; content: UpdateContent } | { ok: false; fields: UpdateField[]; draft: UpdateDraft };

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === '' ? undefined : value))
    .optional();

/** An ISO date from 2000 to tomorrow (the form's date may be today in any time zone). */
const asOfSchema = z.iso.date().refine((date) => {
  const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  return date >= '2000-01-01' && date <= tomorrow;
});

const formSchema = z.object({
  status: agencyStatusSchema,
  per: asOfSchema,
  perubahan: z.string().trim().min(1).max(2000),
  email: optionalText(254).pipe(z.email().optional()),
  telepon: optionalText(30).pipe(officePhoneSchema.optional()),
  situs: optionalText(500).pipe(publicLinkSchema.optional()),
  cara: optionalText(4000),
});

/**
 * Reads the pemutakhiran form: status, the date it is true as of, what changed, the office's
 * public replication contact (at least one of e-mail, phone, web page; never the address of the
 * person signed in, which is a person's own), how to replicate, up to three document links
 * (http(s) only, each with its title). Field names of every problem, never a thrown error.
 */
export function parseUpdateForm(
  data: Readonly<Record<string, unknown>>,
  personalEmail: string,
): ParsedUpdate {
  const draft = draftOf(data);
  const fields = new Set<UpdateField>();
  const parsed = formSchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) fields.add(fieldOf(issue.path[0]));
  }
  const documents = documentsOf(data);
  if (documents === undefined) fields.add('dokumen');
  if (text(data.email).toLowerCase() === personalEmail.toLowerCase()) fields.add('email');
  if (!parsed.success || documents === undefined) return { ok: false, fields: [...fields], draft };
  const { email, telepon, situs, cara } = parsed.data;
  if (email === undefined && telepon === undefined && situs === undefined) fields.add('email');
  if (fields.size > 0) return { ok: false, fields: [...fields], draft };
  return {
    ok: true,
    content: {
      status: parsed.data.status,
      asOf: parsed.data.per,
      whatChanged: parsed.data.perubahan,
      replication: {
        contact: {
          ...(email !== undefined && { officeEmail: email }),
          ...(telepon !== undefined && { officePhone: telepon }),
          ...(situs !== undefined && { officeWebsite: situs }),
        },
        ...(cara !== undefined && { howTo: cara }),
        documents,
      },
    },
  };
}

/** The field names of the document slots: `dokumen_judul_1`, `dokumen_tautan_1`, … */
export function documentFieldNames(slot: number): { title: string; url: string } {
  return { title: `dokumen_judul_${String(slot)}`, url: `dokumen_tautan_${String(slot)}` };
}

// --- internal ---

function fieldOf(key: PropertyKey | undefined): UpdateField {
  return updateFields.find((field) => field === key) ?? 'status';
}

/** The filled document slots, or undefined when one is half filled or not a public link. */
function documentsOf(data: Readonly<Record<string, unknown>>) {
  const documents = [];
  for (let slot = 1; slot <= DOCUMENT_SLOTS; slot += 1) {
    const names = documentFieldNames(slot);
    const title = text(data[names.title]);
    const url = text(data[names.url]);
    if (title === '' && url === '') continue;
    const link = documentLinkSchema.safeParse({ title, url });
    if (!link.success) return undefined;
    documents.push(link.data);
  }
  return documents;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

function draftOf(data: Readonly<Record<string, unknown>>): UpdateDraft {
  return Object.fromEntries(
    Object.entries(data)
      .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
      .map(([key, value]) => [key, value.slice(0, 4000)]),
  );
}
