import { z } from 'zod';
import { failure, type HttpFailure } from '../../../http/failure.ts';
import type { FormFile } from '../../../http/multipart-form.ts';
import type { Config } from '../../../infra/config.ts';
import type { NewIngestJob, UploadedFile } from '../../../infra/database/ingest-jobs-types.ts';
import { programmeNames } from '../../../i18n/labels.ts';
import type { Locale } from '../../../i18n/locales.ts';
import { translator, type MessageKey, type MessageValues } from '../../../i18n/t.ts';
import { programmeReads, type UploadType } from '../../../lib/ingest-job/schema.ts';
import { sniffUpload } from '../../../lib/ingest-job/sniff.ts';
import { programmeSchema, type Programme } from '../../../lib/schema/enums.ts';

/** The form's fields: `program`, `mode` (`periksa` checks only, `terbitkan` publishes), `url`. */
const jobFormSchema = z.object({
  program: programmeSchema,
  mode: z.enum(['periksa', 'terbitkan']),
  url: z
    .string()
    .trim()
    .max(2000)
    .optional()
    .transform((text) => (text === '' ? undefined : text))
    .pipe(z.url({ protocol: /^https?$/ }).optional()),
});

/** What the form asked for, or why it is refused (a message for the page, the fields at fault). */
export type JobRequest =
  | { ok: true; job: Omit<NewIngestJob, 'createdBy' | 'now'> }
  | {
      ok: false;
      failure: HttpFailure;
      message: MessageKey;
      values?: MessageValues;
      fields?: Partial<Record<'program' | 'mode' | 'url' | 'files', MessageKey>>;
    };

/**
 * Reads an upload form into a job, refusing: a missing or unknown programme or mode, or a bad
 * URL (400); neither files nor a URL, or both, or a URL for another programme than InoLAN
 * (400); too many files (400); a file that is none of the kinds an ingest reads, by its content,
 * or a kind its programme's exports never come as (415). Names are kept for display only.
 */
export function jobRequest(
  fields: Readonly<Record<string, string>>,
  files: readonly FormFile[],
  config: Pick<Config, 'INGEST_UPLOAD_MAX_FILES'>,
  locale: Locale,
): JobRequest {
  const parsed = jobFormSchema.safeParse(fields);
  if (!parsed.success) return invalid(fieldsOf(parsed.error.issues));
  const { program, mode, url } = parsed.data;
  if ((url === undefined) === (files.length === 0))
    return invalid({ files: 'ingest.error.source' });
  if (url !== undefined && program !== 'inolan')
    return invalid({ url: 'ingest.error.urlProgramme' });
  if (files.length > config.INGEST_UPLOAD_MAX_FILES) {
    return {
      ...invalid({ files: 'ingest.error.tooMany' }),
      message: 'ingest.error.tooMany',
      values: { max: config.INGEST_UPLOAD_MAX_FILES },
    };
  }
  const uploaded: UploadedFile[] = [];
  for (const [index, file] of files.entries()) {
    const name = displayName(file.name, index);
    const type = sniffUpload(file.bytes);
    if (type === undefined) return wrongType({ name }, locale);
    if (!programmeReads[program].includes(type)) {
      return wrongType({ name }, locale, { programme: program, type });
    }
    uploaded.push({ name, type, bytes: file.bytes });
  }
  return {
    ok: true,
    job: { programme: program, dryRun: mode === 'periksa', ...(url && { url }), files: uploaded },
  };
}

/**
 * The name a file is shown under: its last path segment as the browser sent it, without control
 * or direction-override characters, at most 200 characters; `berkas-2` when nothing is left.
 */
export function displayName(sent: string, index: number): string {
  const last = sent.split(/[\\/]/).at(-1) ?? '';
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const clean = last.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '').trim();
  return clean === '' ? `berkas-${String(index + 1)}` : clean.slice(0, 200);
}

// --- internal ---

type Refusal = Extract<JobRequest, { ok: false }>;

function invalid(fields: NonNullable<Refusal['fields']>): Refusal {
  const [first] = Object.values(fields);
  return { ok: false, failure: failure('invalid'), message: first ?? 'error.invalid', fields };
}

function fieldsOf(issues: readonly z.core.$ZodIssue[]): NonNullable<Refusal['fields']> {
  const fields: NonNullable<Refusal['fields']> = {};
  for (const issue of issues) {
    const [path] = issue.path;
    if (path === 'program') fields.program = 'ingest.error.programme';
    if (path === 'mode') fields.mode = 'ingest.error.mode';
    if (path === 'url') fields.url = 'ingest.error.url';
  }
  return fields;
}

/**
 * A file of the wrong kind (415), its message naming it and, when it is a kind its programme
 * does not read, what it is and what the programme reads, in the page's language.
 */
function wrongType(
  values: { name: string },
  locale: Locale,
  kinds?: { programme: Programme; type: UploadType },
): Refusal {
  const message = kinds === undefined ? 'ingest.error.unknownType' : 'ingest.error.wrongType';
  const t = translator(locale);
  const typeName = (type: UploadType) => t(`ingest.type.${type}`);
  return {
    ok: false,
    failure: failure('unsupported-media-type'),
    message,
    values: {
      ...values,
      ...(kinds && {
        programme: programmeNames[kinds.programme][locale],
        type: typeName(kinds.type),
        reads: new Intl.ListFormat(locale, { type: 'disjunction' }).format(
          programmeReads[kinds.programme].map(typeName),
        ),
      }),
    },
    fields: { files: message },
  };
}
