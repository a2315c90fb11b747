import type { Locale } from '../../i18n/locales.ts';

/**
 * Where a message stands: waiting (`queued`, also after a temporary refusal, with the time of
 * its next attempt), claimed by a sender (`sending`, for a lease), delivered (`sent`), or given
 * up (`failed`, with the server's answer).
 */
export const mailStatuses = ['queued', 'sending', 'sent', 'failed'] as const;
export type MailStatus = (typeof mailStatuses)[number];

/** A message to write into the outbox, rendered already (subject, plain text, HTML). */
export interface NewMail {
  /** What caused it (`interest-link`, `stage-change`, …): for the admin list, never a person. */
  kind: string;
  recipient: string;
  locale: Locale;
  subject: string;
  text: string;
  html: string;
}

export interface OutboxMail extends NewMail {
  id: number;
  status: MailStatus;
  /** Delivery attempts begun (a claim is an attempt). */
  attempts: number;
  nextAttemptAt: string;
  /** The server's answer to the last failed attempt, or the connection's error. */
  lastError: string | undefined;
  createdAt: string;
  sentAt: string | undefined;
}

/** A message a sender holds: only the holder of `claim` may settle it. */
export interface ClaimedMail extends OutboxMail {
  claim: string;
}

export interface MailClaim {
  /** A random value naming this claim. */
  claim: string;
  now: string;
  /** Until when the claim holds: a sender that dies mid-send leaves it to another after this. */
  until: string;
}

export type MailSettlement =
  | { kind: 'sent'; now: string }
  | { kind: 'retry'; error: string; nextAttemptAt: string }
  | { kind: 'failed'; error: string };

export interface OutboxFilter {
  status?: MailStatus | undefined;
  limit: number;
  offset: number;
}

/** The outbox of the store: messages written with the events that cause them, sent later. */
export interface OutboxStore {
  /** Writes a message, due at once. */
  enqueueMail(mail: NewMail, now: string): Promise<number>;
  /**
   * Atomically takes the oldest due message (queued and due, or `sending` with its lease run
   * out): two senders, in one process or on several machines, never take the same one.
   */
  claimMail(claim: MailClaim): Promise<ClaimedMail | undefined>;
  /**
   * Settles a claimed message; false when the claim is no longer held (its lease ran out and
   * another sender took it). A sent message keeps its subject, not its body (which may hold a
   * private link).
   */
  settleMail(id: number, claim: string, settlement: MailSettlement): Promise<boolean>;
  /** For administrators, newest first. */
  listMail(filter: OutboxFilter): Promise<{ rows: OutboxMail[]; total: number }>;
  /** Messages of `kind` written to `recipient` since `since` (to space out messages on request). */
  mailsSince(recipient: string, kind: string, since: string): Promise<number>;
  /** Messages by status (the metrics' outbox depth, the admin page's tabs). */
  mailCounts(): Promise<Record<MailStatus, number>>;
}
