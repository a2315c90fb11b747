import { replicationStats, type ReplicationStats } from '../../lib/replication/stats.ts';
import type { Portal } from '../../portal/types.ts';

/** Confirmed replications per year and the median time to replicate, from the store. */
export async function confirmedReplicationStats(
  portal: Pick<Portal, 'database'>,
): Promise<ReplicationStats> {
  const store = await portal.database();
  return replicationStats(await store.confirmedReplications());
}

/** The same, or undefined while the store cannot be read (the page still renders). */
export async function replicationStatsOrNothing(
  portal: Pick<Portal, 'database' | 'log'>,
): Promise<ReplicationStats | undefined> {
  try {
    return await confirmedReplicationStats(portal);
  } catch (error) {
    portal.log.warn(`replication numbers: ${String(error)}`);
    return undefined;
  }
}
