import type { Account } from '../../infra/database/accounts-types.ts';
import { createPeriodicJob, type PeriodicJob } from '../../infra/jobs/periodic.ts';
import type { Portal } from '../../portal/types.ts';
import { innovationsOf, type AreaInnovation } from './agency-area.ts';
import { reminderMail } from './reminder-mail.ts';

/** The store's name of the reminders' lease. */
export const REMINDER_JOB = 'agency-reminders';

/** An innovation is stale when nothing dated was said of its status for this many months. */
export const STALE_MONTHS = 12;

/** An agency is reminded once in this many months at most. */
export const REMINDER_GAP_MONTHS = 1;

/** The most innovations one reminder lists (the longest unverified first). */
export const REMINDER_INNOVATIONS_MAX = 50;

type ReminderPortal = Pick<Portal, 'database' | 'search' | 'mail' | 'config' | 'log'>;

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
 * Reminds every agency with people (accounts) and innovations not updated for 12 months (no
 * dated status statement, by a programme or the agency, in that time): one message to each of
 * its people, written with the reminder's record in one transaction; the record refuses a
 * second reminder within a month, so two rounds (or two processes) never send it twice.
 * Returns how many agencies were reminded.
 */
export async function remindStaleAgencies(portal: ReminderPortal, now: Date): Promise<number> {
  const store = await portal.database();
  const staleBefore = monthsBefore(now, STALE_MONTHS);
  const since = monthsBefore(now, REMINDER_GAP_MONTHS).toISOString();
  const origin =
    portal.config.SITE_URL ?? `http://${portal.config.HOST}:${String(portal.config.PORT)}`;
  let reminded = 0;
  for (const [agencyKey, people] of agencies(await store.listAccounts())) {
    const [first] = people;
    if (first?.agency === undefined) continue;
    const agency = first.agency;
    const stale = staleOnes(await innovationsOf(portal, agencyKey), staleBefore);
    if (stale.length === 0) continue;
    const at = now.toISOString();
    const recorded = await store.transaction(async (tx) => {
      if (!(await tx.recordReminder({ agencyKey, now: at, since }))) return false;
      for (const person of people) {
        await tx.enqueueMail(reminderMail(origin, person, agency, stale), at);
      }
      return true;
    });
    if (recorded) reminded += 1;
  }
  if (reminded > 0) portal.mail.kick();
  return reminded;
}

// --- internal ---

type Listed = Omit<AreaInnovation, 'registrations'>;

/** Agency accounts by their agency's key. */
function agencies(accounts: readonly Account[]): Map<string, Account[]> {
  const byKey = new Map<string, Account[]>();
  for (const account of accounts) {
    if (account.role !== 'agency' || account.agencyKey === undefined) continue;
    byKey.set(account.agencyKey, [...(byKey.get(account.agencyKey) ?? []), account]);
  }
  return byKey;
}

/** Innovations with no dated status since `before`, the longest unverified (or never) first. */
function staleOnes(innovations: readonly Listed[], before: Date): Listed[] {
  const cutoff = before.toISOString().slice(0, 10);
  return innovations
    .filter((innovation) => (innovation.statusUpdatedAt ?? '') < cutoff)
    .sort((a, b) => (a.statusUpdatedAt ?? '').localeCompare(b.statusUpdatedAt ?? ''))
    .slice(0, REMINDER_INNOVATIONS_MAX);
}

function monthsBefore(date: Date, months: number): Date {
  const earlier = new Date(date);
  earlier.setUTCMonth(earlier.getUTCMonth() - months);
  return earlier;
}
