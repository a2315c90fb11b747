import type { Config } from '../config.ts';
import { EngineKeyError } from './errors.ts';
import { isProcessAlive, waitForProcessExit } from './liveness.ts';
import { readMasterKey } from './master-key.ts';
import { meiliPaths } from './paths.ts';
import { acceptsKey, isHealthy } from './probe.ts';
import { readState, removeState } from './state.ts';

/** An embedded engine started by some process (this one or another) and still serving. */
export interface RunningEmbedded {
  pid: number;
  url: string;
  masterKey: string;
}

/**
 * The embedded engine recorded in `<DATA_DIR>/meili.json`, if its process lives, answers
 * `/health` and accepts our master key. A record whose process is gone is removed. The key
 * check also proves the process is ours, not a stranger that inherited a recycled pid.
 */
export async function findRunningEmbedded(
  config: Pick<Config, 'DATA_DIR'>,
): Promise<RunningEmbedded | undefined> {
  const paths = meiliPaths(config.DATA_DIR);
  const state = await readState(paths.stateFile);
  if (state === undefined) return undefined;
  if (!isProcessAlive(state.pid)) {
    await removeState(paths.stateFile, state.pid);
    return undefined;
  }
  if (!(await isHealthy(state.url))) return undefined;
  const masterKey = await readMasterKey(paths.keyFile);
  if (masterKey === undefined || !(await acceptsKey(state.url, masterKey))) {
    throw new EngineKeyError(
      `the embedded Meilisearch at ${state.url} (pid ${state.pid}) does not accept the key in ` +
        `${paths.keyFile}: stop that process and start again.`,
    );
  }
  return { pid: state.pid, url: state.url, masterKey };
}

/**
 * Stops the recorded embedded engine, whichever process started it (`npm run meili -- stop`):
 * SIGTERM, SIGKILL after `timeoutMs`. Returns what it stopped, or `undefined` if none ran.
 */
export async function stopRunningEmbedded(
  config: Pick<Config, 'DATA_DIR'>,
  timeoutMs = 10_000,
): Promise<RunningEmbedded | undefined> {
  const running = await findRunningEmbedded(config);
  if (running === undefined) return undefined;
  signal(running.pid, 'SIGTERM');
  if (!(await waitForProcessExit(running.pid, timeoutMs))) {
    signal(running.pid, 'SIGKILL');
    await waitForProcessExit(running.pid, timeoutMs);
  }
  await removeState(meiliPaths(config.DATA_DIR).stateFile, running.pid);
  return running;
}

// --- internal ---

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // Already gone: that is what we wanted.
  }
}
