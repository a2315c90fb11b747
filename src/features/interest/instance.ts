import { connectEngine } from '../../infra/meilisearch/connect.ts';
import { processConfig } from '../../infra/config.ts';
import { processSingleton } from '../../server/process-singleton.ts';
import { createIndexSync, type IndexSync } from './index-sync.ts';
import { learnCatalogue } from './catalogue.ts';
import { openDatabase } from '../../infra/database/open.ts';
import type { Database } from '../../infra/database/types.ts';

/**
 * The server's one store, opened at server start (`startInterest`), or else on first use
 * (never at import: the build imports this file), and closed when the process is asked to
 * stop. A failed open is forgotten, so the next request tries again (a database that was down
 * a moment ago). Opening it starts the index sync too, whose first act puts the index's counts
 * right (after a crash, say) even if no one registers for a while. One per process, whichever
 * module graph asks (see `processSingleton`).
 */
export function interestStore(): Promise<Database> {
  state.store ??= openDatabase(processConfig()).then(
    (opened) => {
      closeOnStop();
      indexSync().catch(() => undefined);
      return opened;
    },
    (error: unknown) => {
      state.store = undefined;
      throw error;
    },
  );
  return state.store;
}

/**
 * For a server's start: opens the store (its migrations run now, not under the first
 * request) and starts the index sync with its reconciliation, and has the innovation lookup
 * learn every id of the catalogue (again every few minutes), so registrations and reads do
 * not each ask the engine whether their innovation exists. A store that cannot be opened is
 * reported and tried again on the first request; the site serves meanwhile.
 */
export async function startInterest(log: (line: string) => void): Promise<void> {
  learnCatalogue(log);
  try {
    const store = await interestStore();
    log(`Interest store: ${store.kind}, migrations applied`);
  } catch (error) {
    log(`Interest store: not open (${describe(error)}); tried again on the first request`);
  }
}

/**
 * Tells the index that an innovation's counts changed. The sync holds the master-key client;
 * while the engine cannot be reached it is not created and the change is left to the
 * reconciliation its creation runs (every innovation's counts), so nothing is lost.
 */
export function touchCounts(innovationId: string): void {
  indexSync().then(
    (sync) => {
      sync.touch(innovationId);
    },
    () => undefined,
  );
}

/** The running sync, for a caller that must wait for the index (tests, shutdown). */
export function indexSync(): Promise<IndexSync> {
  if (state.sync === undefined && Date.now() - state.failedAt < RETRY_MS) {
    return Promise.reject(new Error('the index sync failed to start a moment ago'));
  }
  state.sync ??= startSync().catch((error: unknown) => {
    state.sync = undefined;
    state.failedAt = Date.now();
    console.warn(`interest counts: no index sync yet, retried later (${describe(error)})`);
    throw error;
  });
  return state.sync;
}

// --- internal ---

interface InstanceState {
  store: Promise<Database> | undefined;
  sync: Promise<IndexSync> | undefined;
  stopping: boolean;
  handlersInstalled: boolean;
  failedAt: number;
}

const state = processSingleton<InstanceState>('interest-instance', () => ({
  store: undefined,
  sync: undefined,
  stopping: false,
  handlersInstalled: false,
  failedAt: 0,
}));

/** While the engine is away, touches do not each probe it: one try per few seconds. */
const RETRY_MS = 5_000;

/**
 * On its creation the sync writes every innovation's counts once: after a crash (or a change
 * made while the engine was away) the index is right again without waiting for new entries.
 */
async function startSync(): Promise<IndexSync> {
  const config = processConfig();
  const [engine, opened] = await Promise.all([
    connectEngine(config, { startIfNeeded: false }),
    interestStore(),
  ]);
  const created = createIndexSync({
    client: engine.client,
    indexUid: config.MEILI_INDEX,
    store: opened,
  });
  created.reconcile().catch((error: unknown) => {
    console.warn(`interest counts: reconciliation postponed (${describe(error)})`);
  });
  return created;
}

/**
 * On SIGTERM or SIGINT: flush the index sync, close the store, then die of the same signal as
 * the process would have without this handler. A shutdown that hangs is cut after a few
 * seconds: the store is crash-safe (WAL) and counts are reconciled at the next start. The
 * handlers are installed once per process (a store reopened after a failure adds none).
 */
function closeOnStop(): void {
  if (state.handlersInstalled) return;
  state.handlersInstalled = true;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      if (state.stopping) return;
      state.stopping = true;
      const cut = setTimeout(() => process.kill(process.pid, signal), 5_000);
      void closeAll().finally(() => {
        clearTimeout(cut);
        process.kill(process.pid, signal);
      });
    });
  }
}

async function closeAll(): Promise<void> {
  const running = await state.sync?.catch(() => undefined);
  await running?.stop().catch(() => undefined);
  const opened = await state.store?.catch(() => undefined);
  await opened?.close().catch(() => undefined);
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : 'unknown error';
}
