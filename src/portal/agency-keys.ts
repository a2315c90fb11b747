import { agencyFoldVersion, namedAgency } from '../lib/agency/name.ts';
import { placeName, registrationKey } from '../lib/interest/agency-key.ts';
import type { RegionIndex } from '../lib/regions/index.ts';
import { describeError } from '../lib/text/error.ts';
import type { Database } from '../infra/database/types.ts';
import type { PortalLog } from './types.ts';

/** What re-keying found: entries and accounts given a new key, entries left apart. */
export interface Rekeyed {
  entries: number;
  /** Entries whose new key another entry of the innovation holds: they stay apart. */
  keptApart: number;
  accounts: number;
}

/**
 * Puts the stored agency keys right for the way names fold now (`agencyFoldVersion`): every
 * registration is keyed again from the agency name it was registered with and its place, and
 * every agency account from its agency's name, once per fold (a migration of the data, which
 * SQL alone cannot make). Undefined when this fold's keys were made already. Run again when a
 * process stopped half-way: each step is idempotent.
 */
export async function rekeyAgencies(
  store: Database,
  regions: RegionIndex,
  now: () => Date = () => new Date(),
): Promise<Rekeyed | undefined> {
  if (await store.dataStepDone(agencyFoldVersion)) return undefined;
  const placeOf = (code: string) => {
    const found = regions.byCode(code);
    return found === undefined ? undefined : placeName(found);
  };
  const done: Rekeyed = { entries: 0, keptApart: 0, accounts: 0 };
  for await (const entry of store.exportAll()) {
    const key = registrationKey(entry, placeOf);
    if (key === entry.agencyKey) continue;
    if (await store.rekeyRegistration(entry.id, key)) done.entries += 1;
    else done.keptApart += 1;
  }
  for (const account of await store.listAccounts()) {
    if (account.agency === undefined || account.agencyKey === undefined) continue;
    const named = namedAgency(account.agency);
    if (named.key === account.agencyKey && named.name === account.agency) continue;
    const change = { id: account.id, agency: named.name, from: account.agencyKey, to: named.key };
    await store.transaction((tx) => tx.rekeyAccount(change));
    done.accounts += 1;
  }
  await store.recordDataStep(agencyFoldVersion, now().toISOString());
  return done;
}

/**
 * The re-keying as the portal runs it once its database opens, reported in the log. A failure
 * leaves the step unrecorded, so the next start finishes it.
 */
export async function rekeyOnOpen(
  store: Database,
  regions: () => RegionIndex,
  log: PortalLog,
): Promise<void> {
  try {
    const done = await rekeyAgencies(store, regions());
    if (done === undefined) return;
    log.info(
      `Agency keys made again (${agencyFoldVersion}): entries ${String(done.entries)}, ` +
        `accounts ${String(done.accounts)}, entries kept apart ${String(done.keptApart)}`,
    );
  } catch (error) {
    log.warn(`Agency keys: not keyed again yet (${describeError(error)})`);
  }
}
