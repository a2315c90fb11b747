import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Meilisearch } from 'meilisearch';
import { buildSite } from '../scripts/site/build.ts';
import { loadConfig } from '../src/server/config.ts';
import { openInterestStore } from '../src/server/interest/store/open.ts';
import { findBinary } from '../src/server/meili/binary.ts';
import { startEmbedded, type EmbeddedEngine } from '../src/server/meili/embedded.ts';
import { freePort } from '../src/server/meili/port.ts';
import { loadRegionIndex } from '../src/server/reference/regions.ts';
import { runMeasured } from './child.ts';
import { checkStore, indexCaughtUp } from './interest-check.ts';
import { cpuMeter } from './interest-cpu.ts';
import { runLoad, type LoadOptions, type LoadResult, type Place } from './interest-load.ts';
import { rawStoreRate } from './interest-raw.ts';
import { printCpu, printFault, printLoad, printSync, printVerdict } from './interest-report.ts';
import { startBenchServer, type BenchServerOptions } from './interest-server.ts';

const CONNECTIONS = 200;
const SECONDS = 30;
const KILL_AFTER_MS = 10_000;
const INDEX = 'innovations';
/** Rate limits far above what the bench can send: the limiter still runs, it never refuses. */
const UNLIMITED = { RATE_LIMIT_WRITES: '1000000000', RATE_LIMIT_READS: '1000000000' };

interface Setup {
  engine: EmbeddedEngine;
  client: Meilisearch;
  data: string;
  server: BenchServerOptions;
  load: (url: string, run: string) => Promise<LoadResult>;
  loadOptions: Omit<LoadOptions, 'url' | 'run'>;
  innovationIds: string[];
  places: Place[];
}

/**
 * `npm run bench -- interest`: the built server on the embedded store under 200 kept-alive
 * connections registering and reading for 30 s; the store checked for every acknowledged
 * registration; then the same load with the server SIGKILLed at 10 s and restarted on the same
 * DATA_DIR, and the check again. The raw store's write rate is the floor beside it.
 */
export async function benchInterest(): Promise<void> {
  await mkdir(join('.data', 'bench'), { recursive: true });
  const work = await mkdtemp(join('.data', 'bench', 'interest-'));
  const config = loadConfig({
    DATA_DIR: join(work, 'engine'),
    MEILI_PORT: String(await freePort()),
  });
  const engine = await startEmbedded(config, { binary: await findBinary(loadConfig()) });
  try {
    const setup = await prepare(engine, work);
    console.log('Raw store writes (store.register in a loop, 5 s)...');
    const place = setup.places[0] ?? { provinceCode: '33', regencyCode: '33.01' };
    const raw = await rawStoreRate(join(work, 'raw'), setup.innovationIds, place, 5);
    const normal = await normalRun(setup);
    printLoad('normal run', normal.load, normal.check, raw);
    printCpu(normal.cpu);
    printSync(normal.synced);
    const fault = await faultRun(setup);
    printLoad('fault run', fault.load, fault.check, raw);
    printFault(fault);
    printVerdict(normal.load, normal.check, fault);
  } finally {
    await engine.stop();
    await rm(work, { recursive: true, force: true });
  }
}

/** The sample ingested into a fresh engine, and the site built, side by side. */
async function prepare(engine: EmbeddedEngine, work: string): Promise<Setup> {
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
  const server = {
    buildDir,
    dataDir: data,
    port: await freePort(),
    meiliUrl: engine.url,
    masterKey: engine.masterKey,
    env: UNLIMITED,
  };
  const loadOptions = { innovationIds, places, connections: CONNECTIONS, seconds: SECONDS };
  const load = (url: string, run: string) => runLoad({ ...loadOptions, url, run });
  return { engine, client, data, server, load, loadOptions, innovationIds, places };
}

async function normalRun(setup: Setup) {
  const server = await startBenchServer(setup.server);
  try {
    // JIT, the store's first open, the catalogue lookups' first answers: not measured.
    await runLoad({ ...setup.loadOptions, url: server.url, seconds: 3, run: 'warm' });
    console.log(`Load: ${CONNECTIONS} connections for ${SECONDS} s (after a 3 s warm-up)...`);
    const meter = cpuMeter({ 'site server': server.pid, Meilisearch: setup.engine.pid });
    const load = await setup.load(server.url, 'a');
    const cpu = meter.stop();
    const check = checkStore(join(setup.data, 'interest.sqlite'), 'a', load.acknowledged);
    const store = await openInterestStore(loadConfig({ DATA_DIR: setup.data }));
    const synced = await indexCaughtUp(setup.client, INDEX, store, 30_000).finally(() =>
      store.close(),
    );
    return { load, check, cpu, synced };
  } finally {
    await server.stop();
  }
}

async function faultRun(setup: Setup) {
  console.log(`\nFault run: the same load, SIGKILL at ${KILL_AFTER_MS / 1000} s, restart...`);
  const first = await startBenchServer(setup.server);
  const running = setup.load(first.url, 'b');
  await new Promise((resolve) => setTimeout(resolve, KILL_AFTER_MS));
  const killed = performance.now();
  await first.kill();
  const restarted = await startBenchServer(setup.server);
  try {
    const downSeconds = (performance.now() - killed) / 1000;
    const load = await running;
    const file = join(setup.data, 'interest.sqlite');
    const check = checkStore(file, 'b', load.acknowledged);
    const before = checkStore(
      file,
      'b',
      load.acknowledged.filter((one) => one.at < KILL_AFTER_MS),
    );
    const probe = await fetch(`${restarted.url}/api/inovasi/${setup.innovationIds[0] ?? ''}/minat`);
    return { load, check, before, downSeconds, killedAt: KILL_AFTER_MS / 1000, answers: probe.ok };
  } finally {
    await restarted.stop();
  }
}
