import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { loadConfig } from '../src/server/config.ts';
import { openInterestStore } from '../src/server/interest/store/open.ts';
import { findBinary } from '../src/server/meili/binary.ts';
import { startEmbedded } from '../src/server/meili/embedded.ts';
import { freePort } from '../src/server/meili/port.ts';
import { checkStore, indexCaughtUp } from './interest-check.ts';
import { cpuMeter } from './interest-cpu.ts';
import { runFixed, runLoad } from './interest-load.ts';
import { rawStoreRate } from './interest-raw.ts';
import {
  printCpu,
  printFault,
  printFloor,
  printLoad,
  printSync,
  printVerdict,
} from './interest-report.ts';
import { startBenchServer } from './interest-server.ts';
import { CONNECTIONS, INDEX, prepare, SECONDS, type Setup } from './interest-setup.ts';

const KILL_AFTER_MS = 10_000;

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
    printFloor(normal.floor);
    const fault = await faultRun(setup);
    printLoad('fault run', fault.load, fault.check, raw);
    printFault(fault);
    printVerdict(normal.load, normal.check, fault);
  } finally {
    await engine.stop();
    await rm(work, { recursive: true, force: true });
  }
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
    const floor = await runFixed(`${server.url}/robots.txt`, CONNECTIONS, 10);
    return { load, check, cpu, synced, floor };
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
