import type { Meilisearch } from 'meilisearch';
import { engineClient } from './client.ts';
import type { Config } from '../config.ts';
import { startEmbedded, type EmbeddedEngine, type StartOptions } from './embedded.ts';
import {
  AlreadyRunningError,
  EngineKeyError,
  EngineNotRunningError,
  EngineUnreachableError,
  StartLockedError,
} from './errors.ts';
import { baseUrl, probe } from './probe.ts';
import { meiliPaths } from './paths.ts';
import { findRunningEmbedded } from './running.ts';
import { waitForStartLock } from './start-lock.ts';
import { superviseEngine } from './supervise.ts';

/** A Meilisearch to work with, and how to let go of it. */
export interface EngineConnection {
  url: string;
  masterKey: string;
  /** A client holding the master key: server-side only. */
  client: Meilisearch;
  /** True for the engine under DATA_DIR (started now or already running), false for MEILI_URL. */
  embedded: boolean;
  /** Stops the engine if this call started it; otherwise does nothing. */
  release: () => Promise<void>;
  /** The same, synchronously and without waiting, for `process.on('exit')` handlers. */
  releaseNow: () => void;
}

export interface ConnectOptions {
  /** Start the embedded engine when none runs (it is stopped again by `release`). */
  startIfNeeded: boolean;
  start?: StartOptions;
  /**
   * Keep the engine this call starts running (`superviseEngine`): restarted whenever it ends
   * until `release`, each end and restart logged here. An engine found running is another
   * process's to look after.
   */
  supervise?: { log: (line: string) => void };
}

/**
 * MEILI_URL + MEILI_MASTER_KEY when set (checked to answer and to accept the key); else the
 * embedded engine if one is already running; else, when allowed, an embedded engine started for
 * this caller.
 */
export async function connectEngine(
  config: Config,
  options: ConnectOptions,
): Promise<EngineConnection> {
  if (config.MEILI_URL !== undefined && config.MEILI_MASTER_KEY !== undefined) {
    await checkExternal(config.MEILI_URL, config.MEILI_MASTER_KEY);
    return connection(baseUrl(config.MEILI_URL), config.MEILI_MASTER_KEY, false);
  }
  const running = await findRunningEmbedded(config);
  if (running) return connection(running.url, running.masterKey, true);
  if (!options.startIfNeeded) {
    throw new EngineNotRunningError(
      'no embedded Meilisearch is running: start one with `npm run meili`, or set MEILI_URL and ' +
        'MEILI_MASTER_KEY.',
    );
  }
  return startOrJoin(config, options);
}

// --- internal ---

/**
 * Another process may be starting the engine right now, or may just have: then wait for it and
 * use its engine.
 */
async function startOrJoin(config: Config, options: ConnectOptions): Promise<EngineConnection> {
  const launch = () => startEmbedded(config, options.start);
  try {
    return startedConnection(await launch(), launch, options.supervise);
  } catch (error) {
    if (!(error instanceof StartLockedError || error instanceof AlreadyRunningError)) throw error;
  }
  const lock = meiliPaths(config.DATA_DIR).startLock;
  await waitForStartLock(lock, options.start?.startTimeoutMs ?? 15_000);
  const running = await findRunningEmbedded(config);
  if (running) return connection(running.url, running.masterKey, true);
  return startedConnection(await launch(), launch, options.supervise);
}

function startedConnection(
  engine: EmbeddedEngine,
  restart: () => Promise<EmbeddedEngine>,
  supervise: ConnectOptions['supervise'],
): EngineConnection {
  const owned = supervise ? superviseEngine(engine, { restart, log: supervise.log }) : engine;
  return {
    ...connection(engine.url, engine.masterKey, true),
    release: owned.stop,
    releaseNow: owned.stopNow,
  };
}

function connection(url: string, masterKey: string, embedded: boolean): EngineConnection {
  return {
    url,
    masterKey,
    client: engineClient(url, masterKey),
    embedded,
    release: () => Promise.resolve(),
    releaseNow: () => undefined,
  };
}

async function checkExternal(url: string, masterKey: string): Promise<void> {
  const health = await probe(url, '/health', { timeoutMs: 5_000 });
  if (health.kind === 'unreachable' || health.status !== 200) {
    const why = health.kind === 'unreachable' ? health.reason : `HTTP ${health.status}`;
    throw new EngineUnreachableError(
      `Meilisearch at MEILI_URL=${url} does not answer /health (${why}): check that it runs and ` +
        'the URL is right, or unset MEILI_URL and MEILI_MASTER_KEY to use the embedded engine.',
    );
  }
  const version = await probe(url, '/version', { key: masterKey, timeoutMs: 5_000 });
  if (version.kind === 'answered' && (version.status === 401 || version.status === 403)) {
    throw new EngineKeyError(
      `Meilisearch at MEILI_URL=${url} refuses MEILI_MASTER_KEY (HTTP ${version.status}): set ` +
        "the instance's master key.",
    );
  }
}
