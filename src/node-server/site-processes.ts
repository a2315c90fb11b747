import cluster, { type Worker } from 'node:cluster';
import { serveClusterRateLimits } from '../infra/rate-limits/cluster.ts';

/** What a site process sends its primary once it listens. */
export const SERVING_MESSAGE = 'lumbung:serving';

export interface SiteProcessesOptions {
  count: number;
  /** The program each process runs (it serves the site and sends SERVING_MESSAGE). */
  exec: string;
  args: string[];
  log: (line: string) => void;
}

export interface SiteProcesses {
  /** Every process stopped gracefully (SIGTERM: its answers finish), none started again. */
  readonly stop: () => Promise<void>;
  /** A rolling restart: each in turn replaced by a new one that already listens. */
  readonly restartEach: () => Promise<void>;
}

/**
 * The cluster's primary: `count` identical site processes sharing one port (`node:cluster`), the
 * rate limits they share, and a process that dies without being asked started again after a
 * back-off (1 s, doubled up to 30 s while they keep dying within a minute).
 */
export async function forkSiteProcesses(options: SiteProcessesOptions): Promise<SiteProcesses> {
  serveClusterRateLimits();
  cluster.setupPrimary({ exec: options.exec, args: options.args });
  const retiring = new Set<Worker>();
  const backOff = createBackOff();
  let stopping = false;

  const start = async (): Promise<Worker> => {
    const worker = cluster.fork();
    // The rate-limit primary may answer a worker that just died: not a reason to fall over.
    worker.on('error', (error) => {
      options.log(`site process ${String(worker.process.pid)}: ${error.message}`);
    });
    worker.once('exit', (code, signal) => {
      if (stopping || retiring.delete(worker)) return;
      const delay = backOff.next();
      options.log(
        `site process ${String(worker.process.pid)} ended (${signal || `exit ${String(code)}`}); ` +
          `starting another in ${String(delay / 1000)} s`,
      );
      setTimeout(() => void start().catch(() => undefined), delay).unref();
    });
    await serving(worker);
    return worker;
  };

  try {
    await Promise.all(Array.from({ length: options.count }, start));
  } catch (error) {
    stopping = true;
    await Promise.all(Object.values(cluster.workers ?? {}).map((worker) => retire(worker)));
    throw error;
  }
  options.log(`${String(options.count)} site processes serving`);
  return {
    stop: async () => {
      stopping = true;
      await Promise.all(Object.values(cluster.workers ?? {}).map((worker) => retire(worker)));
    },
    restartEach: async () => {
      for (const worker of Object.values(cluster.workers ?? {})) {
        if (worker === undefined || stopping) continue;
        await start();
        retiring.add(worker);
        await retire(worker);
      }
      options.log('rolling restart done');
    },
  };
}

// --- internal ---

/** A process that has not stopped this long after SIGTERM is killed (its drain is 10 s). */
const RETIRE_WAIT_MS = 12_000;

function serving(worker: Worker): Promise<void> {
  return new Promise((done, fail) => {
    const onMessage = (message: unknown) => {
      if (message !== SERVING_MESSAGE) return;
      worker.off('exit', onExit);
      worker.off('message', onMessage);
      done();
    };
    const onExit = (code: number) => {
      worker.off('message', onMessage);
      fail(new Error(`site process ended before serving (exit ${String(code)})`));
    };
    worker.on('message', onMessage);
    worker.once('exit', onExit);
  });
}

function retire(worker: Worker | undefined): Promise<void> {
  if (worker === undefined || worker.isDead()) return Promise.resolve();
  return new Promise((done) => {
    const kill = setTimeout(() => worker.process.kill('SIGKILL'), RETIRE_WAIT_MS);
    worker.once('exit', () => {
      clearTimeout(kill);
      done();
    });
    worker.process.kill('SIGTERM');
  });
}

function createBackOff(): { next: () => number } {
  let delay = 0;
  let lastAt = 0;
  return {
    next: () => {
      const now = Date.now();
      delay = now - lastAt > 60_000 ? 1_000 : Math.min(30_000, delay * 2);
      lastAt = now;
      return delay;
    },
  };
}

/** For a primary's entry: SIGHUP restarts the site processes one by one (a new build taken up). */
export function restartOnHangup(site: SiteProcesses, log: (line: string) => void): void {
  process.on('SIGHUP', () => {
    log('SIGHUP: restarting the site processes one by one...');
    void site.restartEach();
  });
}
