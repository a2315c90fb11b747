import { randomBytes } from 'node:crypto';
import { describeError } from '../lib/text/error.ts';
import { loadAdminToken, type AdminToken } from '../infra/admin-token.ts';
import { createLimits } from '../http/limits.ts';
import type { Config } from '../infra/config.ts';
import { openDatabase } from '../infra/database/open.ts';
import type { Database } from '../infra/database/types.ts';
import { connectEngine } from '../infra/meilisearch/connect.ts';
import { createIndexSync, type IndexSync } from '../infra/meilisearch/index-sync.ts';
import { createMetrics } from '../infra/metrics.ts';
import { openRateCounters } from '../infra/rate-limits/open.ts';
import { createSiteSearch } from '../infra/meilisearch/site-engine.ts';
import { loadKippRegistrations } from '../infra/reference/kipp-registrations.ts';
import { loadSiteRegions } from '../infra/reference/site-regions.ts';
import { rekeyOnOpen } from './agency-keys.ts';
import { refreshCatalogue } from './catalogue.ts';
import { createPortalMail } from './mail.ts';
import { createInnovationLookup, inIndex } from './innovation-lookup.ts';
import { consoleLog } from './log.ts';
import { everyMinuteAtMost, lazy, retrying } from './once.ts';
import type { Portal, PortalLog } from './types.ts';

export type { Portal, PortalLog } from './types.ts';

export interface PortalOptions {
  log?: PortalLog;
  /**
   * A site process forked by `node:cluster`: without a DATABASE_URL, the rate limits are
   * counted by the cluster's primary, so every process of the machine agrees.
   */
  inCluster?: boolean;
}

/**
 * The composition root: the one place a running portal is assembled from its configuration.
 * Nothing is opened here; `start` (or the first request) opens the database and the index sync.
 */
export function createPortal(config: Config, options: PortalOptions = {}): Portal {
  const log = options.log ?? consoleLog;
  const search = createSiteSearch(config);
  const innovations = createInnovationLookup({ lookup: inIndex(search) });
  const regions = lazy(() => loadSiteRegions(config));
  // Stored agency keys are made again when names fold anew (a new row of the abbreviation table).
  const database = retrying(async () => {
    const opened = await openDatabase(config);
    await rekeyOnOpen(opened, regions, log);
    return opened;
  });
  const sync = createSyncHandle(config, database, log);
  const mail = createPortalMail(config, database.get, log);
  const metrics = createMetrics({
    indexBacklog: () => sync.current()?.backlog(),
    poolUse: () => database.current()?.poolUse(),
    outboxDepth: () => database.current()?.mailCounts(),
  });
  const counters = openRateCounters(
    config,
    options.inCluster === true,
    everyMinuteAtMost((error) => {
      log.warn(`Rate limits: counted in this process for now (${describeError(error)})`);
    }),
  );
  let stopCatalogue: (() => void) | undefined;
  let stopping = false;
  const portal: Portal = {
    config,
    log,
    bootId: randomBytes(6).toString('base64url'),
    search,
    database: async () => {
      const opened = await database.get();
      sync.start();
      return opened;
    },
    touchCounts: sync.touch,
    mail,
    metrics,
    indexSync: sync.get,
    innovations,
    limits: createLimits(config, counters),
    regions,
    kippRegistrations: lazy(() => loadKippRegistrations(config)),
    adminToken: retrying((): Promise<AdminToken> => loadAdminToken(config)).get,
    async start() {
      stopCatalogue ??= refreshCatalogue(config, innovations, {
        latestPublication: async () => (await database.get()).latestPublishedRun(),
        log: log.info,
      });
      mail.start();
      try {
        const opened = await portal.database();
        log.info(`Database: ${opened.kind}, migrations applied`);
      } catch (error) {
        log.warn(`Database: not open (${describeError(error)}); tried again on the first request`);
      }
    },
    stopping: () => stopping,
    beginStop: () => {
      stopping = true;
    },
    async close() {
      stopping = true;
      stopCatalogue?.();
      await mail.stop();
      await sync.stop();
      await counters.close().catch(() => undefined);
      const opened = await database.settled();
      await opened?.close().catch(() => undefined);
    },
  };
  return portal;
}

// --- internal ---

/** While the engine is away, touches do not each probe it: one try per few seconds. */
const SYNC_RETRY_MS = 5_000;

interface SyncHandle {
  readonly start: () => void;
  readonly touch: (innovationId: string) => void;
  readonly get: () => Promise<IndexSync>;
  /** The running index sync, if it started. */
  readonly current: () => IndexSync | undefined;
  readonly stop: () => Promise<void>;
}

/**
 * The index sync holds the master-key client; while the engine cannot be reached it is not
 * created and a change is left to the reconciliation its creation runs (every innovation's
 * counts, which also puts the index right after a crash), so nothing is lost.
 */
function createSyncHandle(
  config: Config,
  database: { get(): Promise<Database> },
  log: PortalLog,
): SyncHandle {
  let running: Promise<IndexSync> | undefined;
  let started: IndexSync | undefined;
  let failedAt = 0;
  const get = (): Promise<IndexSync> => {
    if (running === undefined && Date.now() - failedAt < SYNC_RETRY_MS) {
      return Promise.reject(new Error('the index sync failed to start a moment ago'));
    }
    running ??= startSync(config, database, log).then(
      (sync) => (started = sync),
      (error: unknown) => {
        running = undefined;
        failedAt = Date.now();
        log.warn(`interest counts: no index sync yet, retried later (${describeError(error)})`);
        throw error;
      },
    );
    return running;
  };
  return {
    start: () => {
      get().catch(() => undefined);
    },
    touch: (innovationId) => {
      get().then(
        (sync) => {
          sync.touch(innovationId);
        },
        () => undefined,
      );
    },
    get,
    current: () => started,
    async stop() {
      const started = await running?.catch(() => undefined);
      await started?.stop().catch(() => undefined);
    },
  };
}

async function startSync(
  config: Config,
  database: { get(): Promise<Database> },
  log: PortalLog,
): Promise<IndexSync> {
  const [engine, store] = await Promise.all([
    connectEngine(config, { startIfNeeded: false }),
    database.get(),
  ]);
  const sync = createIndexSync({
    client: engine.client,
    indexUid: config.MEILI_INDEX,
    store,
    log: log.warn,
  });
  sync.reconcile().catch((error: unknown) => {
    log.warn(`interest counts: reconciliation postponed (${describeError(error)})`);
  });
  return sync;
}
