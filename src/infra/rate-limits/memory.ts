import { consume, memoryLimiter } from './counter.ts';
import type { RateCounters } from './types.ts';

/** One process alone (the one-machine default): the counts live in its memory. */
export function memoryCounters(): RateCounters {
  return {
    kind: 'memory',
    counter(options) {
      const limiter = memoryLimiter(options);
      return { take: (client) => consume(limiter, client) };
    },
    close: () => Promise.resolve(),
  };
}
