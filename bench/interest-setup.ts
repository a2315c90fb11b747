import { join } from 'node:path';
import { Meilisearch } from 'meilisearch';
import { buildSite } from '../scripts/site/build.ts';
import type { SiteServerOptions } from '../scripts/site/serve.ts';
import type { EmbeddedEngine } from '../src/infra/meilisearch/embedded.ts';
import { freePort } from '../src/infra/meilisearch/port.ts';
import { loadRegionIndex } from '../src/infra/reference/regions.ts';
import { runMeasured } from './child.ts';
import type { Targets } from './interest-requests.ts';

export const CONNECTIONS = 200;
export const INDEX = 'innovations';
/** Rate limits far above what the bench can send: the limiter still runs, it never refuses. */
const UNLIMITED = {
  RATE_LIMIT_WRITES: '1000000000',
  RATE_LIMIT_READS: '1000000000',
  RATE_LIMIT_PAGES: '1000000000',
};

export interface Setup {
  engine: EmbeddedEngine;
  client: Meilisearch;
  data: string;
  /** One port for the bench: a server restarted after the kill comes back at the same address. */
  server: SiteServerOptions & { port: number };
  targets: Targets;
  /** Every line the bench's servers logged. */
  serverLog: string[];
}

/**
 * The sample ingested into a fresh engine, and the site built from the working tree, side by
 * side. The build runs every time (~30 s, in parallel with the ingest): the figures are always
 * those of the sources as they are now.
 */
export async function prepare(engine: EmbeddedEngine, work: string): Promise<Setup> {
  const data = join(work, 'data');
  const env = { DATA_DIR: data, MEILI_URL: engine.url, MEILI_MASTER_KEY: engine.masterKey };
  const buildDir = join('.data', 'build-bench');
  console.log('Ingesting the sample and building the site...');
  const [ingest] = await Promise.all([
    runMeasured('ingest/cli.ts', ['--sample'], env),
    buildSite({ outDir: buildDir, quiet: true }),
  ]);
  if (ingest.code !== 0) throw new Error(`the sample ingest exited ${ingest.code}`);
  const client = new Meilisearch({ host: engine.url, apiKey: engine.masterKey });
  const { results } = await client.index(INDEX).getDocuments({ fields: ['id'], limit: 100_000 });
  const innovationIds = results.map((doc) => String(doc.id));
  const places = loadRegionIndex().regencies.map((regency) => ({
    provinceCode: regency.province.code,
    regencyCode: regency.code,
  }));
  const serverLog: string[] = [];
  const server = {
    buildDir,
    dataDir: data,
    port: await freePort(),
    meiliUrl: engine.url,
    masterKey: engine.masterKey,
    env: UNLIMITED,
    onOutput: (chunk: string) => {
      serverLog.push(...chunk.split('\n').filter((line) => line.trim() !== ''));
    },
  };
  return { engine, client, data, server, targets: { innovationIds, places }, serverLog };
}
