import type {
  DeciderRole,
  DocumentType,
  EvidenceKind,
  EvidenceState,
  PublicReplication,
  ReportFields,
} from '../../lib/replication/schema.ts';

/** A document as uploaded and checked (its type detected from its bytes). */
export interface NewDocument {
  /** The name as the uploader's browser gave it, checked: no path, no control character. */
  filename: string;
  mediaType: DocumentType;
  bytes: Uint8Array;
  /** SHA-256 of the bytes, hex. */
  sha256: string;
  public: boolean;
}

/** A report of an agreement or an implementation, as the registrant sends it. */
export interface NewEvidence extends ReportFields {
  registrationId: number;
  kind: EvidenceKind;
  /** The innovating agency's name as the record gives it when the report is made. */
  innovatingAgency: string;
  now: string;
}

/** A document's facts, without its bytes. */
export interface DocumentMeta {
  id: number;
  evidenceId: number;
  registrationId: number;
  filename: string;
  mediaType: DocumentType;
  size: number;
  public: boolean;
  uploadedAt: string;
}

/** A document with its bytes: what the document route serves. */
export interface StoredDocument extends DocumentMeta {
  bytes: Uint8Array;
  /** The state of the report it came with. */
  evidenceState: EvidenceState;
}

export interface Evidence extends ReportFields {
  id: number;
  registrationId: number;
  kind: EvidenceKind;
  state: EvidenceState;
  innovatingAgency: string;
  reportedAt: string;
  decidedAt: string | undefined;
  /** An address or `admin-token`: for the audit log and administrators, never published. */
  decidedBy: string | undefined;
  decidedRole: DeciderRole | undefined;
  reason: string | undefined;
  /** A confirmed implementation's verification code. */
  code: string | undefined;
  documents: DocumentMeta[];
}

export interface EvidenceDecision {
  id: number;
  confirm: boolean;
  /** Required when not confirming. */
  reason?: string | undefined;
  /** For a confirmed implementation. */
  code?: string | undefined;
  by: string;
  role: DeciderRole;
  now: string;
}

/** A confirmed replication with the innovation it replicates (public fields only). */
export type ConfirmedReplication = PublicReplication & {
  /** The implementation report's id (its public documents are listed with it). */
  evidenceId: number;
  /** When the agency registered its interest (`berminat`): the start of the time to replicate. */
  registeredAt: string;
};

/** Replication evidence and its documents (both databases). */
export interface ReplicationStore {
  /**
   * Stores a report and its document, if any, and moves the entry to the stage it reports
   * (`mereplikasi`, `tereplikasi`): one transaction's work, run by the caller in one.
   */
  reportEvidence(evidence: NewEvidence, document?: NewDocument): Promise<Evidence>;
  evidenceById(id: number): Promise<Evidence | undefined>;
  /** Every report of an entry, newest first, with its documents' facts. */
  evidenceOf(registrationId: number): Promise<Evidence[]>;
  /** Reports waiting for a decision on the given innovations (all, without ids), oldest first. */
  reportedEvidence(limit: number, innovationIds?: readonly string[]): Promise<Evidence[]>;
  /**
   * Decides a report once (undefined when it was not `reported`): confirmed, the entry's stage
   * is marked confirmed; rejected, the entry goes back to the stage before the one it reported.
   */
  decideEvidence(decision: EvidenceDecision): Promise<Evidence | undefined>;
  /** How many documents an entry has, and their bytes in all (its limits). */
  documentUse(registrationId: number): Promise<{ count: number; bytes: number }>;
  documentById(id: number): Promise<StoredDocument | undefined>;
  /** Confirmed replications of an innovation (of all, without an id), the latest first. */
  confirmedReplications(innovationId?: string): Promise<ConfirmedReplication[]>;
  /** The confirmed replications whose replica is the given innovation. */
  replicationsInto(replicaId: string): Promise<ConfirmedReplication[]>;
  replicationByCode(code: string): Promise<ConfirmedReplication | undefined>;
}
