import type { Config } from '../config.ts';
import { clusterCounters } from './cluster.ts';
import { memoryCounters } from './memory.ts';
import { postgresCounters } from './postgres.ts';
import type { RateCounters } from './types.ts';

export type { RateCounters, RateCounter, RateDecision, RateStoreKind } from './types.ts';

/**
 * The store every process answering for the portal counts in: PostgreSQL when the portal has
 * one (it spans machines), else the cluster's primary for a worker of `node:cluster`, else this
 * process's memory.
 */
export function openRateCounters(
  config: Pick<Config, 'DATABASE_URL'>,
  inCluster: boolean,
  onStoreError: (error: unknown) => void,
): RateCounters {
  if (config.DATABASE_URL !== undefined) return postgresCounters(config.DATABASE_URL, onStoreError);
  if (inCluster) return clusterCounters(onStoreError);
  return memoryCounters();
}
