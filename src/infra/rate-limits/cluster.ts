import cluster, { type Worker } from 'node:cluster';
import { z } from 'zod';
import type { RateLimiterMemory } from 'rate-limiter-flexible';
import { consume, memoryLimiter } from './counter.ts';
import type { RateCounters, RateDecision } from './types.ts';

/** The primary answers within this; past it a worker counts the request itself. */
const PRIMARY_TIMEOUT_MS = 1_000;

/** Tells our messages apart from any other on the cluster's channel. */
const CHANNEL = 'lumbung:rate-limits';

/**
 * A site process of `node:cluster` on one machine: the counts are kept by the cluster's primary
 * (which must run `serveClusterRateLimits`), asked over the cluster's IPC channel, so every
 * worker sees the same numbers. The requests taken in one turn of the event loop go in one
 * message and come back in one: under the interest bench one message per request (as
 * rate-limiter-flexible's cluster limiter sends) cost ~7.5 % of each site process's CPU and
 * ~8 % of a core in the primary, most of it writing and parsing IPC messages.
 */
export function clusterCounters(onStoreError: (error: unknown) => void): RateCounters {
  const primary = primaryLink();
  return {
    kind: 'cluster',
    counter(options) {
      const local = memoryLimiter(options);
      return {
        take: async (client) => {
          try {
            return await primary.ask({ name: options.name, perMinute: options.perMinute, client });
          } catch (error) {
            onStoreError(error);
            return consume(local, client);
          }
        },
      };
    },
    close: () => {
      primary.close();
      return Promise.resolve();
    },
  };
}

/** In the cluster's primary, before it forks: keeps the counts the workers ask for. */
export function serveClusterRateLimits(): void {
  const limiters = new Map<string, RateLimiterMemory>();
  const limiterOf = ({ name, perMinute }: { name: string; perMinute: number }) => {
    const id = `${name}\u0000${String(perMinute)}`;
    let limiter = limiters.get(id);
    if (limiter === undefined) {
      limiter = memoryLimiter({ name, perMinute });
      limiters.set(id, limiter);
    }
    return limiter;
  };
  cluster.on('message', (worker: Worker, message: unknown) => {
    const parsed = asksMessage.safeParse(message);
    if (!parsed.success) return;
    void Promise.all(
      parsed.data.asks.map(async (ask) => ({
        id: ask.id,
        decision: await consume(limiterOf(ask), ask.client),
      })),
    ).then((answers) => {
      // A worker that died meanwhile has nobody to tell.
      if (worker.isConnected())
        worker.send({ channel: CHANNEL, batch: parsed.data.batch, answers });
    });
  });
}

// --- internal ---

const askSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  perMinute: z.number().int().positive(),
  client: z.string(),
});
const asksMessage = z.object({
  channel: z.literal(CHANNEL),
  batch: z.number().int(),
  asks: z.array(askSchema),
});
const decisionSchema = z.union([
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), retryAfterSeconds: z.number() }),
]);
const answersMessage = z.object({
  channel: z.literal(CHANNEL),
  batch: z.number().int(),
  answers: z.array(z.object({ id: z.number().int(), decision: decisionSchema })),
});

type Ask = Omit<z.output<typeof askSchema>, 'id'>;

interface Waiting {
  resolve: (decision: RateDecision) => void;
  reject: (error: Error) => void;
}

/**
 * This worker's side of the channel: asks gathered until the event loop's next turn, sent as
 * one message; each answered from the primary's one reply, or rejected after the timeout.
 */
function primaryLink() {
  const waiting = new Map<number, Waiting>();
  // The timeout of each batch sent and not answered yet.
  const timers = new Map<number, NodeJS.Timeout>();
  let gathered: z.output<typeof askSchema>[] = [];
  let serial = 0;
  let batches = 0;

  const onMessage = (message: unknown) => {
    const parsed = answersMessage.safeParse(message);
    if (!parsed.success) return;
    clearTimeout(timers.get(parsed.data.batch));
    timers.delete(parsed.data.batch);
    for (const { id, decision } of parsed.data.answers) {
      waiting.get(id)?.resolve(decision);
      waiting.delete(id);
    }
  };
  process.on('message', onMessage);

  const send = () => {
    const asks = gathered;
    gathered = [];
    batches += 1;
    const batch = batches;
    const fail = (error: Error) => {
      clearTimeout(timers.get(batch));
      timers.delete(batch);
      for (const { id } of asks) {
        waiting.get(id)?.reject(error);
        waiting.delete(id);
      }
    };
    if (process.send === undefined) {
      fail(new Error('rate limits: this process has no cluster primary'));
      return;
    }
    const timer = setTimeout(() => {
      fail(new Error(`rate limits: the primary did not answer within ${PRIMARY_TIMEOUT_MS} ms`));
    }, PRIMARY_TIMEOUT_MS);
    timer.unref();
    timers.set(batch, timer);
    process.send({ channel: CHANNEL, batch, asks }, undefined, {}, (error: Error | null) => {
      if (error !== null) fail(error);
    });
  };

  return {
    ask(ask: Ask): Promise<RateDecision> {
      const { promise, resolve, reject } = Promise.withResolvers<RateDecision>();
      serial += 1;
      waiting.set(serial, { resolve, reject });
      gathered.push({ ...ask, id: serial });
      if (gathered.length === 1) setImmediate(send);
      return promise;
    },
    close() {
      process.off('message', onMessage);
      for (const timer of timers.values()) clearTimeout(timer);
    },
  };
}
