import type { Locale } from '../../i18n/locales.ts';
import type { UpdateContent, UpdateState } from '../../lib/agency/update.ts';

/** An agency's update of one of its innovations, as the store keeps it. */
export interface AgencyUpdate extends UpdateContent {
  id: number;
  innovationId: string;
  agencyKey: string;
  state: UpdateState;
  /** The address of the agency's person who sent it. */
  submittedBy: string;
  /** The language of the pages it was sent from: the review's message is written in it. */
  locale: Locale;
  submittedAt: string;
  reviewedBy: string | undefined;
  reviewedAt: string | undefined;
  /** Why an administrator rejected it. */
  reason: string | undefined;
  /** Since when what it shows is live (published ones and those they replaced). */
  visibleSince: string | undefined;
}

export interface NewAgencyUpdate extends UpdateContent {
  innovationId: string;
  agencyKey: string;
  submittedBy: string;
  locale: Locale;
  now: string;
}

/** An innovation's approved updates: the live one and those it replaced, newest first. */
export interface ApprovedUpdates {
  live: AgencyUpdate;
  earlier: AgencyUpdate[];
}

/** Agencies' updates: submitted, reviewed, and the layer the index applies over the sources. */
export interface AgencyUpdateStore {
  /** Stores a pending update; an earlier pending one of the same innovation is superseded. */
  submitUpdate(update: NewAgencyUpdate): Promise<AgencyUpdate>;
  agencyUpdate(id: number): Promise<AgencyUpdate | undefined>;
  /** Every update of an innovation, newest first. */
  updatesOf(innovationId: string): Promise<AgencyUpdate[]>;
  /** The review queue, oldest first. */
  pendingUpdates(limit: number, offset: number): Promise<{ rows: AgencyUpdate[]; total: number }>;
  /**
   * Publishes a pending update (the innovation's live one becomes `superseded`); undefined when
   * it is not pending. Run it in a transaction.
   */
  approveUpdate(id: number, reviewer: string, now: string): Promise<AgencyUpdate | undefined>;
  /** Rejects a pending update with a reason; undefined when it is not pending. */
  rejectUpdate(
    id: number,
    reviewer: string,
    reason: string,
    now: string,
  ): Promise<AgencyUpdate | undefined>;
  /** The approved updates of the given innovations, or of every innovation that has one. */
  approvedUpdates(innovationIds?: readonly string[]): Promise<Map<string, ApprovedUpdates>>;
}
