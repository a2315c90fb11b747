import { clientKey, safeClientAddress } from './client.ts';
import { rateLimited, type HttpFailure } from './failure.ts';
import type { Config } from '../infra/config.ts';
import type { RateCounter, RateCounters } from '../infra/rate-limits/open.ts';

/**
 * Writes (registrations, stage changes), reads (the interest API, the open-data API),
 * downloads of whole result sets (the open-data exports) and heavy pages (`heavy-pages.ts`)
 * are counted apart; every way in (the token form, a bearer token, the sign-in link form)
 * shares one allowance, `sign-in`.
 */
export type RateBucket = 'write' | 'read' | 'export' | 'page' | 'sign-in';

/** A download may read a thousand records a page: it gets one twentieth of the reads. */
export const exportsPerRead = 1 / 20;

/** What a guard needs of a request: Astro's endpoint context and `Astro` global both fit. */
export interface RequestContext {
  readonly request: Request;
  readonly clientAddress: string;
}

/** Every client's allowance of one portal, whichever route (page or API) takes from it. */
export interface Limits {
  /**
   * Takes one request of `bucket` from the client's allowance (RATE_LIMIT_WRITES,
   * RATE_LIMIT_READS, RATE_LIMIT_PAGES per minute): undefined when it may go on, else the 429
   * to answer.
   */
  take(context: RequestContext, bucket: RateBucket): Promise<HttpFailure | undefined>;
  /** Requests of `bucket` a client may make per minute. */
  perMinute(bucket: RateBucket): number;
}

/** The allowances, counted in `counters` (this process, the cluster's primary or PostgreSQL). */
export function createLimits(
  config: Pick<
    Config,
    'RATE_LIMIT_WRITES' | 'RATE_LIMIT_READS' | 'RATE_LIMIT_PAGES' | 'TRUST_PROXY'
  >,
  counters: RateCounters,
): Limits {
  const perMinute = (bucket: RateBucket): number => bucketPerMinute(bucket, config);
  const made = new Map<RateBucket, RateCounter>();
  const counter = (bucket: RateBucket): RateCounter => {
    let found = made.get(bucket);
    if (found === undefined) {
      found = counters.counter({ name: bucket, perMinute: perMinute(bucket) });
      made.set(bucket, found);
    }
    return found;
  };
  return {
    async take(context, bucket) {
      const key = clientKey(context.request, safeClientAddress(context), config.TRUST_PROXY);
      const decision = await counter(bucket).take(key);
      return decision.ok ? undefined : rateLimited(decision.retryAfterSeconds);
    },
    perMinute,
  };
}

/** Requests of `bucket` a client may make per minute under `config`. */
export function bucketPerMinute(
  bucket: RateBucket,
  config: Pick<Config, 'RATE_LIMIT_WRITES' | 'RATE_LIMIT_READS' | 'RATE_LIMIT_PAGES'>,
): number {
  if (bucket === 'write' || bucket === 'sign-in') return config.RATE_LIMIT_WRITES;
  if (bucket === 'read') return config.RATE_LIMIT_READS;
  if (bucket === 'page') return config.RATE_LIMIT_PAGES;
  return Math.max(1, Math.ceil(config.RATE_LIMIT_READS * exportsPerRead));
}
