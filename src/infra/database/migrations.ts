import {
  accountTables,
  agencyUpdateTables,
  claimTables,
  curationTables,
  ingestJobTables,
  ingestLease,
  sharedContact,
  snapshotTables,
} from './migration-tables.ts';
import { replicationTables } from './migration-replication.ts';

/**
 * The store's schema as numbered steps, applied in order at open and recorded in
 * `schema_migrations`. A released step is never edited: a change is a new step. Each step is
 * written out per dialect, the SQL differing in types (SQLite keeps ISO text and 0/1).
 */
export interface Migration {
  version: number;
  description: string;
  sqlite: readonly string[];
  postgres: readonly string[];
}

export const createMigrationsTable = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version integer PRIMARY KEY,
  applied_at text NOT NULL
)`;

/**
 * `search_text` is agency, contact name and e-mail folded by the application (rows.ts), so the
 * admin filter matches alike on both databases. The activity index also gives the list's order.
 */
const indexes = [
  'CREATE INDEX registrations_activity ON registrations (innovation_id, stage_changed_at DESC, id DESC)',
  'CREATE INDEX registrations_stage ON registrations (stage)',
  'CREATE UNIQUE INDEX registrations_token ON registrations (token_hash)',
  'CREATE INDEX ingest_runs_started ON ingest_runs (started_at DESC, id DESC)',
];

/** The sender's claim looks for due messages; the admin list reads by status, newest first. */
const outboxIndexes = [
  'CREATE INDEX outbox_due ON outbox (status, next_attempt_at, id)',
  'CREATE INDEX outbox_listing ON outbox (status, id DESC)',
];

/** "Send my private links again" looks entries up by address (stored as typed, matched folded). */
const emailIndex = 'CREATE INDEX registrations_email ON registrations (lower(email))';

/**
 * A run's stage while it runs, who runs it (its lease holder) and its publish step once
 * recorded (JSON: the engine task, the staged stores), which a later run or start completes or
 * discards when the run was cut short.
 */
const runColumns = [
  'ALTER TABLE ingest_runs ADD COLUMN stage text',
  'ALTER TABLE ingest_runs ADD COLUMN holder text',
  'ALTER TABLE ingest_runs ADD COLUMN publishing text',
];

/**
 * The counts (the index sync's, every second under load) ask `confirmed_at` since step 6: in
 * the index, they read no table row.
 */
const countsIndex = [
  'DROP INDEX registrations_counts',
  'CREATE INDEX registrations_counts ON registrations (innovation_id, hidden, stage, confirmed_at)',
];

/**
 * Steps on the data that need the application (the agency keys folded by `src/lib/agency`),
 * each recorded by name once done, so every process of a deployment runs it at most until one
 * has finished it.
 */
function dataSteps(time: string): string {
  return `CREATE TABLE data_steps (
    name text PRIMARY KEY,
    done_at ${time} NOT NULL
  )`;
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    description: 'registrations and ingest runs',
    sqlite: [
      `CREATE TABLE registrations (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        innovation_id TEXT NOT NULL,
        agency_key TEXT NOT NULL,
        agency TEXT NOT NULL,
        cluster TEXT NOT NULL,
        province_code TEXT NOT NULL,
        regency_code TEXT,
        contact_name TEXT NOT NULL,
        email TEXT NOT NULL,
        phone TEXT NOT NULL,
        note TEXT,
        consent INTEGER NOT NULL,
        stage TEXT NOT NULL
          CHECK (stage IN ('berminat', 'berkomunikasi', 'mereplikasi', 'tereplikasi', 'batal')),
        hidden INTEGER NOT NULL DEFAULT 0,
        registrations INTEGER NOT NULL DEFAULT 1,
        token_hash TEXT NOT NULL,
        search_text TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        stage_changed_at TEXT NOT NULL,
        UNIQUE (innovation_id, agency_key)
      )`,
      `CREATE TABLE ingest_runs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        started_at TEXT NOT NULL,
        finished_at TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('ok', 'failed')),
        dry_run INTEGER NOT NULL,
        published INTEGER NOT NULL,
        inputs TEXT NOT NULL,
        total INTEGER NOT NULL,
        rejected INTEGER NOT NULL,
        warnings INTEGER NOT NULL,
        report TEXT NOT NULL,
        error TEXT
      )`,
      ...indexes,
    ],
    postgres: [
      `CREATE TABLE registrations (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        innovation_id text NOT NULL,
        agency_key text NOT NULL,
        agency text NOT NULL,
        cluster text NOT NULL,
        province_code text NOT NULL,
        regency_code text,
        contact_name text NOT NULL,
        email text NOT NULL,
        phone text NOT NULL,
        note text,
        consent boolean NOT NULL,
        stage text NOT NULL
          CHECK (stage IN ('berminat', 'berkomunikasi', 'mereplikasi', 'tereplikasi', 'batal')),
        hidden boolean NOT NULL DEFAULT false,
        registrations integer NOT NULL DEFAULT 1,
        token_hash text NOT NULL,
        search_text text NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        stage_changed_at timestamptz NOT NULL,
        UNIQUE (innovation_id, agency_key)
      )`,
      `CREATE TABLE ingest_runs (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        started_at timestamptz NOT NULL,
        finished_at timestamptz NOT NULL,
        status text NOT NULL CHECK (status IN ('ok', 'failed')),
        dry_run boolean NOT NULL,
        published boolean NOT NULL,
        inputs json NOT NULL,
        total integer NOT NULL,
        rejected integer NOT NULL,
        warnings integer NOT NULL,
        report json NOT NULL,
        error text
      )`,
      ...indexes,
    ],
  },
  {
    version: 2,
    description: 'stage counts read from an index alone',
    sqlite: ['CREATE INDEX registrations_counts ON registrations (innovation_id, hidden, stage)'],
    postgres: ['CREATE INDEX registrations_counts ON registrations (innovation_id, hidden, stage)'],
  },
  {
    version: 3,
    description: 'the mail outbox; the language a registrant used; entries by address',
    sqlite: [
      `CREATE TABLE outbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL,
        recipient TEXT NOT NULL,
        locale TEXT NOT NULL,
        subject TEXT NOT NULL,
        text_body TEXT NOT NULL,
        html_body TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('queued', 'sending', 'sent', 'failed')),
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT NOT NULL,
        claim TEXT,
        claimed_until TEXT,
        last_error TEXT,
        created_at TEXT NOT NULL,
        sent_at TEXT
      )`,
      ...outboxIndexes,
      "ALTER TABLE registrations ADD COLUMN locale TEXT NOT NULL DEFAULT 'id'",
      emailIndex,
    ],
    postgres: [
      `CREATE TABLE outbox (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        kind text NOT NULL,
        recipient text NOT NULL,
        locale text NOT NULL,
        subject text NOT NULL,
        text_body text NOT NULL,
        html_body text NOT NULL,
        status text NOT NULL CHECK (status IN ('queued', 'sending', 'sent', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL,
        claim text,
        claimed_until timestamptz,
        last_error text,
        created_at timestamptz NOT NULL,
        sent_at timestamptz
      )`,
      ...outboxIndexes,
      "ALTER TABLE registrations ADD COLUMN locale text NOT NULL DEFAULT 'id'",
      emailIndex,
    ],
  },
  {
    version: 4,
    description: 'accounts, server-side sessions, sign-in links, the audit log',
    sqlite: accountTables('INTEGER PRIMARY KEY AUTOINCREMENT', 'TEXT'),
    postgres: accountTables('integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY', 'timestamptz'),
  },
  {
    version: 5,
    description: "agencies' updates of their innovations, reviewed before they are published",
    sqlite: agencyUpdateTables('INTEGER PRIMARY KEY AUTOINCREMENT', 'TEXT'),
    postgres: agencyUpdateTables('integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY', 'timestamptz'),
  },
  {
    version: 6,
    description:
      'confirmed entries, claims on an entry, job leases, agency reminders, account language',
    sqlite: claimTables('INTEGER PRIMARY KEY AUTOINCREMENT', 'TEXT'),
    postgres: claimTables('integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY', 'timestamptz'),
  },
  {
    version: 7,
    description: 'curation decisions; what became of ids no longer published',
    sqlite: curationTables('INTEGER PRIMARY KEY AUTOINCREMENT', 'TEXT'),
    postgres: curationTables('integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY', 'timestamptz'),
  },
  {
    version: 8,
    description:
      'the ingest lease; runs recorded while they run, with their stage and publish step',
    // SQLite cannot alter a CHECK: the column is renamed, added again with the new one, copied
    // and dropped (columns other steps may have added are kept, unlike a table rebuild).
    sqlite: [
      'ALTER TABLE ingest_runs RENAME COLUMN status TO status_v1',
      `ALTER TABLE ingest_runs ADD COLUMN status TEXT NOT NULL DEFAULT 'failed'
        CHECK (status IN ('running', 'ok', 'failed'))`,
      'UPDATE ingest_runs SET status = status_v1',
      'ALTER TABLE ingest_runs DROP COLUMN status_v1',
      ...runColumns,
      ingestLease('TEXT'),
    ],
    postgres: [
      'ALTER TABLE ingest_runs DROP CONSTRAINT ingest_runs_status_check',
      `ALTER TABLE ingest_runs ADD CONSTRAINT ingest_runs_status_check
        CHECK (status IN ('running', 'ok', 'failed'))`,
      ...runColumns,
      ingestLease('timestamptz'),
    ],
  },
  {
    version: 9,
    description: 'dated snapshots of the published records, with their changelogs',
    sqlite: snapshotTables('TEXT', 'BLOB'),
    postgres: snapshotTables('timestamptz', 'bytea'),
  },
  {
    version: 10,
    description: 'stage counts read from an index alone again, now that they ask confirmed_at',
    sqlite: countsIndex,
    postgres: countsIndex,
  },
  {
    version: 11,
    description: 'what of its contact a registrant shares with the innovating agency, per field',
    sqlite: sharedContact('INTEGER', '1'),
    postgres: sharedContact('boolean', 'TRUE'),
  },
  {
    version: 12,
    description: 'data steps done once (the re-keying of agency keys when names fold anew)',
    sqlite: [dataSteps('TEXT')],
    postgres: [dataSteps('timestamptz')],
  },
  {
    version: 13,
    description:
      "the admin area's ingest jobs with their uploaded files; who started a run; harvest sources",
    sqlite: ingestJobTables('INTEGER PRIMARY KEY AUTOINCREMENT', 'TEXT', 'BLOB', 'INTEGER'),
    postgres: ingestJobTables(
      'integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY',
      'timestamptz',
      'bytea',
      'boolean',
    ),
  },
  {
    version: 16,
    description: 'replication evidence: agreements, implementations, decisions, documents',
    sqlite: replicationTables('INTEGER PRIMARY KEY AUTOINCREMENT', 'TEXT', 'INTEGER', 'BLOB'),
    postgres: replicationTables(
      'integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY',
      'timestamptz',
      'boolean',
      'bytea',
    ),
  },
];
