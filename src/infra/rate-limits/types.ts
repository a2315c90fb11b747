/** A rate limiter's answer: go on, or wait this many whole seconds. */
export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

/** One allowance (writes, reads, downloads): so many requests per client and minute. */
export interface RateCounter {
  /** Takes one request from `client`'s allowance. */
  take(client: string): Promise<RateDecision>;
}

export interface RateCounterOptions {
  /** Tells the counters of one store apart (`write`, `read`, `export`). */
  name: string;
  perMinute: number;
}

/** Where the counts are kept: this process, the cluster's primary, or PostgreSQL. */
export type RateStoreKind = 'memory' | 'cluster' | 'postgres';

/**
 * The counts of every client, kept where every process that answers for the portal sees the
 * same numbers: a driver per store behind this one interface.
 */
export interface RateCounters {
  readonly kind: RateStoreKind;
  counter(options: RateCounterOptions): RateCounter;
  close(): Promise<void>;
}
