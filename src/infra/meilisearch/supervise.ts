import { setTimeout as sleep } from 'node:timers/promises';
import { describeError } from '../../lib/text/error.ts';
import {
  attemptsAfterExit,
  restartDelayMs,
  RESTART_BACK_OFF,
  type BackOffSchedule,
} from './back-off.ts';
import { describeExit } from './child.ts';
import type { EmbeddedEngine } from './embedded.ts';

/** An embedded engine kept running: started again whenever it ends without being asked to. */
export interface SupervisedEngine {
  /** The pid of the engine serving now (a restart gives a new one). */
  pid: () => number;
  /** Supervision ends, then the engine stops (a restart under way is awaited and stopped). */
  stop: () => Promise<void>;
  /** The same, synchronously and without waiting, for `process.on('exit')` handlers. */
  stopNow: () => void;
}

export interface SuperviseOptions {
  /** Starts the engine again: the same port, data folder and master key as the first. */
  restart: () => Promise<EmbeddedEngine>;
  log: (line: string) => void;
  schedule?: BackOffSchedule;
}

/**
 * Watches `first` and each engine started after it: one that ends while no stop was asked for
 * is logged (how it ended, its last output) and started again after a back-off, each attempt
 * logged. The engine comes back at the same address with the same key and data, so its clients
 * (the site's search, the index sync) reach it again without being told.
 */
export function superviseEngine(
  first: EmbeddedEngine,
  options: SuperviseOptions,
): SupervisedEngine {
  const schedule = options.schedule ?? RESTART_BACK_OFF;
  const stopped = new AbortController();
  // A function, not the flag itself: it changes while a restart is awaited.
  const isStopped = () => stopped.signal.aborted;
  let current = first;
  let attempts = 0;
  let restarting: Promise<void> = Promise.resolve();

  const restartUntilServing = async (): Promise<void> => {
    while (!isStopped()) {
      const delay = restartDelayMs(attempts, schedule);
      attempts += 1;
      options.log(`Meilisearch: restart ${String(attempts)} in ${formatSeconds(delay)}`);
      const waited = await sleep(delay, true, { signal: stopped.signal }).catch(() => false);
      if (!waited) return;
      try {
        current = await options.restart();
      } catch (error) {
        options.log(`Meilisearch: restart ${String(attempts)} failed (${describeError(error)})`);
        continue;
      }
      // A stop asked for meanwhile stops the engine just started (it is `current`).
      if (isStopped()) return;
      options.log(`Meilisearch restarted at ${current.url} (pid ${String(current.pid)})`);
      watch(current);
      return;
    }
  };

  const watch = (engine: EmbeddedEngine): void => {
    const startedAt = Date.now();
    void engine.exited.then((status) => {
      if (isStopped()) return;
      attempts = attemptsAfterExit(attempts, Date.now() - startedAt, schedule);
      options.log(
        `Meilisearch (pid ${String(engine.pid)}) ended unexpectedly: ${describeExit(status)}` +
          lastOutput(engine),
      );
      restarting = restartUntilServing();
    });
  };

  watch(first);
  return {
    pid: () => current.pid,
    stop: async () => {
      stopped.abort();
      await restarting;
      await current.stop();
    },
    stopNow: () => {
      stopped.abort();
      current.stopNow();
    },
  };
}

// --- internal ---

/** A line of the engine's (a warning quoting a whole error response) cut to this. */
const LINE_CHARS = 200;

/** The engine's last three lines, each cut short, on the one log line: what it said last. */
function lastOutput(engine: EmbeddedEngine): string {
  const lines = engine.outputTail().split('\n').filter(Boolean).slice(-3);
  const cut = lines
    .map((line) => line.replace(/\s+/g, ' '))
    .map((line) => (line.length > LINE_CHARS ? `${line.slice(0, LINE_CHARS)}…` : line));
  return cut.length === 0 ? ' (no output)' : `; its last output: ${cut.join(' | ')}`;
}

function formatSeconds(ms: number): string {
  return `${String(ms / 1000)} s`;
}
