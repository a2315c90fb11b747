import { printTable } from './dataset.ts';
import type { StoreCheck } from './interest-check.ts';
import { achievedSeconds, type PacedResult } from './interest-paced.ts';
import { sum } from './interest-report.ts';
import type { NormalRun } from './interest-runs.ts';
import { percentile } from './percentiles.ts';

export interface FaultOutcome {
  load: PacedResult;
  check: StoreCheck;
  /** The check of the registrations sent before the kill only. */
  before: StoreCheck;
  killedAt: number;
  downSeconds: number;
  answers: boolean;
}

export function printFault(fault: FaultOutcome): void {
  // Its first answer waits behind the requests queued by the connections the kill held up;
  // the last failed request says when it was listening again.
  console.log(
    `killed at ${fault.killedAt} s; requests failed until ` +
      `${(fault.load.lastErrorAt / 1000).toFixed(1)} s; the restarted process's first answer ` +
      `${fault.downSeconds.toFixed(1)} s after the kill; answered 2xx before the kill: ` +
      `${fault.before.acknowledged}, stored once: ${fault.before.once}, missing: ` +
      `${fault.before.missing}, wrong: ${fault.before.wrong}; the restarted process answers: ` +
      (fault.answers ? 'yes' : 'no'),
  );
  const perSecond = answeredPerSecond(fault.load, fault.killedAt);
  console.log(
    `answered 2xx per second from the kill to the window's end (the other process): ` +
      perSecond.join(', '),
  );
}

/** The runs side by side: the paced run's figures and the CPU each process took. */
export function printComparison(runs: readonly NormalRun[]): void {
  console.log('\n1 vs 2 processes, direct vs nginx (paced run)\n');
  printTable([
    ['', 'writes/s', 'p50 ms', 'p99 ms', 'max ms', 'errors', 'lost/double', 'capacity req/s'],
    ...runs.map((run) => [
      run.variant.name,
      (run.paced.acknowledged.length / achievedSeconds(run.paced)).toFixed(0),
      percentile(run.paced.latencies, 0.5).toFixed(1),
      percentile(run.paced.latencies, 0.99).toFixed(1),
      percentile(run.paced.latencies, 1).toFixed(1),
      String(sum(run.paced.errors)),
      String(run.check.missing + run.check.wrong),
      ((run.capacity.acknowledged.length + run.capacity.reads) / run.capacity.seconds).toFixed(0),
    ]),
  ]);
  for (const run of runs) {
    const shares = Object.entries(run.pacedCpu.shares).map(
      ([who, share]) => `${who} ${share.toFixed(0)} %`,
    );
    console.log(`CPU (% of one core), ${run.variant.name}: ${shares.join(', ')}`);
  }
}

/**
 * The goals beside the figures, MET or NOT MET: the latency goal is for two processes
 * (direct, and behind nginx); every run must lose nothing; the fault run's other process must
 * answer in every second after the kill.
 */
export function printVerdict(runs: readonly NormalRun[], fault: FaultOutcome): void {
  const verdict = (met: boolean) => (met ? 'MET' : 'NOT MET');
  const rows: string[][] = [['', 'goal', 'measured', '']];
  for (const run of runs) {
    const writes = run.paced.acknowledged.length / achievedSeconds(run.paced);
    const p99 = percentile(run.paced.latencies, 0.99);
    const errors = sum(run.paced.errors);
    const lost = run.check.missing + run.check.wrong;
    const name = run.variant.name;
    rows.push([`${name}: writes/s`, '≥ 1,000', writes.toFixed(0), verdict(writes >= 1000)]);
    if (run.variant.processes === 2)
      rows.push([`${name}: p99`, '< 100 ms', `${p99.toFixed(1)} ms`, verdict(p99 < 100)]);
    rows.push([`${name}: errors`, '0', String(errors), verdict(errors === 0)]);
    rows.push([`${name}: lost or double`, '0', String(lost), verdict(lost === 0)]);
    rows.push([
      `${name}: store intact`,
      'ok',
      run.check.integrity,
      verdict(run.check.integrity === 'ok'),
    ]);
  }
  const faultLost = fault.check.missing + fault.check.wrong;
  const quietest = Math.min(...answeredPerSecond(fault.load, fault.killedAt));
  rows.push(
    ['fault: lost or double', '0', String(faultLost), verdict(faultLost === 0)],
    ['fault: store intact', 'ok', fault.check.integrity, verdict(fault.check.integrity === 'ok')],
    ['fault: fewest 2xx in a second', '> 0', String(quietest), verdict(quietest > 0)],
    ['fault: restarted answers', 'yes', fault.answers ? 'yes' : 'no', verdict(fault.answers)],
  );
  console.log('\ngoals\n');
  printTable(rows);
  console.log(
    `(fault run: ${sum(fault.load.errors)} requests failed, in flight at the kill or sent to the killed process)`,
  );
}

// --- internal ---

/** Requests answered 2xx in each whole second of the window from `from` s on. */
function answeredPerSecond(load: PacedResult, from: number): number[] {
  const counts = Array.from({ length: Math.max(0, load.seconds - from) }, () => 0);
  for (const at of load.answeredAt) {
    const second = Math.floor(at / 1000) - from;
    if (second >= 0 && second < counts.length) counts[second] = (counts[second] ?? 0) + 1;
  }
  return counts;
}
