import type { Account } from '../../infra/database/accounts-types.ts';
import type { Database } from '../../infra/database/types.ts';
import { createPeriodicJob, type PeriodicJob } from '../../infra/jobs/periodic.ts';
import { STALE_MONTHS, verifiedWithin } from '../../lib/agency/verified.ts';
import type { Portal } from '../../portal/types.ts';
import { innovationsOf, type AreaInnovation } from './agency-area.ts';
import { reminderMail } from './reminder-mail.ts';

/** The store's name of the reminders' lease. */
export const REMINDER_JOB = 'agency-reminders';

/** An agency is reminded once in this many months at most. */
export const REMINDER_GAP_MONTHS = 1;

/** The most innovations one reminder lists (the longest unverified first). */
export const REMINDER_INNOVATIONS_MAX = 50;

type ReminderPortal = Pick<Portal, 'database' | 'search' | 'mail' | 'config' | 'log'>;

/** What reminding one agency came to. */
export type ReminderOutcome =
  | { kind: 'sent'; at: string; people: number; innovations: number }
  /** Reminded within the month already (`lastSent`): nothing was sent. */
  | { kind: 'recent'; lastSent: string }
  | { kind: 'nothing-stale' }
  | { kind: 'no-account' };

/** Written in the reminder's own transaction (an administrator's reminder: its audit line). */
export type OnReminded = (
  tx: Database,
  sent: Extract<ReminderOutcome, { kind: 'sent' }>,
) => Promise<void>;

/**
 * The reminders as a periodic job of the portal: every REMINDER_CHECK_MS one process (the
 * lease's holder) reminds the agencies that are due.
 */
export function agencyReminders(portal: ReminderPortal): PeriodicJob {
  return createPeriodicJob({
    name: REMINDER_JOB,
    everyMs: portal.config.REMINDER_CHECK_MS,
    store: portal.database,
    run: async (now) => {
      const sent = await remindStaleAgencies(portal, now);
      if (sent > 0) portal.log.info(`Reminders: ${String(sent)} agencies reminded`);
    },
    log: portal.log.warn,
  });
}

/**
 * Reminds every agency with people (accounts) and innovations not verified for 12 months (see
 * `verifiedWithin`): one message to each of its people, written with the reminder's record in
 * one transaction; the record refuses a second reminder within a month, so two rounds (or two
 * processes, or an administrator's button) never send it twice. Returns how many agencies were
 * reminded.
 */
export async function remindStaleAgencies(portal: ReminderPortal, now: Date): Promise<number> {
  const store = await portal.database();
  const origin =
    portal.config.SITE_URL ?? `http://${portal.config.HOST}:${String(portal.config.PORT)}`;
  let reminded = 0;
  for (const [agencyKey, people] of agencies(await store.listAccounts())) {
    const outcome = await remindPeople(portal, { agencyKey, people, now, origin });
    if (outcome.kind === 'sent') reminded += 1;
  }
  if (reminded > 0) portal.mail.kick();
  return reminded;
}

/**
 * Reminds one agency now, as the job would (an administrator's button): the same people, the
 * same stale innovations, the same once-a-month record. `origin` is what the links point to.
 */
export async function remindAgency(
  portal: ReminderPortal,
  reminder: { agencyKey: string; now: Date; origin: string },
  onReminded?: OnReminded,
): Promise<ReminderOutcome> {
  const store = await portal.database();
  const people = await store.accountsOf(reminder.agencyKey);
  const outcome = await remindPeople(portal, { ...reminder, people }, onReminded);
  if (outcome.kind === 'sent') portal.mail.kick();
  return outcome;
}

/** Whether an agency last reminded at `lastSent` may be reminded again at `now`. */
export function reminderDue(lastSent: string | undefined, now: Date): boolean {
  return lastSent === undefined || lastSent <= monthsBefore(now, REMINDER_GAP_MONTHS).toISOString();
}

/** The first moment an agency last reminded at `lastSent` may be reminded again. */
export function nextReminderFrom(lastSent: string): string {
  const next = new Date(lastSent);
  next.setUTCMonth(next.getUTCMonth() + REMINDER_GAP_MONTHS);
  return next.toISOString();
}

// --- internal ---

type Listed = Omit<AreaInnovation, 'registrations'>;

async function remindPeople(
  portal: ReminderPortal,
  {
    agencyKey,
    people,
    now,
    origin,
  }: { agencyKey: string; people: Account[]; now: Date; origin: string },
  onReminded?: OnReminded,
): Promise<ReminderOutcome> {
  const agency = people.find((person) => person.agency !== undefined)?.agency;
  if (agency === undefined) return { kind: 'no-account' };
  const stale = staleOnes(await innovationsOf(portal, agencyKey), now);
  if (stale.length === 0) return { kind: 'nothing-stale' };
  const store = await portal.database();
  const at = now.toISOString();
  const since = monthsBefore(now, REMINDER_GAP_MONTHS).toISOString();
  const sent = { kind: 'sent', at, people: people.length, innovations: stale.length } as const;
  const recorded = await store.transaction(async (tx) => {
    if (!(await tx.recordReminder({ agencyKey, now: at, since }))) return false;
    for (const person of people) {
      await tx.enqueueMail(reminderMail(origin, person, agency, stale), at);
    }
    await onReminded?.(tx, sent);
    return true;
  });
  if (recorded) return sent;
  const lastSent = (await store.lastReminders([agencyKey])).get(agencyKey) ?? at;
  return { kind: 'recent', lastSent };
}

/** Agency accounts by their agency's key. */
function agencies(accounts: readonly Account[]): Map<string, Account[]> {
  const byKey = new Map<string, Account[]>();
  for (const account of accounts) {
    if (account.role !== 'agency' || account.agencyKey === undefined) continue;
    byKey.set(account.agencyKey, [...(byKey.get(account.agencyKey) ?? []), account]);
  }
  return byKey;
}

/** Innovations not verified for 12 months, the longest unverified (or never) first. */
function staleOnes(innovations: readonly Listed[], now: Date): Listed[] {
  return innovations
    .filter((innovation) => !verifiedWithin(innovation.statusUpdatedAt, STALE_MONTHS, now))
    .sort((a, b) => (a.statusUpdatedAt ?? '').localeCompare(b.statusUpdatedAt ?? ''))
    .slice(0, REMINDER_INNOVATIONS_MAX);
}

function monthsBefore(date: Date, months: number): Date {
  const earlier = new Date(date);
  earlier.setUTCMonth(earlier.getUTCMonth() - months);
  return earlier;
}
