import { printTable } from './dataset.ts';
import type { StoreCheck } from './interest-check.ts';
import type { LoadResult } from './interest-load.ts';
import type { RawRate } from './interest-raw.ts';
import { percentile } from './percentiles.ts';

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
    [
      'server: registrations (POST)',
      '',
      '',
      ms(load.writeLatencies, 0.5),
      ms(load.writeLatencies, 0.99),
      '',
    ],
    [
      'server: activity (GET)',
      '',
      '',
      ms(load.readLatencies, 0.5),
      ms(load.readLatencies, 0.99),
      '',
    ],
    [
      'raw: store.register loop',
      '',
      rate(raw.writes, raw.seconds),
      ms(raw.latencies, 0.5),
      ms(raw.latencies, 0.99),
      '',
    ],
  ]);
  if (load.errors.size > 0) {
    console.log(
      `errors: ${[...load.errors].map(([kind, count]) => `${kind} × ${count}`).join(', ')}`,
    );
  }
  console.log(
    `store: ${check.acknowledged} registrations answered 2xx, ${check.once} stored exactly once, ` +
      `${check.missing} missing, ${check.wrong} wrong (twice, counter > 1 or another innovation), ` +
      `${check.unanswered} stored without an answer; integrity_check: ${check.integrity}`,
  );
}

/** The issue's goals beside the figures, MET or NOT MET. */
export function printVerdict(
  normal: LoadResult,
  normalCheck: StoreCheck,
  fault: LoadResult,
  faultCheck: StoreCheck,
  restartedAnswers: boolean,
): void {
  const writes = normal.acknowledged.length / normal.seconds;
  const p99 = percentile(normal.latencies, 0.99);
  const errors = sum(normal.errors);
  const lost = normalCheck.missing + normalCheck.wrong;
  const faultLost = faultCheck.missing + faultCheck.wrong;
  const verdict = (met: boolean) => (met ? 'MET' : 'NOT MET');
  console.log('\ngoals (normal run unless said)\n');
  printTable([
    ['', 'goal', 'measured', ''],
    ['writes/s', '≥ 1,000', writes.toFixed(0), verdict(writes >= 1000)],
    ['p99 latency', '< 100 ms', `${p99.toFixed(1)} ms`, verdict(p99 < 100)],
    ['errors', '0', String(errors), verdict(errors === 0)],
    ['lost or double writes', '0', String(lost), verdict(lost === 0)],
    ['store intact', 'ok', normalCheck.integrity, verdict(normalCheck.integrity === 'ok')],
    ['fault: lost or double', '0', String(faultLost), verdict(faultLost === 0)],
    ['fault: store intact', 'ok', faultCheck.integrity, verdict(faultCheck.integrity === 'ok')],
    ['fault: restarted answers', 'yes', restartedAnswers ? 'yes' : 'no', verdict(restartedAnswers)],
  ]);
  console.log(`(fault run errors while the server was down: ${sum(fault.errors)})`);
}
