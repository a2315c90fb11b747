/** A rate limiter's answer: go on, or wait this many whole seconds. */
export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

export interface RateLimiter {
  /** Takes one request from `client`'s allowance. */
  take(client: string, now?: number): RateDecision;
  /** Clients currently remembered (bounded by `maxClients`). */
  readonly size: number;
}

export interface RateLimiterOptions {
  /** Requests a client may make per minute, and in one burst. */
  perMinute: number;
  /** Clients remembered at most; the least recently seen are forgotten first. */
  maxClients?: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * A token bucket per client: full at `perMinute` tokens, refilled continuously at `perMinute`
 * per minute, one token per request. Memory is bounded: a Map keeps insertion order, a client
 * is re-inserted on every request, so the first entries are the least recently seen and are
 * evicted when too many clients are remembered. A forgotten client starts again with a full
 * bucket, which only ever errs toward letting a request through.
 */
export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const capacity = options.perMinute;
  const perMs = options.perMinute / 60_000;
  const maxClients = options.maxClients ?? 50_000;
  const buckets = new Map<string, Bucket>();

  const take = (client: string, now = Date.now()): RateDecision => {
    const previous = buckets.get(client);
    const elapsed = previous === undefined ? 0 : Math.max(0, now - previous.at);
    const tokens = Math.min(capacity, (previous?.tokens ?? capacity) + elapsed * perMs);
    buckets.delete(client);
    if (tokens < 1) {
      buckets.set(client, { tokens, at: now });
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)) };
    }
    buckets.set(client, { tokens: tokens - 1, at: now });
    evict(buckets, maxClients);
    return { ok: true };
  };

  return {
    take,
    get size() {
      return buckets.size;
    },
  };
}

// --- internal ---

function evict(buckets: Map<string, Bucket>, maxClients: number): void {
  for (const client of buckets.keys()) {
    if (buckets.size <= maxClients) return;
    buckets.delete(client);
  }
}
