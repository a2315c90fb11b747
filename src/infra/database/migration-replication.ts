/**
 * Replication with evidence (migration 16; 14 and 15 were never used): what a registrant reports when it moves to
 * `mereplikasi` (the agreement) and to `tereplikasi` (the implementation), the innovating
 * agency's or an administrator's decision on it, and the documents that come with it.
 *
 * - `replication_evidence`: one report; `state` reported → confirmed or rejected (with its
 *   reason). `evidence_date` is the agreement's date or the day the service started (ISO day);
 *   a confirmed implementation carries its public verification `code`.
 * - `replication_documents`: the uploaded files themselves (PDF, PNG, JPEG as detected from
 *   their bytes), in the store so that every site process serves them; private unless `public`.
 * - `registrations.stage_confirmed_at`: when the evidence of the entry's present stage was
 *   confirmed (cleared by any stage change): a confirmed `tereplikasi` is what
 *   `replicationCount` counts, and the counts' index covers it.
 */
export function replicationTables(id: string, time: string, flag: string, bytes: string): string[] {
  return [
    `CREATE TABLE replication_evidence (
      id ${id},
      registration_id integer NOT NULL REFERENCES registrations (id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN ('agreement', 'implementation')),
      state text NOT NULL CHECK (state IN ('reported', 'confirmed', 'rejected')),
      evidence_date text NOT NULL,
      innovating_agency text NOT NULL,
      adapted text NOT NULL,
      results text,
      public_link text,
      replica_id text,
      reported_at ${time} NOT NULL,
      decided_at ${time},
      decided_by text,
      decided_role text CHECK (decided_role IN ('agency', 'admin')),
      reason text,
      code text UNIQUE,
      CHECK ((state = 'rejected') = (reason IS NOT NULL)),
      CHECK (code IS NULL OR (state = 'confirmed' AND kind = 'implementation'))
    )`,
    'CREATE INDEX replication_evidence_entry ON replication_evidence (registration_id, kind, state)',
    'CREATE INDEX replication_evidence_state ON replication_evidence (state, id)',
    'CREATE INDEX replication_evidence_replica ON replication_evidence (replica_id)',
    `CREATE TABLE replication_documents (
      id ${id},
      evidence_id integer NOT NULL REFERENCES replication_evidence (id) ON DELETE CASCADE,
      registration_id integer NOT NULL,
      filename text NOT NULL,
      media_type text NOT NULL
        CHECK (media_type IN ('application/pdf', 'image/png', 'image/jpeg')),
      size integer NOT NULL,
      sha256 text NOT NULL,
      public ${flag} NOT NULL,
      uploaded_at ${time} NOT NULL,
      data ${bytes} NOT NULL
    )`,
    'CREATE INDEX replication_documents_evidence ON replication_documents (evidence_id)',
    'CREATE INDEX replication_documents_entry ON replication_documents (registration_id)',
    `ALTER TABLE registrations ADD COLUMN stage_confirmed_at ${time}`,
    'DROP INDEX registrations_counts',
    `CREATE INDEX registrations_counts
      ON registrations (innovation_id, hidden, stage, confirmed_at, stage_confirmed_at)`,
  ];
}
