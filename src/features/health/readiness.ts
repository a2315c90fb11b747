import { describeError } from '../../lib/text/error.ts';
import type { Portal } from '../../portal/types.ts';

/** One dependency's state, as `/readyz` reports it. */
export type CheckState = 'ok' | 'down';

export interface Readiness {
  ready: boolean;
  /** The process is stopping (SIGTERM): a load balancer should send it nothing new. */
  stopping: boolean;
  /** The store answers a query; it was opened, so its migrations are applied. */
  store: CheckState;
  /** The search engine answers its health route. */
  engine: CheckState;
}

/** Longer than a healthy answer ever takes, shorter than a load balancer's probe timeout. */
const CHECK_TIMEOUT_MS = 2_000;

/**
 * Whether this process should be sent requests: not stopping, its store open (migrations
 * applied) and answering, the engine answering. Both are checked at once, each bounded, so a
 * hung dependency makes the answer "not ready", never a probe that times out. Why a check
 * failed goes to the portal's log, not to the answer, which anyone may read.
 */
export async function checkReadiness(portal: Portal): Promise<Readiness> {
  const [store, engine] = await Promise.all([
    check(portal, 'store', async () => {
      await (await portal.database()).ping();
    }),
    check(portal, 'engine', () =>
      portal.search.run(async (found) => {
        await found.client.health();
      }),
    ),
  ]);
  const stopping = portal.stopping();
  return { ready: !stopping && store === 'ok' && engine === 'ok', stopping, store, engine };
}

async function check(portal: Portal, name: string, work: () => Promise<void>): Promise<CheckState> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, fail) => {
    timer = setTimeout(() => {
      fail(new Error(`no answer within ${String(CHECK_TIMEOUT_MS)} ms`));
    }, CHECK_TIMEOUT_MS);
  });
  try {
    await Promise.race([work(), timeout]);
    return 'ok';
  } catch (error) {
    portal.log.warn(`readiness: ${name} down (${describeError(error)})`);
    return 'down';
  } finally {
    clearTimeout(timer);
  }
}
