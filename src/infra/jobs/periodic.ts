import { randomBytes } from 'node:crypto';
import type { JobStore } from '../database/jobs-types.ts';
import { describeError } from '../../lib/text/error.ts';

export interface PeriodicJobOptions {
  /** The lease's name in the store: one holder of it runs the job, whatever the processes. */
  name: string;
  everyMs: number;
  store: () => Promise<JobStore>;
  /** The work of one round (only ever run by the lease's holder, never twice at once here). */
  run: (now: Date) => Promise<void>;
  /** Lines for the operator: never a person's data. */
  log: (line: string) => void;
}

export interface PeriodicJob {
  start(): void;
  /** One round now, if this process holds (or takes) the lease: true when it ran. */
  tick(): Promise<boolean>;
  stop(): Promise<void>;
}

/**
 * A job run every `everyMs` by exactly one process of all those sharing the store: each round
 * a process takes or renews the job's lease in the store (held for three rounds, so the
 * holder keeps it while it lives, and another takes over once a holder has been gone that
 * long), and only the holder runs the round.
 */
export function createPeriodicJob(options: PeriodicJobOptions): PeriodicJob {
  const holder = randomBytes(9).toString('base64url');
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<boolean> | undefined;
  let stopped = false;

  const round = async (): Promise<boolean> => {
    const now = new Date();
    const store = await options.store();
    const held = await store.holdLease({
      name: options.name,
      holder,
      now: now.toISOString(),
      until: new Date(now.getTime() + 3 * options.everyMs).toISOString(),
    });
    if (!held || stopped) return false;
    await options.run(now);
    return true;
  };
  const tick = (): Promise<boolean> => {
    running ??= round()
      .catch((error: unknown) => {
        options.log(`${options.name}: round failed (${describeError(error)}); tried again later`);
        return false;
      })
      .finally(() => {
        running = undefined;
      });
    return running;
  };

  return {
    start() {
      if (timer !== undefined || stopped) return;
      timer = setInterval(() => void tick(), options.everyMs);
      timer.unref();
      void tick();
    },
    tick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
