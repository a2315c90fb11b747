import { MeilisearchApiError, type Meilisearch } from 'meilisearch';
import { resolve } from 'node:path';
import { formatSummary } from '../ingest/summary.ts';
import { ingestRun } from '../ingest/run.ts';
import { createProgress } from '../ingest/progress.ts';
import { searchKeyPath } from '../src/server/meili/search-key.ts';
import { programmeSchema } from '../src/lib/schema/enums.ts';
import { loadConfig, type Config } from '../src/server/config.ts';
import { connectEngine } from '../src/server/meili/connect.ts';
import { stopOnExit } from '../src/server/meili/shutdown.ts';

/**
 * `npm start`: the embedded Meilisearch (or MEILI_URL), the bundled sample ingested when the
 * index is empty, then it runs until Ctrl-C or SIGTERM and stops what it started. The portal
 * itself joins on HOST:PORT with the site milestone.
 */
const config = loadConfig();
const log = (line: string) => {
  console.log(line);
};
const engine = await connectEngine(config, { startIfNeeded: true });
stopOnExit({ stop: engine.release, stopNow: engine.releaseNow }, log);
console.log(
  `Meilisearch: ${engine.url} (${engine.embedded ? `embedded, data in ${config.DATA_DIR}/meili` : 'MEILI_URL'})`,
);

if ((await documentCount(engine.client, config.MEILI_INDEX)) === 0) {
  console.log(`Index "${config.MEILI_INDEX}" is empty: ingesting the bundled sample...`);
  await ingestSample(config);
}
console.log(
  `Index "${config.MEILI_INDEX}": ${await documentCount(engine.client, config.MEILI_INDEX)} innovations`,
);
console.log(`Search-only key for the site: ${searchKeyPath(config.DATA_DIR)}`);
console.log(
  'The portal will be served here once the site milestone lands. Ctrl-C stops everything.',
);
// Nothing else holds the process open when the engine is external.
setInterval(() => undefined, 60_000);

async function documentCount(client: Meilisearch, indexUid: string): Promise<number> {
  try {
    return (await client.index(indexUid).getStats()).numberOfDocuments;
  } catch (error) {
    if (error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found') return 0;
    throw error;
  }
}

async function ingestSample(config: Config): Promise<void> {
  const groups = programmeSchema.options.map((programme) => ({
    programme,
    inputs: [resolve(config.SAMPLES_DIR, programme)],
  }));
  const progress = createProgress();
  const run = { groups, dryRun: false, replace: true, publish: true };
  const { report } = await ingestRun(run, config, progress.forFile, log).finally(progress.stop);
  console.log(formatSummary(report, 5));
}
