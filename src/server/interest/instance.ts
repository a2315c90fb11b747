import { connectEngine } from '../meili/connect.ts';
import { processConfig } from '../http/process-config.ts';
import { createIndexSync, type IndexSync } from './index-sync.ts';
import { openInterestStore } from './store/open.ts';
import type { InterestStore } from './store/types.ts';

/**
 * The server's one store, opened on first use (never at import: the build imports this file)
 * and closed when the process is asked to stop. A failed open is forgotten, so the next
 * request tries again (a database that was down a moment ago). Opening it starts the index
 * sync too, whose first act puts the index's counts right (after a crash, say) even if no
 * one registers for a while.
 */
export function interestStore(): Promise<InterestStore> {
  store ??= openInterestStore(processConfig()).then(
    (opened) => {
      closeOnStop();
      indexSync().catch(() => undefined);
      return opened;
    },
    (error: unknown) => {
      store = undefined;
      throw error;
    },
  );
  return store;
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
  if (sync === undefined && Date.now() - failedAt < RETRY_MS) {
    return Promise.reject(new Error('the index sync failed to start a moment ago'));
  }
  sync ??= startSync().catch((error: unknown) => {
    sync = undefined;
    failedAt = Date.now();
    console.warn(`interest counts: no index sync yet, retried later (${describe(error)})`);
    throw error;
  });
  return sync;
}

// --- internal ---

let store: Promise<InterestStore> | undefined;
let sync: Promise<IndexSync> | undefined;
let stopping = false;
/** While the engine is away, touches do not each probe it: one try per few seconds. */
const RETRY_MS = 5_000;
let failedAt = 0;

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
 * seconds: the store is crash-safe (WAL) and counts are reconciled at the next start.
 */
function closeOnStop(): void {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      if (stopping) return;
      stopping = true;
      const cut = setTimeout(() => process.kill(process.pid, signal), 5_000);
      void closeAll().finally(() => {
        clearTimeout(cut);
        process.kill(process.pid, signal);
      });
    });
  }
}

async function closeAll(): Promise<void> {
  const running = await sync?.catch(() => undefined);
  await running?.stop().catch(() => undefined);
  const opened = await store?.catch(() => undefined);
  await opened?.close().catch(() => undefined);
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : 'unknown error';
}
