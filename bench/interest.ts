import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { loadConfig } from '../src/infra/config.ts';
import { findBinary } from '../src/infra/meilisearch/binary.ts';
import { startEmbedded } from '../src/infra/meilisearch/embedded.ts';
import { freePort } from '../src/infra/meilisearch/port.ts';
import { rawStoreRate } from './interest-raw.ts';
import {
  printCapacity,
  printCpu,
  printPaced,
  printServerLog,
  printSync,
} from './interest-report.ts';
import { faultRun, normalRun, type NormalRun, type Offered } from './interest-runs.ts';
import { variants, type Variant } from './interest-serve.ts';
import { prepare } from './interest-setup.ts';
import { printComparison, printFault, printVerdict } from './interest-verdict.ts';
import { benchWorkDir } from './work-dir.ts';

const RAW_SECONDS = 3;

/**
 * `npm run bench -- interest`: the built server on the embedded store under a paced load
 * (registrations and reads at fixed rates over 200 kept-alive connections, latency from each
 * request's scheduled time), the store checked for every acknowledged registration; its
 * capacity under a closed loop, beside the raw store and the framework alone; served by one
 * process, by two (`WEB_CONCURRENCY=2`) and by two behind nginx; then the paced load through
 * nginx again with one of its two processes SIGKILLed and restarted on the same DATA_DIR, and
 * the check again. The CPU share of every process is printed beside each run. With `only`, that
 * variant alone and no fault run.
 */
export async function benchInterest(offered: Offered, only?: Variant): Promise<void> {
  const work = await benchWorkDir('interest');
  const config = loadConfig({
    DATA_DIR: join(work, 'engine'),
    MEILI_PORT: String(await freePort()),
  });
  const engine = await startEmbedded(config, { binary: await findBinary(loadConfig()) });
  try {
    const setup = await prepare(engine, work);
    console.log(`Raw store writes (store.register in a loop, ${RAW_SECONDS} s)...`);
    const place = setup.targets.places[0] ?? { provinceCode: '33', regencyCode: '33.01' };
    const ids = setup.targets.innovationIds;
    const raw = await rawStoreRate(join(work, 'raw'), ids, place, RAW_SECONDS);
    const runs: NormalRun[] = [];
    for (const [n, variant] of (only === undefined ? variants : [only]).entries()) {
      const run = await normalRun(setup, offered, variant, `a${String(n + 1)}`);
      printPaced(`paced run, ${variant.name}`, run.paced, run.check);
      printCpu('paced run', run.pacedCpu);
      printSync(run.synced);
      printCapacity(run.capacity, raw, run.floor);
      printCpu('closed loop', run.capacityCpu);
      runs.push(run);
    }
    if (only !== undefined) {
      printComparison(runs);
      printServerLog(setup.serverLog);
      return;
    }
    const fault = await faultRun(setup, offered);
    printPaced('fault run', fault.load, fault.check);
    printFault(fault);
    printComparison(runs);
    printVerdict(runs, fault);
    printServerLog(setup.serverLog);
  } finally {
    await engine.stop();
    await rm(work, { recursive: true, force: true });
  }
}
