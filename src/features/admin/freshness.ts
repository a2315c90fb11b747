import {
  freshnessQueries,
  freshnessTables,
  type FreshnessTables,
} from '../../lib/agency/freshness.ts';
import {
  staleAgencies,
  staleDetailQueries,
  staleRankingQuery,
  topStale,
  type StaleAgencyCounts,
} from '../../lib/agency/stale-agencies.ts';
import type { Account } from '../../infra/database/accounts-types.ts';
import type { Portal } from '../../portal/types.ts';
import { nextReminderFrom, reminderDue } from '../accounts/reminders.ts';

/** A stale agency as the dashboard lists it: its figures, its people, its last reminder. */
export interface StaleAgency extends StaleAgencyCounts {
  /** How many of its people have an account (0: nobody to remind yet). */
  people: number;
  lastReminded?: string;
  /** When it may be reminded again, while it may not (reminded within the month). */
  nextReminder?: string;
}

/** What the freshness dashboard shows. */
export interface FreshnessData {
  /** The moment the windows were counted from. */
  now: string;
  tables: FreshnessTables;
  agencies: StaleAgency[];
}

/**
 * The dashboard's figures at `now`: two multi-searches with the search-only key (the figures and
 * the agencies' ranking, then the ranked agencies' details), then the store for their people and
 * last reminders. Throws what `SiteSearch.run` throws.
 */
export async function freshnessData(
  portal: Pick<Portal, 'search' | 'database'>,
  now: Date,
): Promise<FreshnessData> {
  const { tables, counted } = await portal.search.run(async ({ client, indexUid }) => {
    const first = await client.multiSearch({
      queries: [...freshnessQueries(indexUid, now), staleRankingQuery(indexUid, now)],
    });
    const ranked = topStale(first.results[4]);
    const slugs = ranked.map(([slug]) => slug);
    const details =
      slugs.length === 0
        ? { results: [] }
        : await client.multiSearch({ queries: staleDetailQueries(indexUid, slugs) });
    return {
      tables: freshnessTables(first.results),
      counted: staleAgencies(ranked, details.results),
    };
  });
  const store = await portal.database();
  const [accounts, reminded] = await Promise.all([
    store.listAccounts(),
    store.lastReminders(counted.map((agency) => agency.slug)),
  ]);
  const people = peopleByAgency(accounts);
  const agencies = counted.map((agency) => {
    const lastReminded = reminded.get(agency.slug);
    return {
      ...agency,
      people: people.get(agency.slug) ?? 0,
      ...(lastReminded !== undefined && { lastReminded }),
      ...(lastReminded !== undefined &&
        !reminderDue(lastReminded, now) && { nextReminder: nextReminderFrom(lastReminded) }),
    };
  });
  return { now: now.toISOString(), tables, agencies };
}

// --- internal ---

function peopleByAgency(accounts: readonly Account[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const account of accounts) {
    if (account.role !== 'agency' || account.agencyKey === undefined) continue;
    counts.set(account.agencyKey, (counts.get(account.agencyKey) ?? 0) + 1);
  }
  return counts;
}
