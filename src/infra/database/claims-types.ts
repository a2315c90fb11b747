import type { Locale } from '../../i18n/locales.ts';

/** A claim waits for the entry's owner or an administrator, who accepts or declines it. */
export const claimStatuses = ['pending', 'accepted', 'declined'] as const;
export type ClaimStatus = (typeof claimStatuses)[number];

/**
 * A second registration of an agency's entry from another address: who asks to share the
 * entry (contact data private, as a registration's), never applied to the entry itself.
 */
export interface NewClaim {
  registrationId: number;
  /** The agency's name as the claimant typed it. */
  agency: string;
  contactName: string;
  email: string;
  phone: string;
  note: string | undefined;
  locale: Locale;
  /** SHA-256 of the token mailed to the entry's owner to decide the claim. */
  decisionHash: string;
  now: string;
}

export interface Claim extends Omit<NewClaim, 'decisionHash' | 'now'> {
  id: number;
  status: ClaimStatus;
  createdAt: string;
  decidedAt: string | undefined;
  /** Who decided: `owner`, an administrator's address, or `admin-token`. */
  decidedBy: string | undefined;
}

export interface ClaimDecision {
  id: number;
  status: Exclude<ClaimStatus, 'pending'>;
  /** An accepted claimant's own private link (its hash): it opens the same entry. */
  tokenHash: string | undefined;
  by: string;
  now: string;
}

/** Claims on registrations (both databases). */
export interface ClaimStore {
  addClaim(claim: NewClaim): Promise<Claim>;
  /** The claims of an entry still waiting, oldest first. */
  pendingClaimsOf(registrationId: number): Promise<Claim[]>;
  /** Every claim still waiting, oldest first (the administrators' list). */
  pendingClaims(limit: number): Promise<Claim[]>;
  claimById(id: number): Promise<Claim | undefined>;
  claimByDecisionHash(decisionHash: string): Promise<Claim | undefined>;
  /** Decides a pending claim once: the claim, or undefined when it was not pending. */
  decideClaim(decision: ClaimDecision): Promise<Claim | undefined>;
}
