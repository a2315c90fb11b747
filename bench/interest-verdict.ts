import { printTable } from './dataset.ts';
import type { StoreCheck } from './interest-check.ts';
import { achievedSeconds, type PacedResult } from './interest-paced.ts';
import { sum } from './interest-report.ts';
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
      `${(fault.load.lastErrorAt / 1000).toFixed(1)} s; the restarted server's first answer ` +
      `${fault.downSeconds.toFixed(1)} s after the kill; answered 2xx before the kill: ` +
      `${fault.before.acknowledged}, stored once: ${fault.before.once}, missing: ` +
      `${fault.before.missing}, wrong: ${fault.before.wrong}; the restarted server answers: ` +
      (fault.answers ? 'yes' : 'no'),
  );
}

/** The goals beside the paced run's figures (and the fault run's), MET or NOT MET. */
export function printVerdict(paced: PacedResult, check: StoreCheck, fault: FaultOutcome): void {
  const writes = paced.acknowledged.length / achievedSeconds(paced);
  const p99 = percentile(paced.latencies, 0.99);
  const errors = sum(paced.errors);
  const lost = check.missing + check.wrong;
  const faultLost = fault.check.missing + fault.check.wrong;
  const verdict = (met: boolean) => (met ? 'MET' : 'NOT MET');
  console.log('\ngoals (paced run unless said)\n');
  printTable([
    ['', 'goal', 'measured', ''],
    ['writes/s achieved', '≥ 1,000', writes.toFixed(0), verdict(writes >= 1000)],
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
