import { printTable } from './dataset.ts';
import type { StoreCheck } from './interest-check.ts';
import type { CpuShares } from './interest-cpu.ts';
import type { LoadResult } from './interest-load.ts';
import type { RawRate } from './interest-raw.ts';
import { percentile } from './percentiles.ts';

export interface FaultOutcome {
  load: LoadResult;
  check: StoreCheck;
  /** The check of the registrations answered before the kill only. */
  before: StoreCheck;
  killedAt: number;
  downSeconds: number;
  answers: boolean;
}

const ms = (samples: readonly number[], share: number) => percentile(samples, share).toFixed(1);
const rate = (count: number, seconds: number) => (count / seconds).toFixed(0);
const sum = (errors: ReadonlyMap<string, number>) =>
  [...errors.values()].reduce((a, b) => a + b, 0);

/** One run's figures beside the raw store's. */
export function printLoad(name: string, load: LoadResult, check: StoreCheck, raw: RawRate): void {
  const writes = load.acknowledged.length;
  console.log(`\n${name}: ${load.seconds.toFixed(1)} s\n`);
  printTable([
    ['', 'req/s', 'writes/s', 'p50 ms', 'p99 ms', 'errors'],
    [
      'server: all requests',
      rate(writes + load.reads, load.seconds),
      rate(writes, load.seconds),
      ms(load.latencies, 0.5),
      ms(load.latencies, 0.99),
      String(sum(load.errors)),
    ],
    ['server: registrations (POST)', '', '', ...p50p99(load.writeLatencies), ''],
    ['server: activity (GET)', '', '', ...p50p99(load.readLatencies), ''],
    ['raw: store.register loop', '', rate(raw.writes, raw.seconds), ...p50p99(raw.latencies), ''],
  ]);
  if (load.errors.size > 0) {
    console.log(`errors: ${[...load.errors].map(([kind, n]) => `${kind} × ${n}`).join(', ')}`);
  }
  console.log(
    `store: ${check.acknowledged} registrations answered 2xx, ${check.once} stored exactly once, ` +
      `${check.missing} missing, ${check.wrong} wrong (twice, counter > 1 or another innovation), ` +
      `${check.unanswered} stored without an answer; integrity_check: ${check.integrity}`,
  );
}

export function printCpu(cpu: CpuShares): void {
  const shares = Object.entries(cpu.shares).map(([name, share]) => `${name} ${share.toFixed(0)} %`);
  console.log(
    `CPU (% of one core; 2 cores): ${shares.join(', ')}; load average ${cpu.loadAverage.toFixed(1)}`,
  );
}

export function printSync(synced: { seconds?: number; mismatched: number; innovations: number }) {
  console.log(
    synced.seconds === undefined
      ? `index counts: ${synced.mismatched} innovations still differ from the store after 30 s`
      : `index counts equal the store's for all ${synced.innovations} innovations with ` +
          `registrations, ${synced.seconds.toFixed(1)} s after the load ended`,
  );
}

/** What the framework alone allows: the same connections on a route that does nothing. */
export function printFloor(floor: { seconds: number; latencies: number[]; errors: number }) {
  console.log(
    `framework alone (GET /robots.txt, same connections, 10 s): ` +
      `${rate(floor.latencies.length, floor.seconds)} req/s, p50 ${ms(floor.latencies, 0.5)} ms, ` +
      `p99 ${ms(floor.latencies, 0.99)} ms, ${floor.errors} errors`,
  );
}

export function printFault(fault: FaultOutcome): void {
  console.log(
    `killed at ${fault.killedAt} s, serving again ${fault.downSeconds.toFixed(1)} s later; ` +
      `answered 2xx before the kill: ${fault.before.acknowledged}, stored once: ` +
      `${fault.before.once}, missing: ${fault.before.missing}, wrong: ${fault.before.wrong}; ` +
      `the restarted server answers: ${fault.answers ? 'yes' : 'no'}`,
  );
}

/** The issue's goals beside the figures, MET or NOT MET. */
export function printVerdict(normal: LoadResult, check: StoreCheck, fault: FaultOutcome): void {
  const writes = normal.acknowledged.length / normal.seconds;
  const p99 = percentile(normal.latencies, 0.99);
  const errors = sum(normal.errors);
  const lost = check.missing + check.wrong;
  const faultLost = fault.check.missing + fault.check.wrong;
  const verdict = (met: boolean) => (met ? 'MET' : 'NOT MET');
  console.log('\ngoals (normal run unless said)\n');
  printTable([
    ['', 'goal', 'measured', ''],
    ['writes/s', '≥ 1,000', writes.toFixed(0), verdict(writes >= 1000)],
    ['p99 latency', '< 100 ms', `${p99.toFixed(1)} ms`, verdict(p99 < 100)],
    ['errors', '0', String(errors), verdict(errors === 0)],
    ['lost or double writes', '0', String(lost), verdict(lost === 0)],
    ['store intact', 'ok', check.integrity, verdict(check.integrity === 'ok')],
    ['fault: lost or double', '0', String(faultLost), verdict(faultLost === 0)],
    ['fault: store intact', 'ok', fault.check.integrity, verdict(fault.check.integrity === 'ok')],
    ['fault: restarted answers', 'yes', fault.answers ? 'yes' : 'no', verdict(fault.answers)],
  ]);
  console.log(`(fault run: ${sum(fault.load.errors)} requests failed while the server was down)`);
}

function p50p99(samples: readonly number[]): [string, string] {
  return [ms(samples, 0.5), ms(samples, 0.99)];
}
