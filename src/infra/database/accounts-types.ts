import type { Locale } from '../../i18n/locales.ts';

/** Who may sign in: an administrator, or a person of one agency. */
export const roles = ['admin', 'agency'] as const;
export type Role = (typeof roles)[number];

export interface Account {
  id: number;
  /** As the administrator typed it; `emailKey` (lower case) is what is unique. */
  email: string;
  role: Role;
  /** An agency account's agency, as typed, and its normalised key (one person, one agency). */
  agency: string | undefined;
  agencyKey: string | undefined;
  /** Who invited the person (an account's address, or `admin-token`). */
  invitedBy: string;
  createdAt: string;
  /** The language of the pages the person last signed in on: its mail is written in it. */
  locale?: Locale | undefined;
}

export type NewAccount = Omit<Account, 'id' | 'createdAt' | 'locale'> & { now: string };

/** A live session: its account, or none for the administrators' token's session. */
export interface SessionOwner {
  account: Account | undefined;
}

export interface NewAuditEntry {
  at: string;
  /** Who acted: an account's address, or `admin-token`. */
  actor: string;
  /** What was done (`registration.stage`, `account.invite`, `session.revoke-all`, …). */
  action: string;
  /** What it was done to (`registration 12`, an account's address). */
  subject: string;
  before: unknown;
  after: unknown;
}

export interface AuditEntry extends Omit<NewAuditEntry, 'before' | 'after'> {
  id: number;
  /** JSON of the state before and after, or undefined. */
  before: string | undefined;
  after: string | undefined;
}

/** Accounts, sessions, sign-in links and the audit log (hashes of the random values only). */
export interface AccountStore {
  /** A new account; undefined when the address has one already. */
  createAccount(account: NewAccount): Promise<Account | undefined>;
  accountByEmail(email: string): Promise<Account | undefined>;
  listAccounts(): Promise<Account[]>;
  /** The people of one agency (its folded key), or every administrator when `agencyKey` is undefined. */
  accountsOf(agencyKey: string | undefined): Promise<Account[]>;
  /** Keeps the language a person signed in with (its mail is written in it). */
  setAccountLocale(id: number, locale: Locale): Promise<void>;
  createSession(session: {
    idHash: string;
    accountId: number | undefined;
    now: string;
    expiresAt: string;
  }): Promise<void>;
  /** Deletes sessions and sign-in links that expired before `before` (they open nothing). */
  pruneExpired(before: string): Promise<void>;
  /** The owner of a session neither revoked nor expired at `now`, or undefined. */
  sessionOwner(idHash: string, now: string): Promise<SessionOwner | undefined>;
  revokeSession(idHash: string, now: string): Promise<void>;
  /** Ends every session of an account (undefined: every session of the administrators' token). */
  revokeSessionsOf(accountId: number | undefined, now: string): Promise<number>;
  createSignInLink(link: {
    tokenHash: string;
    accountId: number;
    now: string;
    expiresAt: string;
  }): Promise<void>;
  /** Uses a sign-in link once (atomically): its account, or undefined when used, expired or unknown. */
  useSignInLink(tokenHash: string, now: string): Promise<Account | undefined>;
  appendAudit(entry: NewAuditEntry): Promise<void>;
  /** Newest first. */
  listAudit(limit: number, offset: number): Promise<{ rows: AuditEntry[]; total: number }>;
}
