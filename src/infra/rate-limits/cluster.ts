import { RateLimiterCluster, RateLimiterClusterMaster } from 'rate-limiter-flexible';
import { limiterOptions, sharedCounter } from './counter.ts';
import type { RateCounters } from './types.ts';

/** The primary answers within this; past it a worker counts the request itself. */
const PRIMARY_TIMEOUT_MS = 1_000;

/**
 * A site process of `node:cluster` on one machine: the counts are kept by the cluster's primary
 * (which must run `serveClusterRateLimits`), asked over the cluster's IPC channel, so every
 * worker sees the same numbers.
 */
export function clusterCounters(onStoreError: (error: unknown) => void): RateCounters {
  return {
    kind: 'cluster',
    counter(options) {
      const shared = new RateLimiterCluster({
        ...limiterOptions(options),
        timeoutMs: PRIMARY_TIMEOUT_MS,
      });
      return sharedCounter(shared, options, onStoreError);
    },
    close: () => Promise.resolve(),
  };
}

/** In the cluster's primary, before it forks: keeps the counts the workers ask for. */
export function serveClusterRateLimits(): void {
  new RateLimiterClusterMaster();
}
