/** The tables of the store's later migrations, per dialect (`migrations.ts` lists the steps). */

/** One row at most (`name` 'ingest'): who runs an ingest, until when unless renewed. */
export function ingestLease(time: string): string {
  return `CREATE TABLE ingest_lease (
    name text PRIMARY KEY,
    holder text NOT NULL,
    run_id integer,
    acquired_at ${time} NOT NULL,
    expires_at ${time} NOT NULL
  )`;
}

/**
 * An agency's update of one innovation (status as of a date, what changed, the public
 * replication contact, how to replicate, document links as JSON): `pending` until an
 * administrator approves it (`published`, the one live version of the innovation: the one
 * before becomes `superseded`) or rejects it with a reason. `visible_since` is when what it
 * shows became live (an identical approval keeps the earlier date).
 */
export function agencyUpdateTables(id: string, time: string): string[] {
  return [
    `CREATE TABLE agency_updates (
      id ${id},
      innovation_id text NOT NULL,
      agency_key text NOT NULL,
      state text NOT NULL CHECK (state IN ('pending', 'published', 'rejected', 'superseded')),
      status text NOT NULL CHECK (status IN ('berlanjut', 'berkembang', 'berhenti', 'vakum')),
      as_of text NOT NULL,
      what_changed text NOT NULL,
      replication text NOT NULL,
      submitted_by text NOT NULL,
      locale text NOT NULL,
      submitted_at ${time} NOT NULL,
      reviewed_by text,
      reviewed_at ${time},
      reason text,
      visible_since ${time}
    )`,
    'CREATE INDEX agency_updates_innovation ON agency_updates (innovation_id, state)',
    'CREATE INDEX agency_updates_queue ON agency_updates (state, id)',
    "CREATE UNIQUE INDEX agency_updates_live ON agency_updates (innovation_id) WHERE state = 'published'",
  ];
}

/**
 * An administrator's join or split (`subject` the survivor or the innovation split, `records`
 * a JSON array of source-record keys), and per id a publish stopped giving, whether it moved
 * (to `target`, answered 301) or is gone (410).
 */
export function curationTables(id: string, time: string): string[] {
  return [
    `CREATE TABLE curation_decisions (
      id ${id},
      kind text NOT NULL CHECK (kind IN ('join', 'split')),
      subject text NOT NULL,
      absorbed text,
      records text NOT NULL,
      reason text NOT NULL,
      actor text NOT NULL,
      created_at ${time} NOT NULL,
      CHECK ((kind = 'join') = (absorbed IS NOT NULL))
    )`,
    `CREATE TABLE innovation_ids (
      id text PRIMARY KEY,
      fate text NOT NULL CHECK (fate IN ('moved', 'gone')),
      target text,
      changed_at ${time} NOT NULL,
      CHECK ((fate = 'moved') = (target IS NOT NULL))
    )`,
    'CREATE INDEX innovation_ids_target ON innovation_ids (target)',
  ];
}

/**
 * An entry counts publicly once its address is confirmed (`confirmed_at`; entries made before
 * were counted already, so they are confirmed). A second registration of an agency's entry
 * from another address is a claim the entry's owner (by the link mailed to it, whose hash is
 * `decision_hash`) or an administrator accepts; an accepted claimant gets a private link of its
 * own (`token_hash`), the owner's keeps working. `job_leases` lets one process of many run a
 * periodic job; `agency_reminders` records when an agency was last reminded.
 */
export function claimTables(id: string, time: string): string[] {
  return [
    `ALTER TABLE registrations ADD COLUMN confirmed_at ${time}`,
    'UPDATE registrations SET confirmed_at = created_at',
    `CREATE TABLE registration_claims (
      id ${id},
      registration_id integer NOT NULL REFERENCES registrations (id) ON DELETE CASCADE,
      agency text NOT NULL,
      contact_name text NOT NULL,
      email text NOT NULL,
      phone text NOT NULL,
      note text,
      locale text NOT NULL,
      status text NOT NULL CHECK (status IN ('pending', 'accepted', 'declined')),
      decision_hash text NOT NULL UNIQUE,
      token_hash text UNIQUE,
      created_at ${time} NOT NULL,
      decided_at ${time},
      decided_by text
    )`,
    'CREATE INDEX registration_claims_entry ON registration_claims (registration_id, status)',
    'CREATE INDEX registration_claims_status ON registration_claims (status, id)',
    `CREATE TABLE job_leases (
      name text PRIMARY KEY,
      holder text NOT NULL,
      held_until ${time} NOT NULL
    )`,
    `CREATE TABLE agency_reminders (
      agency_key text PRIMARY KEY,
      sent_at ${time} NOT NULL
    )`,
    'ALTER TABLE accounts ADD COLUMN locale text',
  ];
}

/**
 * One row per day a publishing ingest ran (the day's last publication): what changed, and its
 * records as gzip NDJSON in parts under a key of its own.
 */
export function snapshotTables(time: string, bytes: string): string[] {
  return [
    `CREATE TABLE snapshot_parts (
      snapshot text NOT NULL,
      part integer NOT NULL,
      data ${bytes} NOT NULL,
      PRIMARY KEY (snapshot, part)
    )`,
    `CREATE TABLE snapshots (
      day text PRIMARY KEY,
      snapshot text NOT NULL,
      published_at ${time} NOT NULL,
      records integer NOT NULL,
      changes text NOT NULL
    )`,
  ];
}

/**
 * People who sign in (`admin`, or `agency` for one agency: its normalised key and name), their
 * sessions and one-time sign-in links (only hashes of the random values), and the audit log.
 * A session without an account is the administrators' token's (the first administrator's).
 */
export function accountTables(id: string, time: string): string[] {
  return [
    `CREATE TABLE accounts (
      id ${id},
      email text NOT NULL,
      email_key text NOT NULL UNIQUE,
      role text NOT NULL CHECK (role IN ('admin', 'agency')),
      agency text,
      agency_key text,
      invited_by text NOT NULL,
      created_at ${time} NOT NULL,
      CHECK ((role = 'agency') = (agency_key IS NOT NULL))
    )`,
    'CREATE INDEX accounts_agency ON accounts (agency_key)',
    `CREATE TABLE sessions (
      id_hash text PRIMARY KEY,
      account_id integer REFERENCES accounts (id) ON DELETE CASCADE,
      created_at ${time} NOT NULL,
      expires_at ${time} NOT NULL,
      revoked_at ${time}
    )`,
    'CREATE INDEX sessions_account ON sessions (account_id)',
    `CREATE TABLE sign_in_links (
      token_hash text PRIMARY KEY,
      account_id integer NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
      created_at ${time} NOT NULL,
      expires_at ${time} NOT NULL,
      used_at ${time}
    )`,
    `CREATE TABLE audit_log (
      id ${id},
      at ${time} NOT NULL,
      actor text NOT NULL,
      action text NOT NULL,
      subject text NOT NULL,
      before_state text,
      after_state text
    )`,
  ];
}

/**
 * Whether the innovating agency may see a registrant's contact person and e-mail
 * (`share_email`) and its phone (`share_phone`). Entries made before registrants chose field by
 * field had all agreed "to be contacted by the innovating agency": they keep sharing both.
 */
export function sharedContact(type: string, yes: string): string[] {
  return [
    `ALTER TABLE registrations ADD COLUMN share_email ${type} NOT NULL DEFAULT ${yes}`,
    `ALTER TABLE registrations ADD COLUMN share_phone ${type} NOT NULL DEFAULT ${yes}`,
  ];
}

/**
 * The admin area's ingest jobs (step 13): the job, its files' names and kinds, and their bytes
 * in parts (deleted when the job ends); who started each run of the history; and the InoLAN
 * sources harvested on a schedule (each harvest a job, `harvest_id`).
 */
export function ingestJobTables(id: string, time: string, bytes: string, flag: string): string[] {
  return [
    `CREATE TABLE ingest_jobs (
      id ${id},
      created_at ${time} NOT NULL,
      created_by text NOT NULL,
      programme text NOT NULL CHECK (programme IN ('kipp', 'iga', 'inolan')),
      dry_run ${flag} NOT NULL,
      url text,
      status text NOT NULL
        CHECK (status IN ('receiving', 'queued', 'running', 'done', 'failed', 'cancelled')),
      holder text,
      run_id integer,
      started_at ${time},
      finished_at ${time},
      progress text,
      error text,
      cancel_requested_at ${time},
      cancelled_by text,
      harvest_id integer
    )`,
    'CREATE INDEX ingest_jobs_status ON ingest_jobs (status, id)',
    `CREATE TABLE ingest_job_files (
      job_id integer NOT NULL REFERENCES ingest_jobs (id) ON DELETE CASCADE,
      position integer NOT NULL,
      name text NOT NULL,
      type text NOT NULL,
      size integer NOT NULL,
      PRIMARY KEY (job_id, position)
    )`,
    `CREATE TABLE ingest_job_parts (
      job_id integer NOT NULL REFERENCES ingest_jobs (id) ON DELETE CASCADE,
      position integer NOT NULL,
      part integer NOT NULL,
      data ${bytes} NOT NULL,
      PRIMARY KEY (job_id, position, part)
    )`,
    'ALTER TABLE ingest_runs ADD COLUMN started_by text',
    `CREATE TABLE harvest_sources (
      id ${id},
      url text NOT NULL UNIQUE,
      schedule text NOT NULL CHECK (schedule IN ('daily', 'weekly')),
      created_by text NOT NULL,
      created_at ${time} NOT NULL,
      next_due_at ${time} NOT NULL,
      last_job_id integer,
      last_run_at ${time},
      last_status text CHECK (last_status IN ('ok', 'failed')),
      last_error text
    )`,
    'CREATE INDEX harvest_sources_due ON harvest_sources (next_due_at)',
  ];
}
