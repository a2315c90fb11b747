import { describeError } from '../../lib/text/error.ts';
import { describeMemory, readProcessMemory, type ProcessMemory } from '../process-memory.ts';
import { meiliPaths } from './paths.ts';
import { readState } from './state.ts';

/**
 * The memory of the embedded engine recorded under `dataDir` (whichever process started it, and
 * after any restart), or `undefined` when none runs or this is not Linux.
 */
export async function embeddedEngineMemory(
  dataDir: string,
): Promise<{ pid: number; memory: ProcessMemory } | undefined> {
  const state = await readState(meiliPaths(dataDir).stateFile);
  if (state === undefined) return undefined;
  const memory = await readProcessMemory(state.pid);
  return memory === undefined ? undefined : { pid: state.pid, memory };
}

/** How long after the portal starts serving `npm start` reports the engine's memory. */
export const STEADY_AFTER_MS = 30_000;

/**
 * Logs the embedded engine's memory once, `delayMs` from now: its resident memory then (the
 * sample ingested, the site serving) and its peak so far (an ingest's, usually).
 */
export function logEngineMemoryLater(
  dataDir: string,
  log: (line: string) => void,
  delayMs = STEADY_AFTER_MS,
): void {
  const timer = setTimeout(() => {
    void embeddedEngineMemory(dataDir).then(
      (found) => {
        if (found === undefined) return;
        const after = `${String(delayMs / 1000)} s after the portal started`;
        log(
          `Meilisearch memory ${after} (pid ${String(found.pid)}): ${describeMemory(found.memory)}`,
        );
      },
      (error: unknown) => {
        log(`Meilisearch memory: not read (${describeError(error)})`);
      },
    );
  }, delayMs);
  // The report never keeps a stopping process alive.
  timer.unref();
}
