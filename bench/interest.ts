import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Meilisearch } from 'meilisearch';
import { buildSite } from '../scripts/site/build.ts';
import { loadConfig } from '../src/server/config.ts';
import { openInterestStore } from '../src/server/interest/store/open.ts';
import { findBinary } from '../src/server/meili/binary.ts';
import { startEmbedded } from '../src/server/meili/embedded.ts';
import { freePort } from '../src/server/meili/port.ts';
import { loadRegionIndex } from '../src/server/reference/regions.ts';
import { runMeasured } from './child.ts';
import { checkStore, indexCaughtUp } from './interest-check.ts';
import { runLoad, type Place } from './interest-load.ts';
import { printLoad, printVerdict } from './interest-report.ts';
import { rawStoreRate } from './interest-raw.ts';
import { startBenchServer, type BenchServer } from './interest-server.ts';

const CONNECTIONS = 200;
const SECONDS = 30;
const KILL_AFTER_MS = 10_000;
/** Rate limits far above what the bench can send: the limiter still runs, it never refuses. */
const UNLIMITED = { RATE_LIMIT_WRITES: '1000000000', RATE_LIMIT_READS: '1000000000' };

/**
 * `npm run bench -- interest`: the built server on the embedded store under 200 kept-alive
 * connections registering and reading for 30 s; the store checked for every acknowledged
 * registration; then the same load with the server SIGKILLed at 10 s and restarted on the same
 * DATA_DIR, and the check again.
 */
export async function benchInterest(): Promise<void> {
  await mkdir(join('.data', 'bench'), { recursive: true });
  const work = await mkdtemp(join('.data', 'bench', 'interest-'));
  const buildDir = join('.data', 'build-bench');
  const config = loadConfig({
    DATA_DIR: join(work, 'engine'),
    MEILI_PORT: String(await freePort()),
  });
  const engine = await startEmbedded(config, { binary: await findBinary(loadConfig()) });
  try {
    const data = join(work, 'data');
    const env = { DATA_DIR: data, MEILI_URL: engine.url, MEILI_MASTER_KEY: engine.masterKey };
    console.log('Ingesting the sample and building the site...');
    const [ingest] = await Promise.all([
      runMeasured('ingest/cli.ts', ['--sample'], env),
      buildSite({ outDir: buildDir, quiet: true }),
    ]);
    if (ingest.code !== 0) throw new Error(`the sample ingest exited ${ingest.code}`);
    const client = new Meilisearch({ host: engine.url, apiKey: engine.masterKey });
    const { results } = await client
      .index('innovations')
      .getDocuments({ fields: ['id'], limit: 100_000 });
    const innovationIds = results.map((doc) => String(doc.id));
    const places: Place[] = loadRegionIndex().regencies.map((regency) => ({
      provinceCode: regency.province.code,
      regencyCode: regency.code,
    }));
    const load = (url: string, run: string) =>
      runLoad({ url, innovationIds, places, connections: CONNECTIONS, seconds: SECONDS, run });

    console.log('Raw store writes (store.register in a loop, 5 s)...');
    const raw = await rawStoreRate(
      join(work, 'raw'),
      innovationIds,
      places[0] ?? { provinceCode: '33', regencyCode: '33.01' },
      5,
    );

    const serverOptions = {
      buildDir,
      dataDir: data,
      port: await freePort(),
      meiliUrl: engine.url,
      masterKey: engine.masterKey,
      env: UNLIMITED,
    };
    let server: BenchServer = await startBenchServer(serverOptions);
    try {
      await load(server.url, 'warm').then(() => undefined);
      console.log(`Load: ${CONNECTIONS} connections for ${SECONDS} s...`);
      const normal = await load(server.url, 'a');
      const file = join(data, 'interest.sqlite');
      const normalCheck = checkStore(file, 'a', normal.acknowledged);
      const store = await openInterestStore(loadConfig({ DATA_DIR: data }));
      const synced = await indexCaughtUp(client, 'innovations', store, 30_000).finally(() =>
        store.close(),
      );
      printLoad('normal run', normal, normalCheck, raw);
      console.log(
        synced.seconds === undefined
          ? `index counts: ${synced.mismatched} innovations still differ from the store after 30 s`
          : `index counts equal the store's for all ${synced.innovations} innovations with registrations, ${synced.seconds.toFixed(1)} s after the load ended`,
      );

      console.log(
        `\nFault run: the same load, SIGKILL at ${KILL_AFTER_MS / 1000} s, restart on the same DATA_DIR...`,
      );
      let killedAt = 0;
      let downMs = 0;
      const faulted = load(server.url, 'b');
      await new Promise((resolve) => setTimeout(resolve, KILL_AFTER_MS));
      killedAt = KILL_AFTER_MS;
      const down = performance.now();
      await server.kill();
      server = await startBenchServer(serverOptions);
      downMs = performance.now() - down;
      const fault = await faulted;
      const faultCheck = checkStore(file, 'b', fault.acknowledged);
      const beforeKill = fault.acknowledged.filter((one) => one.at < killedAt);
      const beforeCheck = checkStore(file, 'b', beforeKill);
      printLoad('fault run', fault, faultCheck, raw);
      const answers = await fetch(`${server.url}/api/inovasi/${innovationIds[0] ?? ''}/minat`);
      console.log(
        `killed at ${killedAt / 1000} s, serving again ${(downMs / 1000).toFixed(1)} s later; ` +
          `acknowledged before the kill: ${beforeCheck.acknowledged}, stored once: ${beforeCheck.once}, ` +
          `missing: ${beforeCheck.missing}; the restarted server answers: HTTP ${answers.status}`,
      );
      printVerdict(normal, normalCheck, fault, faultCheck, answers.ok);
    } finally {
      await server.stop();
    }
  } finally {
    await engine.stop();
    await rm(work, { recursive: true, force: true });
  }
}
