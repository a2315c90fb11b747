import { MeilisearchApiError, type Meilisearch } from 'meilisearch';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { InputGroup } from '../ingest/pipeline.ts';
import { formatSummary } from '../ingest/summary.ts';
import { recoverAtStart, runRecordedIngest } from '../ingest/recorded-run.ts';
import { createProgress } from '../ingest/progress.ts';
import { searchKeyPath } from '../src/infra/meilisearch/search-key.ts';
import { programmeSchema } from '../src/lib/schema/enums.ts';
import { adminTokenNotice, loadAdminToken } from '../src/infra/admin-token.ts';
import { loadConfig, siteProcessCount, type Config } from '../src/infra/config.ts';
import { forkSiteProcesses, restartOnHangup } from '../src/node-server/site-processes.ts';
import { serveSite } from '../src/node-server/serve-site.ts';
import { agencyReminders } from '../src/features/accounts/reminders.ts';
import { startIngestJobs } from '../ingest/jobs/worker.ts';
import { createPortal } from '../src/portal/create.ts';
import { connectEngine, type EngineConnection } from '../src/infra/meilisearch/connect.ts';
import { logEngineMemoryLater } from '../src/infra/meilisearch/memory.ts';
import { missingDocumentFields } from '../src/infra/meilisearch/outdated.ts';
import { stopOnExit } from '../src/infra/meilisearch/shutdown.ts';
import { buildSite, SITE_DIR, staleReason } from './site/build.ts';

/**
 * `npm start`: the embedded Meilisearch (or MEILI_URL), the bundled sample ingested when the
 * index is empty, the site built when it is missing or older than its sources, then the portal
 * (pages and API, through the site server with its interest store open) served on HOST:PORT
 * until Ctrl-C or SIGTERM, which stops what it started. `node scripts/start.ts <build dir>` serves
 * that build as it is instead of `dist/` (the tests serve the one their setup built).
 */
const builtElsewhere = process.argv[2];
const siteDir = builtElsewhere ?? SITE_DIR;
const config = loadConfig();
const log = (line: string) => {
  console.log(line);
};
// The engine this process starts is restarted whenever it ends until we stop (`superviseEngine`).
const engine = await connectEngine(config, { startIfNeeded: true, supervise: { log } });
// On Ctrl-C or SIGTERM: the site and its portal first (the index sync flushed, the database
// closed), then the engine this process started.
let stopServing = (): Promise<void> => Promise.resolve();
stopOnExit(
  {
    stop: async () => {
      await stopServing();
      await engine.release();
    },
    stopNow: engine.releaseNow,
  },
  log,
);
console.log(
  `Meilisearch: ${engine.url} (${engine.embedded ? `embedded, data in ${config.DATA_DIR}/meili` : 'MEILI_URL'})`,
);

// An ingest cut short since the last start (its lease expired) is settled before serving.
await recoverAtStart(config, engine, log);
if ((await documentCount(engine.client, config.MEILI_INDEX)) === 0) {
  console.log(`Index "${config.MEILI_INDEX}" is empty: ingesting the bundled sample...`);
  await ingestSample(config, engine);
}
console.log(
  `Index "${config.MEILI_INDEX}": ${await documentCount(engine.client, config.MEILI_INDEX)} innovations`,
);
console.log(`Search-only key for the site: ${searchKeyPath(config.DATA_DIR)}`);
const missing = await missingDocumentFields(engine.client, config.MEILI_INDEX);
if (missing.length > 0) await publishStoredAgain(missing);

const stale = builtElsewhere === undefined ? await staleReason() : undefined;
if (stale !== undefined) {
  console.log(`Building the site (${stale})...`);
  await buildSite();
}
const processes = siteProcessCount(config);
if (processes > 1) {
  const site = await forkSiteProcesses({
    count: processes,
    exec: fileURLToPath(new URL('site/server.ts', import.meta.url)),
    args: [siteDir],
    log,
  });
  stopServing = site.stop;
  restartOnHangup(site, log);
  console.log(await adminTokenNotice(loadAdminToken(config)));
  console.log(
    `Portal: http://${config.HOST}:${String(config.PORT)}/ (${String(processes)} processes; Ctrl-C stops everything)`,
  );
} else {
  const portal = createPortal(config);
  await portal.start();
  const reminders = agencyReminders(portal);
  reminders.start();
  const jobs = startIngestJobs({ config, database: portal.database, log: portal.log });
  const site = await serveSite({
    buildDir: siteDir,
    portal,
    host: config.HOST,
    port: config.PORT,
  });
  stopServing = async () => {
    await site.close();
    await jobs.stop();
    await reminders.stop();
    await portal.close();
  };
  console.log(await adminTokenNotice(portal.adminToken()));
  console.log(`Portal: ${site.url}/ (Ctrl-C stops everything)`);
}
if (engine.embedded) logEngineMemoryLater(config.DATA_DIR, log);

async function documentCount(client: Meilisearch, indexUid: string): Promise<number> {
  try {
    return (await client.index(indexUid).getStats()).numberOfDocuments;
  } catch (error) {
    if (error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found') return 0;
    throw error;
  }
}

async function ingestSample(config: Config, engine: EngineConnection): Promise<void> {
  const groups = programmeSchema.options.map((programme) => ({
    programme,
    inputs: [resolve(config.SAMPLES_DIR, programme)],
  }));
  await publish(config, engine, groups);
}

/**
 * An index built by an older version lacks fields this one searches, filters and counts on
 * (the trends' pairs, the freshness dashboard's agency keys): its stored records are merged and
 * published again (`npm run ingest -- --stores`), so an upgraded portal needs no manual step.
 * Under the ingest lease: when another run holds it, this start serves the old index and says so.
 */
async function publishStoredAgain(missing: readonly string[]): Promise<void> {
  console.log(
    `The index was built by an older version (its documents lack ${missing.join(', ')}): ` +
      'publishing the stored records again...',
  );
  try {
    await publish(config, engine, []);
  } catch (error) {
    console.warn(
      `Could not publish again (${String(error)}): some pages stay incomplete until ` +
        '`npm run ingest -- --stores` runs.',
    );
  }
}

/** A full, publishing run of the groups (none: the stored records), its summary printed. */
async function publish(
  config: Config,
  engine: EngineConnection,
  groups: InputGroup[],
): Promise<void> {
  const progress = createProgress();
  const run = { groups, dryRun: false, replace: groups.length > 0, publish: true, full: true };
  const logs = {
    log,
    warn: (line: string) => {
      console.error(line);
    },
  };
  const { report } = await runRecordedIngest(run, {
    config,
    engine,
    progress: progress.forFile,
    logs,
  }).finally(progress.stop);
  console.log(formatSummary(report, 5));
}
