import { mkdir } from 'node:fs/promises';
import type { Config } from '../config.ts';
import { findBinary, type MeiliBinary } from './binary.ts';
import { spawnEngine, type EngineProcess, type ExitStatus } from './child.ts';
import { engineArgs, engineEnv } from './engine-args.ts';
import { EngineStartError } from './errors.ts';
import { acceptsKey, isHealthy } from './probe.ts';
import { loadOrCreateMasterKey } from './master-key.ts';
import { meiliPaths, type MeiliPaths } from './paths.ts';
import { isPortFree } from './port.ts';
import { findRunningEmbedded } from './running.ts';
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
 * Installs no signal handlers: the program's entry does that (see `stopOnExit`).
 */
export async function startEmbedded(
  config: Config,
  options: StartOptions = {},
): Promise<EmbeddedEngine> {
  const { startTimeoutMs = 15_000, stopTimeoutMs = 10_000 } = options;
  const paths = meiliPaths(config.DATA_DIR);
  const url = `http://${HOST}:${config.MEILI_PORT}`;
  await refuseIfTaken(config, url);
  await mkdir(paths.root, { recursive: true, mode: 0o700 });
  const masterKey = await loadOrCreateMasterKey(paths.keyFile);
  const binary = options.binary ?? (await findBinary(config));
  const engine = spawnEngine(binary.path, {
    args: engineArgs(paths, HOST, config.MEILI_PORT),
    env: engineEnv(process.env, masterKey),
    cwd: paths.root,
    onOutput: options.onOutput,
  });
  const pid = await whenReady(engine, url, masterKey, startTimeoutMs);
  await writeState(paths.stateFile, { pid, url, startedAt: new Date().toISOString() });
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

// --- internal ---

async function refuseIfTaken(config: Config, url: string): Promise<void> {
  const running = await findRunningEmbedded(config);
  if (running) {
    throw new EngineStartError(
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

/** Waits for `/health`, then checks the key; on any failure the process is stopped first. */
async function whenReady(
  engine: EngineProcess,
  url: string,
  masterKey: string,
  timeoutMs: number,
): Promise<number> {
  const failure = await waitForHealth(engine, url, timeoutMs);
  if (failure === undefined && engine.pid !== undefined) {
    if (await acceptsKey(url, masterKey)) return engine.pid;
    await engine.stop(2_000);
    throw new EngineStartError(`the engine at ${url} does not accept the key it was started with`);
  }
  await engine.stop(2_000);
  const tail = engine.outputTail();
  throw new EngineStartError(
    `Meilisearch did not start: ${failure ?? 'no process'}.` +
      (tail === '' ? '' : `\nIts last output:\n${tail}`),
  );
}

async function waitForHealth(
  engine: EngineProcess,
  url: string,
  timeoutMs: number,
): Promise<string | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const status = engine.status();
    if (status) return describeExit(status);
    if (await isHealthy(url, 500)) return undefined;
    if (Date.now() >= deadline) return `${url}/health did not answer within ${timeoutMs} ms`;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function describeExit(status: ExitStatus): string {
  if (status.error) return status.error.message;
  if (status.signal) return `it was killed by ${status.signal}`;
  return `it exited with code ${status.code ?? 'unknown'}`;
}
