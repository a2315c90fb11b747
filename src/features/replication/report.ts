import type { z } from 'zod';
import {
  failure,
  invalidFields,
  type FieldMessages,
  type HttpFailure,
} from '../../http/failure.ts';
import { fileFailure, type UploadedFile } from '../../http/multipart.ts';
import type { MessageKey } from '../../i18n/t.ts';
import type { Evidence, NewDocument } from '../../infra/database/replication-types.ts';
import type { Registration } from '../../infra/database/types.ts';
import {
  agreementFormSchema,
  documentLimits,
  documentPublicSchema,
  implementationFormSchema,
  type EvidenceKind,
  type ReportFields,
} from '../../lib/replication/schema.ts';
import { problemsByField } from '../../lib/zod-issues.ts';
import { agenciesOf, agencyIdentity } from '../../lib/agency/name.ts';
import { peopleOf } from '../interest/registered.ts';
import type { Portal } from '../../portal/types.ts';
import { innovationAgency, innovationTitle } from '../interest/innovation-title.ts';
import { checkDocument } from './document-check.ts';
import { reportedMail } from './mail.ts';

/** What a report came to: stored (the entry moved), or refused with what to correct. */
export type ReportOutcome =
  { kind: 'reported'; evidence: Evidence } | { kind: 'refused'; failure: HttpFailure };

/** The report an entry may send at its stage, if any. */
export function reportableKind(
  entry: Pick<Registration, 'stage' | 'stageConfirmedAt'>,
): EvidenceKind | undefined {
  if (entry.stage === 'berminat' || entry.stage === 'berkomunikasi') return 'agreement';
  if (entry.stage === 'mereplikasi' && entry.stageConfirmedAt !== undefined) {
    return 'implementation';
  }
  return undefined;
}

/** What a report takes of the portal. */
export type ReportPortal = Pick<
  Portal,
  'database' | 'search' | 'innovations' | 'touchCounts' | 'mail' | 'regions'
>;

/**
 * A registrant's report of its agreement or implementation, with at most one document: the
 * fields are checked (dates not in the future, http(s) links, a replica that is the
 * registrant's agency's own innovation), the document by its bytes and against the entry's
 * limits; then, in one transaction, the report and its document are stored, the entry moves to
 * the stage it reports, and the innovating agency's people (its administrators' while it has no
 * account) are mailed to decide. Nothing is stored when anything is refused.
 */
export async function reportEvidence(
  portal: ReportPortal,
  entry: Registration,
  posted: { fields: Record<string, string>; file: UploadedFile | undefined },
  origin: string,
  now = new Date(),
): Promise<ReportOutcome> {
  const kind = reportableKind(entry);
  if (kind === undefined || posted.fields.laporan !== kindField[kind]) {
    return refused(failure('invalid', { fields: { laporan: 'replication.error.stage' } }));
  }
  const fields = await readFields(portal, entry, kind, posted.fields, now);
  if (!fields.ok) return refused(invalidFields(fields.problems));
  const document = await readDocument(portal, entry, posted);
  if (!document.ok) return refused(document.failure);
  const [title, owner] = await Promise.all([
    innovationTitle(portal, entry.innovationId),
    innovationAgency(portal, entry.innovationId),
  ]);
  const store = await portal.database();
  const at = now.toISOString();
  const evidence = await store.transaction(async (tx) => {
    const current = await tx.byId(entry.id);
    if (current === undefined || reportableKind(current) !== kind) return undefined;
    const stored = await tx.reportEvidence(
      {
        ...fields.value,
        registrationId: entry.id,
        kind,
        innovatingAgency: owner?.agency ?? title,
        now: at,
      },
      document.value,
    );
    const people = await peopleOf(tx, owner);
    const forward = people.length === 0;
    const region = regionOf(portal, entry);
    for (const person of forward ? await tx.accountsOf(undefined) : people) {
      const about = { innovationId: entry.innovationId, title };
      const mail = reportedMail(origin, person, { ...entry, region }, stored, about, forward);
      await tx.enqueueMail(mail, at);
    }
    return stored;
  });
  if (evidence === undefined) {
    return refused(failure('invalid', { fields: { laporan: 'replication.error.stage' } }));
  }
  portal.touchCounts(entry.innovationId);
  portal.mail.kick();
  return { kind: 'reported', evidence };
}

/** The value of the form's `laporan` field for each kind of report. */
export const kindField = {
  agreement: 'kesepakatan',
  implementation: 'implementasi',
} as const satisfies Record<EvidenceKind, string>;

// --- internal ---

function refused(reason: HttpFailure): ReportOutcome {
  return { kind: 'refused', failure: reason };
}

function regionOf(portal: Pick<Portal, 'regions'>, entry: Registration): string {
  const code = entry.regencyCode ?? entry.provinceCode;
  return portal.regions().byCode(code)?.name ?? code;
}

const fieldMessages: Record<string, MessageKey> = {
  tanggal: 'replication.error.date',
  adaptasi: 'replication.error.text',
  hasil: 'replication.error.text',
  tautan: 'replication.error.link',
  replika: 'replication.error.replica',
};

/** The latest day anywhere in Indonesia (UTC+9): a date typed in Jayapura is never "future". */
function todayInIndonesia(now: Date): string {
  return new Date(now.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
}

async function readFields(
  portal: ReportPortal,
  entry: Registration,
  kind: EvidenceKind,
  data: Record<string, string>,
  now: Date,
): Promise<{ ok: true; value: ReportFields } | { ok: false; problems: FieldMessages }> {
  const parsed = parseReport(kind, data, todayInIndonesia(now));
  if (!parsed.success) {
    const problems = problemsByField(parsed.error.issues, (path) => {
      const field = path[0];
      return typeof field === 'string' && field in fieldMessages ? field : undefined;
    });
    const messages = Object.keys(problems).map((field) => [field, fieldMessages[field]]);
    return { ok: false, problems: Object.fromEntries(messages) as FieldMessages };
  }
  const value = parsed.data;
  if (value.replicaId !== undefined && !(await isOwnReplica(portal, entry, value.replicaId))) {
    return { ok: false, problems: { replika: 'replication.error.replica' } };
  }
  return { ok: true, value };
}

/** The form's fields as a report's, by its kind. */
function parseReport(
  kind: EvidenceKind,
  data: Record<string, string>,
  today: string,
): z.ZodSafeParseResult<ReportFields> {
  if (kind === 'agreement') {
    return agreementFormSchema(today)
      .transform((form) => ({ date: form.tanggal, adapted: form.adaptasi }))
      .safeParse(data);
  }
  return implementationFormSchema(today)
    .transform((form) => ({
      date: form.tanggal,
      adapted: form.adaptasi,
      results: form.hasil,
      publicLink: form.tautan,
      replicaId: form.replika,
    }))
    .safeParse(data);
}

/** A replica must be another innovation in the index, of the registrant's own agency. */
async function isOwnReplica(
  portal: ReportPortal,
  entry: Registration,
  replicaId: string,
): Promise<boolean> {
  if (replicaId === entry.innovationId || !(await portal.innovations.exists(replicaId))) {
    return false;
  }
  const agency = await innovationAgency(portal, replicaId);
  const own = agencyIdentity(entry.agency);
  return agency !== undefined && agenciesOf(agency).some(({ key }) => key === own);
}

async function readDocument(
  portal: ReportPortal,
  entry: Registration,
  posted: { fields: Record<string, string>; file: UploadedFile | undefined },
): Promise<{ ok: true; value: NewDocument | undefined } | { ok: false; failure: HttpFailure }> {
  const { file } = posted;
  if (file === undefined) return { ok: true, value: undefined };
  const use = await (await portal.database()).documentUse(entry.id);
  if (
    use.count + 1 > documentLimits.perEntry ||
    use.bytes + file.bytes.byteLength > documentLimits.perEntryBytes
  ) {
    return { ok: false, failure: entryLimit };
  }
  const checked = await checkDocument(file.bytes);
  if (!checked.ok) {
    return {
      ok: false,
      failure:
        checked.reason === 'type'
          ? fileFailure('unsupported-media-type', 'replication.upload.type')
          : fileFailure('unsupported-media-type', 'replication.upload.polyglot'),
    };
  }
  return {
    ok: true,
    value: {
      filename: file.filename,
      mediaType: checked.mediaType,
      bytes: file.bytes,
      sha256: checked.sha256,
      public: documentPublicSchema.parse(posted.fields.publik),
    },
  };
}

/** Its message states `documentLimits.perEntry` and `perEntryBytes` (6 files, 25 MB). */
const entryLimit = fileFailure('too-large', 'replication.upload.entryLimit');
