import type { Locale } from '../../i18n/locales.ts';
import type { IngestLedger, IngestRunRecord, NewIngestRun } from './ingest-runs.ts';
import type { IngestJobStore } from './ingest-jobs-types.ts';
import type { HarvestStore } from './harvest-types.ts';
import type { AccountStore } from './accounts-types.ts';
import type { AgencyKeyStore } from './agency-keys-types.ts';
import type { AgencyUpdateStore } from './agency-updates-types.ts';
import type { CurationStore } from './curation-store.ts';
import type { OutboxStore } from './outbox-types.ts';
import type { ClaimStore } from './claims-types.ts';
import type { JobStore } from './jobs-types.ts';
import type { SnapshotStore } from './snapshot-types.ts';
import type { ReplicationStore } from './replication-types.ts';
import type {
  ActivityTotals,
  InterestStage,
  PublicActivity,
  RegistrationInput,
} from '../../lib/interest/schema.ts';

export type { IngestRunRecord, NewIngestRun };

/** One registration as the store keeps it, contact data included (server-only). */
export interface Registration extends RegistrationInput {
  id: number;
  innovationId: string;
  agencyKey: string;
  stage: InterestStage;
  hidden: boolean;
  /** How many times this agency registered for this innovation (1 = once). */
  registrations: number;
  createdAt: string;
  updatedAt: string;
  stageChangedAt: string;
  /** The language of the pages the registrant used: its mail is written in it. */
  locale: Locale;
  /** When its address was confirmed (its mailed link opened); unconfirmed entries count nowhere. */
  confirmedAt: string | undefined;
  /**
   * When the evidence of its present stage (the agreement at `mereplikasi`, the implementation
   * at `tereplikasi`) was confirmed by the innovating agency or an administrator.
   */
  stageConfirmedAt: string | undefined;
}

export interface NewRegistration extends RegistrationInput {
  innovationId: string;
  agencyKey: string;
  /** Indonesian when not given. */
  locale?: Locale;
  /** SHA-256 (hex) of the private token; the token itself is never stored. */
  tokenHash: string;
  now: string;
  /** False: counted only once its mailed link confirms the address. Confirmed when not given. */
  confirmed?: boolean;
}

export interface RegisterOutcome {
  registration: Registration;
  /** False when the agency had registered for this innovation before and its entry was updated. */
  created: boolean;
}

/** What the index holds for an innovation: `interestCount` and `replicationCount`. */
export interface InterestCounts {
  interestCount: number;
  replicationCount: number;
}

export interface AdminFilter {
  innovationId?: string;
  stage?: InterestStage;
  hidden?: boolean;
  /** Matches agency, contact name or e-mail (case-insensitive substring). */
  text?: string;
  limit: number;
  offset: number;
}

/** A connection pool's connections by state. */
export interface PoolUse {
  total: number;
  idle: number;
  waiting: number;
}

/**
 * The replication-interest store: one interface, two implementations (embedded SQLite by
 * default, PostgreSQL when DATABASE_URL is set), one contract suite run against both.
 */
export interface Database
  extends
    OutboxStore,
    AccountStore,
    AgencyKeyStore,
    AgencyUpdateStore,
    ClaimStore,
    CurationStore,
    IngestLedger,
    IngestJobStore,
    HarvestStore,
    JobStore,
    ReplicationStore,
    SnapshotStore {
  readonly kind: 'sqlite' | 'postgres';
  /**
   * Runs `work` in one transaction: every write it makes through the store it is given (a
   * registration and the message it causes) is committed together, or none is. Nested
   * transactions are refused.
   */
  transaction<T>(work: (store: Database) => Promise<T>): Promise<T>;
  /**
   * Inserts, or, when the same agency (`agencyKey`) already registered for the innovation,
   * gives its entry back unchanged but for its count of attempts (`registrations`): a
   * registration never takes over an entry (contact, note, private link, stage are kept; the
   * caller makes a claim of it). Atomic: concurrent registrations of one agency give one entry.
   * Times are kept and given back as UTC ISO strings (`toISOString()`).
   */
  register(entry: NewRegistration): Promise<RegisterOutcome>;
  /**
   * Gives an agency's entry whose address was never confirmed, registered before `before`, to a
   * new registration of the same agency (its data, link and dates); undefined when the entry
   * was confirmed or is more recent (then it stays as it is).
   */
  reclaimUnconfirmed(entry: NewRegistration, before: string): Promise<Registration | undefined>;
  /** Confirms an entry's address; the entry when it was unconfirmed until now, else undefined. */
  confirm(id: number, now: string): Promise<Registration | undefined>;
  byTokenHash(tokenHash: string): Promise<Registration | undefined>;
  byId(id: number): Promise<Registration | undefined>;
  /** Every entry registered with this e-mail address (letters of any case), oldest first. */
  byEmail(email: string): Promise<Registration[]>;
  /** Replaces an entry's private-link hash (a new link; the old one stops working). */
  setTokenHash(id: number, tokenHash: string): Promise<Registration | undefined>;
  /**
   * Moves an entry to `stage` (any stage to any other; to its own stage it keeps the date of its
   * last change); undefined when there is no such entry.
   */
  setStage(id: number, stage: InterestStage, now: string): Promise<Registration | undefined>;
  setHidden(id: number, hidden: boolean, now: string): Promise<Registration | undefined>;
  /** Counts per stage and the active entries of an innovation, hidden and unconfirmed ones left out. */
  activity(innovationId: string): Promise<PublicActivity>;
  /** The activity's numbers alone (one query, no list): what a registration is answered with. */
  totals(innovationId: string): Promise<ActivityTotals>;
  /**
   * Index counts for the given innovations (each one present, 0 when it has no entry), or for
   * every innovation with an entry (hidden or withdrawn ones too, so they can go back to 0).
   */
  counts(innovationIds?: readonly string[]): Promise<Map<string, InterestCounts>>;
  /** For administrators, newest first. */
  list(filter: AdminFilter): Promise<{ rows: Registration[]; total: number }>;
  /** Every registration, oldest first, read in pages so memory stays flat (the admin CSV). */
  exportAll(): AsyncIterable<Registration>;
  recordIngestRun(run: NewIngestRun): Promise<number>;
  ingestRuns(limit: number): Promise<IngestRunRecord[]>;
  ingestRun(id: number): Promise<IngestRunRecord | undefined>;
  /** The id of the newest run that published to the index, if any did. */
  latestPublishedRun(): Promise<number | undefined>;
  /** Resolves when the database answers a query (a readiness check); throws when it does not. */
  ping(): Promise<void>;
  /** Connections of the pool by state (PostgreSQL); undefined for a store without a pool. */
  poolUse(): PoolUse | undefined;
  close(): Promise<void>;
}
