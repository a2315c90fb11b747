import { mkdir } from 'node:fs/promises';
import type { Config } from '../config.ts';
import { findBinary, type MeiliBinary } from './binary.ts';
import { spawnEngine, type EngineProcess, type ExitStatus } from './child.ts';
import { engineArgs, engineEnv } from './engine-args.ts';
import { AlreadyRunningError, EngineStartError } from './errors.ts';
import { loadOrCreateMasterKey } from './master-key.ts';
import { meiliPaths, type MeiliPaths } from './paths.ts';
import { isPortFree } from './port.ts';
import { whenReady } from './ready.ts';
import { findRunningEmbedded } from './running.ts';
import { acquireStartLock } from './start-lock.ts';
import { removeState, removeStateSync, writeState } from './state.ts';

/** The embedded engine listens on loopback only: it holds the master key's whole power. */
const HOST = '127.0.0.1';

export interface EmbeddedEngine {
  url: string;
  masterKey: string;
  pid: number;
  binary: MeiliBinary;
  paths: MeiliPaths;
  /** Resolves when the engine process has ended, however it ended. */
  exited: Promise<ExitStatus>;
  /** The last lines the engine wrote (colour codes and backtrace frames left out). */
  outputTail: () => string;
  /** SIGTERM, SIGKILL after a timeout, then the state file is removed. Safe to call twice. */
  stop: () => Promise<void>;
  /** SIGTERM without waiting, and the state file removed, synchronously: for `exit` handlers. */
  stopNow: () => void;
  /** SIGKILL at once, as a crash would (tests); the state file is removed when it has ended. */
  kill: () => void;
}

export interface StartOptions {
  /** Skips the lookup (the test harness resolves the binary once). */
  binary?: MeiliBinary;
  startTimeoutMs?: number;
  stopTimeoutMs?: number;
  /** Receives everything the engine writes (the foreground script shows it). */
  onOutput?: (text: string) => void;
}

/**
 * Starts Meilisearch on 127.0.0.1:MEILI_PORT with its data under `<DATA_DIR>/meili`, waits until
 * it is healthy and accepts the master key, and records `{ pid, url }` in `<DATA_DIR>/meili.json`.
 * One process starts at a time (a lock file); a second caller gets `StartLockedError`.
 * Installs no signal handlers: the program's entry does that (see `stopOnExit`).
 */
export async function startEmbedded(
  config: Config,
  options: StartOptions = {},
): Promise<EmbeddedEngine> {
  const paths = meiliPaths(config.DATA_DIR);
  await mkdir(paths.root, { recursive: true, mode: 0o700 });
  const releaseLock = await acquireStartLock(paths.startLock);
  const launched = await launch(config, paths, options).finally(releaseLock);
  return handle(launched, paths, options.stopTimeoutMs ?? 10_000);
}

// --- internal ---

interface Launched {
  engine: EngineProcess;
  pid: number;
  url: string;
  masterKey: string;
  binary: MeiliBinary;
}

async function launch(config: Config, paths: MeiliPaths, options: StartOptions): Promise<Launched> {
  const url = `http://${HOST}:${config.MEILI_PORT}`;
  await refuseIfTaken(config, url);
  const masterKey = await loadOrCreateMasterKey(paths.keyFile);
  const binary = options.binary ?? (await findBinary(config));
  const engine = spawnEngine(binary.path, {
    args: engineArgs(paths, HOST, config.MEILI_PORT),
    env: engineEnv(process.env, masterKey),
    cwd: paths.root,
    onOutput: options.onOutput,
  });
  const pid = await whenReady(engine, url, masterKey, options.startTimeoutMs ?? 15_000);
  await writeState(paths.stateFile, { pid, url, startedAt: new Date().toISOString() });
  return { engine, pid, url, masterKey, binary };
}

function handle(launched: Launched, paths: MeiliPaths, stopTimeoutMs: number): EmbeddedEngine {
  const { engine, pid, url, masterKey, binary } = launched;
  // An engine that ends on its own (a crash, a signal from elsewhere) takes its record along.
  void engine.exited.then(() => removeState(paths.stateFile, pid)).catch(() => undefined);
  let stopping: Promise<void> | undefined;
  return {
    url,
    masterKey,
    pid,
    binary,
    paths,
    exited: engine.exited,
    outputTail: () => engine.outputTail(),
    stop: () =>
      (stopping ??= engine.stop(stopTimeoutMs).then(() => removeState(paths.stateFile, pid))),
    stopNow: () => {
      engine.signal('SIGTERM');
      removeStateSync(paths.stateFile, pid);
    },
    kill: () => {
      engine.signal('SIGKILL');
    },
  };
}

async function refuseIfTaken(config: Config, url: string): Promise<void> {
  const running = await findRunningEmbedded(config);
  if (running) {
    throw new AlreadyRunningError(
      `an embedded Meilisearch already runs at ${running.url} (pid ${running.pid}): use it, or ` +
        'stop it with `npm run meili -- stop`.',
    );
  }
  if (!(await isPortFree(HOST, config.MEILI_PORT))) {
    throw new EngineStartError(
      `port ${config.MEILI_PORT} on ${HOST} is in use, so Meilisearch cannot listen at ${url}: ` +
        'stop what uses it or set MEILI_PORT to a free port.',
    );
  }
}
