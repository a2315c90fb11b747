import { z } from 'zod';
import { printTable } from './dataset.ts';
import type { StoreCheck } from './interest-check.ts';
import type { CpuShares } from './interest-cpu.ts';
import type { LoadResult } from './interest-load.ts';
import { achievedSeconds, GIVE_UP_MS, type PacedResult } from './interest-paced.ts';
import type { RawRate } from './interest-raw.ts';
import { percentile } from './percentiles.ts';

export const ms = (samples: readonly number[], share: number) =>
  percentile(samples, share).toFixed(1);
const rate = (count: number, seconds: number) => (count / seconds).toFixed(0);
export const sum = (errors: ReadonlyMap<string, number>) =>
  [...errors.values()].reduce((a, b) => a + b, 0);

/** The paced run: offered against achieved rates, latencies from the scheduled times. */
export function printPaced(name: string, run: PacedResult, check: StoreCheck): void {
  const { offered, seconds } = run;
  const answeredIn = achievedSeconds(run);
  const writes = run.acknowledged.length;
  console.log(
    `\n${name}: ${offered.writes / seconds} registrations/s + ${offered.reads / seconds} ` +
      `reads/s offered for ${seconds} s; latency from each request's scheduled send time\n`,
  );
  printTable([
    ['', 'offered/s', 'achieved/s', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms', 'errors'],
    [
      'registrations (POST)',
      rate(offered.writes, seconds),
      rate(writes, answeredIn),
      ...spread(run.writeLatencies),
      '',
    ],
    [
      'activity (GET)',
      rate(offered.reads, seconds),
      rate(run.reads, answeredIn),
      ...spread(run.readLatencies),
      '',
    ],
    [
      'all requests',
      rate(offered.writes + offered.reads, seconds),
      rate(writes + run.reads, answeredIn),
      ...spread(run.latencies),
      String(sum(run.errors)),
    ],
  ]);
  if (run.errors.size > 0) {
    console.log(`errors: ${[...run.errors].map(([kind, n]) => `${kind} × ${n}`).join(', ')}`);
  }
  console.log(
    `last answer at ${run.wallSeconds.toFixed(1)} s (achieved = answered ÷ ` +
      `${answeredIn.toFixed(1)} s); not sent (still behind ${GIVE_UP_MS / 1000} s after the ` +
      `window): ${run.unsent}; the load generator's own lag (a free connection's ` +
      `send after its scheduled time): p99 ${ms(run.lag, 0.99)} ms, max ${ms(run.lag, 1)} ms`,
  );
  console.log(
    `round trips from the actual send (what the latencies above add to it is the wait for a ` +
      `free connection or a late generator): p50 ${ms(run.roundTrips, 0.5)} ms, p99 ` +
      `${ms(run.roundTrips, 0.99)} ms`,
  );
  printStore(check);
}

/** The closed loop's capacity beside the raw store's and the framework's own ceiling. */
export function printCapacity(
  closed: LoadResult,
  raw: RawRate,
  floor: { seconds: number; latencies: number[]; errors: number },
): void {
  console.log(
    `\ncapacity: closed loop (each connection sends again as soon as answered; the same mix), ` +
      `${closed.seconds.toFixed(1)} s\n`,
  );
  const writes = closed.acknowledged.length;
  printTable([
    ['', 'req/s', 'writes/s', 'p50 ms', 'p99 ms', 'errors'],
    [
      'server: closed loop, same connections',
      rate(writes + closed.reads, closed.seconds),
      rate(writes, closed.seconds),
      ms(closed.latencies, 0.5),
      ms(closed.latencies, 0.99),
      String(sum(closed.errors)),
    ],
    [
      'raw: store.register loop',
      '',
      rate(raw.writes, raw.seconds),
      ms(raw.latencies, 0.5),
      ms(raw.latencies, 0.99),
      '',
    ],
    [
      'framework alone: GET /robots.txt',
      rate(floor.latencies.length, floor.seconds),
      '',
      ms(floor.latencies, 0.5),
      ms(floor.latencies, 0.99),
      String(floor.errors),
    ],
  ]);
}

export function printCpu(name: string, cpu: CpuShares): void {
  const shares = Object.entries(cpu.shares).map(([who, share]) => `${who} ${share.toFixed(0)} %`);
  console.log(
    `CPU, ${name} (% of one core; 2 cores): ${shares.join(', ')}; ` +
      `load average ${cpu.loadAverage.toFixed(1)}`,
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

export function printStore(check: StoreCheck): void {
  console.log(
    `store: ${check.acknowledged} registrations answered 2xx, ${check.once} stored exactly once, ` +
      `${check.missing} missing, ${check.wrong} wrong (twice, counter > 1 or another innovation), ` +
      `${check.unanswered} stored without an answer; integrity_check: ${check.integrity}`,
  );
}

/**
 * What the servers logged, each distinct line once with its count (a failure shows here); the
 * request log's lines added up by method, route and status.
 */
export function printServerLog(lines: readonly string[]): void {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const key = requestLineKey(line) ?? line;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  console.log(`\nthe servers' log (${lines.length} lines, ${counts.size} kinds):`);
  for (const [line, count] of [...counts].slice(0, 30)) console.log(`  ${count} × ${line}`);
}

/** p50, p90, p99 and max of latencies in ms, as table cells. */
function spread(samples: readonly number[]): string[] {
  return [ms(samples, 0.5), ms(samples, 0.9), ms(samples, 0.99), ms(samples, 1)];
}

/** `requests: POST activity 201` for a line of the request log, undefined for any other line. */
function requestLineKey(line: string): string | undefined {
  if (!line.startsWith('{')) return undefined;
  try {
    const parsed = requestLine.safeParse(JSON.parse(line));
    if (!parsed.success) return undefined;
    const { method, route, status } = parsed.data;
    return `requests: ${method} ${route} ${String(status)}`;
  } catch {
    return undefined;
  }
}

const requestLine = z.object({ method: z.string(), route: z.string(), status: z.number() });
