import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { RateCounter, RateCounterOptions, RateDecision } from './types.ts';

/** A fixed window of one minute: `perMinute` requests from its first, then wait for its end. */
export const WINDOW_SECONDS = 60;

/**
 * A counter over a shared limiter. A store that fails (PostgreSQL away, the primary too slow)
 * is not the client's fault: the request is counted in this process instead, so a client keeps
 * an allowance (per process) and nobody is refused because the store is down.
 */
export function sharedCounter(
  shared: RateLimiterAbstract,
  options: RateCounterOptions,
  onStoreError: (error: unknown) => void,
): RateCounter {
  const local = memoryLimiter(options);
  return {
    take: async (client) => {
      try {
        return await consume(shared, client);
      } catch (error) {
        onStoreError(error);
        return consume(local, client);
      }
    },
  };
}

export function memoryLimiter(options: RateCounterOptions): RateLimiterMemory {
  return new RateLimiterMemory(limiterOptions(options));
}

export function limiterOptions(options: RateCounterOptions): {
  keyPrefix: string;
  points: number;
  duration: number;
} {
  return { keyPrefix: `rate_${options.name}`, points: options.perMinute, duration: WINDOW_SECONDS };
}

/** One request taken; a refusal is an answer, any other rejection the store's failure. */
export async function consume(limiter: RateLimiterAbstract, client: string): Promise<RateDecision> {
  try {
    await limiter.consume(client);
    return { ok: true };
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
  }
}
