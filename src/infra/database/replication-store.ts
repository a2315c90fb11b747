import { stageOfEvidence } from '../../lib/replication/schema.ts';
import type { StatementRunner } from './outbox-store.ts';
import type { Evidence, ReplicationStore } from './replication-types.ts';
import { isoTime } from './rows.ts';
import {
  idRow,
  storedRow,
  toConfirmed,
  toDocumentMeta,
  toEvidence,
  useRow,
} from './replication-rows.ts';
import type { Dialect, Param } from './sql.ts';

const evidenceColumns = `id, registration_id, kind, state, evidence_date, innovating_agency,
  adapted, results, public_link, replica_id, reported_at, decided_at, decided_by, decided_role,
  reason, code`;

const documentColumns = `id, evidence_id, registration_id, filename, media_type, size, public,
  uploaded_at`;

/**
 * The replication evidence's methods over either database (added to the store by
 * `createSqlDatabase`). Writes that belong together (a report, its document and the stage it
 * moves to; a decision and the stage it settles) are run by the caller in one transaction.
 */
export function replicationStore(driver: StatementRunner): ReplicationStore {
  const all = (text: string, params: Record<string, Param> = {}) => driver.all({ text, params });
  const withDocuments = async (rows: readonly unknown[]): Promise<Evidence[]> => {
    const evidence = rows.map(toEvidence);
    if (evidence.length === 0) return [];
    const documents = (
      await all(
        `SELECT ${documentColumns} FROM replication_documents
          WHERE evidence_id IN (${elements(driver.dialect, 'integer')}) ORDER BY id`,
        { ids: JSON.stringify(evidence.map((item) => item.id)) },
      )
    ).map(toDocumentMeta);
    return evidence.map((item) => ({
      ...item,
      documents: documents.filter((document) => document.evidenceId === item.id),
    }));
  };
  const evidenceById = async (id: number) =>
    (
      await withDocuments(
        await all(`SELECT ${evidenceColumns} FROM replication_evidence WHERE id = :id`, { id }),
      )
    )[0];
  const confirmed = async (where: string, params: Record<string, Param>) =>
    (await all(confirmedSelect(where), params)).map(toConfirmed);

  return {
    async reportEvidence(evidence, document) {
      const [row] = await all(
        `INSERT INTO replication_evidence (registration_id, kind, state, evidence_date,
            innovating_agency, adapted, results, public_link, replica_id, reported_at)
          VALUES (:registrationId, :kind, 'reported', :date, :innovatingAgency, :adapted,
            :results, :publicLink, :replicaId, :now)
          RETURNING id`,
        {
          registrationId: evidence.registrationId,
          kind: evidence.kind,
          date: evidence.date,
          innovatingAgency: evidence.innovatingAgency,
          adapted: evidence.adapted,
          results: evidence.results ?? null,
          publicLink: evidence.publicLink ?? null,
          replicaId: evidence.replicaId ?? null,
          now: isoTime(evidence.now),
        },
      );
      const id = idRow.parse(row).id;
      if (document !== undefined) {
        await all(
          `INSERT INTO replication_documents (evidence_id, registration_id, filename, media_type,
              size, sha256, public, uploaded_at, data)
            VALUES (:id, :registrationId, :filename, :mediaType, :size, :sha256, :public, :now,
              :data)`,
          {
            id,
            registrationId: evidence.registrationId,
            filename: document.filename,
            mediaType: document.mediaType,
            size: document.bytes.byteLength,
            sha256: document.sha256,
            public: document.public ? 1 : 0,
            now: isoTime(evidence.now),
            data: document.bytes,
          },
        );
      }
      await all(
        `UPDATE registrations SET stage = :stage, stage_confirmed_at = NULL, updated_at = :now,
            stage_changed_at = :now
          WHERE id = :registrationId`,
        {
          stage: stageOfEvidence[evidence.kind],
          now: isoTime(evidence.now),
          registrationId: evidence.registrationId,
        },
      );
      const stored = await evidenceById(id);
      if (stored === undefined) throw new Error('a replication report was not stored');
      return stored;
    },
    evidenceById,
    async evidenceOf(registrationId) {
      return withDocuments(
        await all(
          `SELECT ${evidenceColumns} FROM replication_evidence
            WHERE registration_id = :registrationId ORDER BY id DESC`,
          { registrationId },
        ),
      );
    },
    async reportedEvidence(limit, innovationIds) {
      const among =
        innovationIds === undefined
          ? ''
          : `AND r.innovation_id IN (${elements(driver.dialect, 'text')})`;
      return withDocuments(
        await all(
          `SELECT ${prefixed('e', evidenceColumns)} FROM replication_evidence e
            JOIN registrations r ON r.id = e.registration_id
            WHERE e.state = 'reported' AND r.hidden = FALSE AND ${stageMatches} ${among}
            ORDER BY e.id LIMIT :limit`,
          { limit, ...(innovationIds !== undefined && { ids: JSON.stringify(innovationIds) }) },
        ),
      );
    },
    async decideEvidence(decision) {
      const before = await evidenceById(decision.id);
      if (before?.state !== 'reported') return undefined;
      const [row] = await all(
        `UPDATE replication_evidence SET state = :state, decided_at = :now, decided_by = :by,
            decided_role = :role, reason = :reason, code = :code
          WHERE id = :id AND state = 'reported'
            AND EXISTS (SELECT 1 FROM registrations r
              WHERE r.id = replication_evidence.registration_id AND r.stage = :stage)
          RETURNING id`,
        {
          id: decision.id,
          state: decision.confirm ? 'confirmed' : 'rejected',
          now: isoTime(decision.now),
          by: decision.by,
          role: decision.role,
          reason: decision.confirm ? null : (decision.reason ?? ''),
          code:
            decision.confirm && before.kind === 'implementation' ? (decision.code ?? null) : null,
          stage: stageOfEvidence[before.kind],
        },
      );
      if (row === undefined) return undefined;
      await all(decision.confirm ? confirmStage : rejectStage[before.kind], {
        id: before.registrationId,
        now: isoTime(decision.now),
      });
      return evidenceById(decision.id);
    },
    async documentUse(registrationId) {
      const [row] = await all(
        `SELECT CAST(count(*) AS integer) AS n, CAST(coalesce(sum(size), 0) AS integer) AS bytes
          FROM replication_documents WHERE registration_id = :registrationId`,
        { registrationId },
      );
      const use = useRow.parse(row);
      return { count: use.n, bytes: use.bytes };
    },
    async documentById(id) {
      const [row] = await all(
        `SELECT ${prefixed('d', documentColumns)}, d.data, e.state AS evidence_state
          FROM replication_documents d JOIN replication_evidence e ON e.id = d.evidence_id
          WHERE d.id = :id`,
        { id },
      );
      if (row === undefined) return undefined;
      const { data, evidence_state: evidenceState } = storedRow.parse(row);
      // A plain view of the same memory: PostgreSQL's Buffer and SQLite's array answer alike.
      const view = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
      return { ...toDocumentMeta(row), bytes: view, evidenceState };
    },
    confirmedReplications: (innovationId) =>
      innovationId === undefined
        ? confirmed('', {})
        : confirmed('AND r.innovation_id = :innovationId', { innovationId }),
    replicationsInto: (replicaId) => confirmed('AND i.replica_id = :replicaId', { replicaId }),
    async replicationByCode(code) {
      return (await confirmed('AND i.code = :code', { code }))[0];
    },
  };
}

// --- internal ---

/** The values of the JSON array parameter `:ids`, as a subquery (one statement text for any). */
function elements(dialect: Dialect, type: 'integer' | 'text'): string {
  if (dialect === 'sqlite') return 'SELECT value FROM json_each(:ids)';
  return type === 'text'
    ? 'SELECT json_array_elements_text(:ids::json)'
    : 'SELECT CAST(json_array_elements_text(:ids::json) AS integer)';
}

/** A report is decided only while its entry stands at the stage it reported. */
const stageMatches = `r.stage = CASE e.kind WHEN 'agreement' THEN 'mereplikasi'
  ELSE 'tereplikasi' END`;

const confirmStage = `UPDATE registrations SET stage_confirmed_at = :now, updated_at = :now
  WHERE id = :id`;

/**
 * A rejected agreement takes the entry back to `berkomunikasi`; a rejected implementation back
 * to `mereplikasi`, still confirmed by its agreement (an implementation is reported only once
 * the agreement was confirmed).
 */
const rejectStage = {
  agreement: `UPDATE registrations SET stage = 'berkomunikasi', stage_confirmed_at = NULL,
      updated_at = :now, stage_changed_at = :now WHERE id = :id`,
  implementation: `UPDATE registrations SET stage = 'mereplikasi', updated_at = :now,
      stage_changed_at = :now,
      stage_confirmed_at = (SELECT max(a.decided_at) FROM replication_evidence a
        WHERE a.registration_id = :id AND a.kind = 'agreement' AND a.state = 'confirmed')
    WHERE id = :id`,
} as const;

/**
 * Confirmed replications: an entry counted in public (address confirmed, not hidden) at a
 * confirmed `tereplikasi`, with its latest confirmed implementation and agreement.
 */
function confirmedSelect(where: string): string {
  return `SELECT r.innovation_id, r.agency, r.cluster, r.province_code, r.regency_code,
      r.created_at, i.id AS evidence_id, i.code, i.evidence_date AS started_on,
      i.decided_at AS confirmed_at, i.replica_id,
      (SELECT a.evidence_date FROM replication_evidence a WHERE a.registration_id = r.id
        AND a.kind = 'agreement' AND a.state = 'confirmed' ORDER BY a.id DESC LIMIT 1) AS agreed_on
    FROM registrations r JOIN replication_evidence i ON i.registration_id = r.id
    WHERE r.hidden = FALSE AND r.stage = 'tereplikasi' AND r.stage_confirmed_at IS NOT NULL
      AND r.confirmed_at IS NOT NULL AND i.kind = 'implementation' AND i.state = 'confirmed'
      AND i.id = (SELECT max(l.id) FROM replication_evidence l WHERE l.registration_id = r.id
        AND l.kind = 'implementation' AND l.state = 'confirmed')
      ${where}
    ORDER BY i.decided_at DESC, i.id DESC`;
}

function prefixed(table: string, columns: string): string {
  return columns
    .split(',')
    .map((column) => `${table}.${column.trim()}`)
    .join(', ');
}
