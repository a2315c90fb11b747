import { join } from 'node:path';
import { startSiteServer } from '../scripts/site/serve.ts';
import { loadConfig } from '../src/infra/config.ts';
import { openDatabase } from '../src/infra/database/open.ts';
import { checkStore, indexCaughtUp } from './interest-check.ts';
import { cpuMeter } from './interest-cpu.ts';
import { runFixed, runLoad } from './interest-load.ts';
import { runPaced } from './interest-paced.ts';
import { serve, type Variant } from './interest-serve.ts';
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
 * The portal served as `variant` says: a warm-up, the paced load (the goal check) and its store
 * check, the index catching up, then the closed loop (capacity) and the framework's own ceiling.
 * `run` names this run's agencies apart from every other run's.
 */
export async function normalRun(setup: Setup, offered: Offered, variant: Variant, run: string) {
  console.log(`\n=== ${variant.name} ===`);
  const served = await serve(setup, variant);
  const pids = () => ({ ...served.pids(), Meilisearch: setup.engine.pid });
  try {
    // JIT, the store's first open, the catalogue lookups' first answers: not measured.
    await closedLoop(setup, offered, served.url, WARM_SECONDS, `${run}w`);
    console.log(
      `Paced: ${offered.writes} registrations/s + ${offered.reads} reads/s on ` +
        `${CONNECTIONS} connections for ${offered.seconds} s (after a ${WARM_SECONDS} s warm-up)...`,
    );
    let meter = cpuMeter(pids());
    const paced = await pacedLoad(setup, offered, () => served.url, run);
    const pacedCpu = meter.stop();
    const check = checkStore(join(setup.data, 'interest.sqlite'), run, paced.acknowledged);
    const store = await openDatabase(loadConfig({ DATA_DIR: setup.data }));
    const synced = await indexCaughtUp(setup.client, INDEX, store, 30_000).finally(() =>
      store.close(),
    );
    console.log(`Closed loop: ${CONNECTIONS} connections for ${CAPACITY_SECONDS} s...`);
    meter = cpuMeter(pids());
    const capacity = await closedLoop(setup, offered, served.url, CAPACITY_SECONDS, `${run}c`);
    const capacityCpu = meter.stop();
    const floor = await runFixed(`${served.url}/robots.txt`, CONNECTIONS, FLOOR_SECONDS);
    return { variant, paced, check, pacedCpu, synced, capacity, capacityCpu, floor };
  } finally {
    await served.stop();
  }
}

export type NormalRun = Awaited<ReturnType<typeof normalRun>>;

/**
 * The paced load through nginx in front of two site processes; one of them SIGKILLed a third of
 * the way in and started again on its port (as systemd would) while the other answers. The
 * store is checked for every registration answered 2xx, and for those before the kill.
 */
export async function faultRun(setup: Setup, offered: Offered) {
  const killedAt = Math.round(offered.seconds / 3);
  console.log(
    `\nFault run: the same paced load through nginx to two processes, one SIGKILLed at ` +
      `${killedAt} s and restarted...`,
  );
  const served = await serve(setup, { name: 'fault', processes: 2, nginx: true });
  try {
    const running = pacedLoad(setup, offered, () => served.url, 'b');
    await new Promise((resolve) => setTimeout(resolve, killedAt * 1000));
    const victim = served.servers[1];
    if (victim === undefined) throw new Error('no second site process to kill');
    const killed = performance.now();
    await victim.kill('SIGKILL');
    const restarted = await startSiteServer({
      ...setup.server,
      port: Number(new URL(victim.url).port),
    });
    served.servers[1] = restarted;
    const downSeconds = (performance.now() - killed) / 1000;
    const load = await running;
    const file = join(setup.data, 'interest.sqlite');
    const check = checkStore(file, 'b', load.acknowledged);
    const early = load.acknowledged.filter((one) => one.at < killedAt * 1000);
    const before = checkStore(file, 'b', early);
    const probe = await fetch(
      `${restarted.url}/api/inovasi/${setup.targets.innovationIds[0] ?? ''}/minat`,
    );
    return { load, check, before, downSeconds, killedAt, answers: probe.ok };
  } finally {
    await served.stop();
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
