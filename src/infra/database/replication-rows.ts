import { z } from 'zod';
import { clusterSchema } from '../../lib/schema/enums.ts';
import {
  deciderRoles,
  documentTypes,
  evidenceKinds,
  evidenceStates,
} from '../../lib/replication/schema.ts';
import type { ConfirmedReplication, DocumentMeta, Evidence } from './replication-types.ts';
import { flag, optional, timestamp } from './rows.ts';

/** Rows of the replication tables as either database hands them back, parsed alike. */

export const idRow = z.object({ id: z.int() });
export const useRow = z.object({ n: z.int(), bytes: z.coerce.number().int() });
const nullableTime = timestamp.nullable().transform((value) => value ?? undefined);

const evidenceRow = z.object({
  id: z.int(),
  registration_id: z.int(),
  kind: z.enum(evidenceKinds),
  state: z.enum(evidenceStates),
  evidence_date: z.string(),
  innovating_agency: z.string(),
  adapted: z.string(),
  results: optional,
  public_link: optional,
  replica_id: optional,
  reported_at: timestamp,
  decided_at: nullableTime,
  decided_by: optional,
  decided_role: z
    .enum(deciderRoles)
    .nullable()
    .transform((value) => value ?? undefined),
  reason: optional,
  code: optional,
});

export function toEvidence(row: unknown): Evidence {
  const r = evidenceRow.parse(row);
  return {
    id: r.id,
    registrationId: r.registration_id,
    kind: r.kind,
    state: r.state,
    date: r.evidence_date,
    innovatingAgency: r.innovating_agency,
    adapted: r.adapted,
    results: r.results,
    publicLink: r.public_link,
    replicaId: r.replica_id,
    reportedAt: r.reported_at,
    decidedAt: r.decided_at,
    decidedBy: r.decided_by,
    decidedRole: r.decided_role,
    reason: r.reason,
    code: r.code,
    documents: [],
  };
}

const documentRow = z.object({
  id: z.int(),
  evidence_id: z.int(),
  registration_id: z.int(),
  filename: z.string(),
  media_type: z.enum(documentTypes),
  size: z.int(),
  public: flag,
  uploaded_at: timestamp,
});

export function toDocumentMeta(row: unknown): DocumentMeta {
  const r = documentRow.parse(row);
  return {
    id: r.id,
    evidenceId: r.evidence_id,
    registrationId: r.registration_id,
    filename: r.filename,
    mediaType: r.media_type,
    size: r.size,
    public: r.public,
    uploadedAt: r.uploaded_at,
  };
}

/** SQLite gives a blob as a Uint8Array, PostgreSQL's bytea as a Buffer (a Uint8Array too). */
export const storedRow = z.object({
  data: z.instanceof(Uint8Array),
  evidence_state: z.enum(evidenceStates),
});

const confirmedRow = z.object({
  innovation_id: z.string(),
  agency: z.string(),
  cluster: clusterSchema,
  province_code: z.string(),
  regency_code: optional,
  created_at: timestamp,
  evidence_id: z.int(),
  code: z.string(),
  started_on: z.string(),
  confirmed_at: timestamp,
  replica_id: optional,
  agreed_on: optional,
});

export function toConfirmed(row: unknown): ConfirmedReplication {
  const r = confirmedRow.parse(row);
  return {
    code: r.code,
    innovationId: r.innovation_id,
    agency: r.agency,
    cluster: r.cluster,
    provinceCode: r.province_code,
    ...(r.regency_code !== undefined && { regencyCode: r.regency_code }),
    ...(r.agreed_on !== undefined && { agreedOn: r.agreed_on }),
    startedOn: r.started_on,
    confirmedAt: r.confirmed_at,
    ...(r.replica_id !== undefined && { replicaId: r.replica_id }),
    evidenceId: r.evidence_id,
    registeredAt: r.created_at,
  };
}
