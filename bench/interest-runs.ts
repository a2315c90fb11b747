import { join } from 'node:path';
import { startSiteServer } from '../scripts/site/serve.ts';
import { loadConfig } from '../src/infra/config.ts';
import { openDatabase } from '../src/infra/database/open.ts';
import { checkStore, indexCaughtUp } from './interest-check.ts';
import { cpuMeter } from './interest-cpu.ts';
import { runFixed, runLoad } from './interest-load.ts';
import { runPaced } from './interest-paced.ts';
import { CONNECTIONS, INDEX, type Setup } from './interest-setup.ts';

/** The offered load of the paced runs: registrations and reads per second, for how long. */
export interface Offered {
  writes: number;
  reads: number;
  seconds: number;
}

const WARM_SECONDS = 3;
const CAPACITY_SECONDS = 10;
const FLOOR_SECONDS = 5;

/**
 * One server: a warm-up, the paced load (the goal check) and its store check, the index
 * catching up, then the closed loop (capacity) and the framework's own ceiling.
 */
export async function normalRun(setup: Setup, offered: Offered) {
  const server = await startSiteServer(setup.server);
  const pids = { 'site server': server.pid, Meilisearch: setup.engine.pid };
  try {
    // JIT, the store's first open, the catalogue lookups' first answers: not measured.
    await closedLoop(setup, offered, server.url, WARM_SECONDS, 'warm');
    console.log(
      `Paced: ${offered.writes} registrations/s + ${offered.reads} reads/s on ` +
        `${CONNECTIONS} connections for ${offered.seconds} s (after a ${WARM_SECONDS} s warm-up)...`,
    );
    let meter = cpuMeter(pids);
    const paced = await pacedLoad(setup, offered, () => server.url, 'a');
    const pacedCpu = meter.stop();
    const check = checkStore(join(setup.data, 'interest.sqlite'), 'a', paced.acknowledged);
    const store = await openDatabase(loadConfig({ DATA_DIR: setup.data }));
    const synced = await indexCaughtUp(setup.client, INDEX, store, 30_000).finally(() =>
      store.close(),
    );
    console.log(`Closed loop: ${CONNECTIONS} connections for ${CAPACITY_SECONDS} s...`);
    meter = cpuMeter(pids);
    const capacity = await closedLoop(setup, offered, server.url, CAPACITY_SECONDS, 'c');
    const capacityCpu = meter.stop();
    const floor = await runFixed(`${server.url}/robots.txt`, CONNECTIONS, FLOOR_SECONDS);
    return { paced, check, pacedCpu, synced, capacity, capacityCpu, floor };
  } finally {
    await server.stop();
  }
}

/**
 * The paced load again, the server SIGKILLed a third of the way in and restarted on the same
 * DATA_DIR; the store checked for every registration answered 2xx, and for those before the kill.
 */
export async function faultRun(setup: Setup, offered: Offered) {
  const killedAt = Math.round(offered.seconds / 3);
  console.log(`\nFault run: the same paced load, SIGKILL at ${killedAt} s, restart...`);
  let server = await startSiteServer(setup.server);
  const running = pacedLoad(setup, offered, () => server.url, 'b');
  await new Promise((resolve) => setTimeout(resolve, killedAt * 1000));
  const killed = performance.now();
  await server.kill('SIGKILL');
  server = await startSiteServer(setup.server);
  try {
    const downSeconds = (performance.now() - killed) / 1000;
    const load = await running;
    const file = join(setup.data, 'interest.sqlite');
    const check = checkStore(file, 'b', load.acknowledged);
    const early = load.acknowledged.filter((one) => one.at < killedAt * 1000);
    const before = checkStore(file, 'b', early);
    const probe = await fetch(
      `${server.url}/api/inovasi/${setup.targets.innovationIds[0] ?? ''}/minat`,
    );
    return { load, check, before, downSeconds, killedAt, answers: probe.ok };
  } finally {
    await server.stop();
  }
}

function pacedLoad(setup: Setup, offered: Offered, url: () => string, run: string) {
  return runPaced({
    ...setup.targets,
    url,
    connections: CONNECTIONS,
    writesPerSecond: offered.writes,
    readsPerSecond: offered.reads,
    seconds: offered.seconds,
    run,
  });
}

function closedLoop(setup: Setup, offered: Offered, url: string, seconds: number, run: string) {
  const writeShare = offered.writes / (offered.writes + offered.reads);
  return runLoad({ ...setup.targets, url, connections: CONNECTIONS, seconds, writeShare, run });
}
