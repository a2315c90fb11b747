import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../../src/http/rate-limit.ts';

describe('createRateLimiter', () => {
  it('lets a burst of perMinute through, then refuses with the wait for one token', () => {
    const limiter = createRateLimiter({ perMinute: 3 });
    const at = 1_000_000;
    expect([1, 2, 3].map(() => limiter.take('a', at).ok)).toEqual([true, true, true]);
    // 3 per minute: one token every 20 s.
    expect(limiter.take('a', at)).toEqual({ ok: false, retryAfterSeconds: 20 });
    expect(limiter.take('a', at + 15_000)).toEqual({ ok: false, retryAfterSeconds: 5 });
    expect(limiter.take('a', at + 20_000).ok).toBe(true);
  });

  it('counts each client apart', () => {
    const limiter = createRateLimiter({ perMinute: 1 });
    expect(limiter.take('a', 0).ok).toBe(true);
    expect(limiter.take('a', 0).ok).toBe(false);
    expect(limiter.take('b', 0).ok).toBe(true);
  });

  it('never holds more than a full bucket, however long a client was away', () => {
    const limiter = createRateLimiter({ perMinute: 2 });
    limiter.take('a', 0);
    const later = 24 * 3_600_000;
    expect([1, 2, 3].map(() => limiter.take('a', later).ok)).toEqual([true, true, false]);
  });

  it('asks for at least one second', () => {
    const limiter = createRateLimiter({ perMinute: 6_000 });
    for (let taken = 0; taken < 6_000; taken += 1) limiter.take('a', 0);
    expect(limiter.take('a', 0)).toEqual({ ok: false, retryAfterSeconds: 1 });
  });

  it('remembers at most maxClients, forgetting the least recently seen', () => {
    const limiter = createRateLimiter({ perMinute: 1, maxClients: 100 });
    limiter.take('kept', 0);
    for (let client = 0; client < 1_000; client += 1) {
      limiter.take(`c${client}`, 0);
      if (client % 50 === 0) limiter.take('kept', 0);
    }
    expect(limiter.size).toBe(100);
    // Seen recently, so still remembered (and still empty); the first of the crowd is not.
    expect(limiter.take('kept', 0).ok).toBe(false);
    expect(limiter.take('c0', 0).ok).toBe(true);
  });
});
