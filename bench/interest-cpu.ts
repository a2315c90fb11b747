import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';

/** Linux counts process CPU time in clock ticks of 1/100 s. */
const TICKS_PER_SECOND = 100;

export interface CpuShares {
  /** Share of one core each process used during the run, in percent (2 cores = 200 %). */
  shares: Record<string, number>;
  /** The machine's 1-minute load average at the end: other work competes for the cores. */
  loadAverage: number;
}

/**
 * Where the machine's CPU went during a run: the server, Meilisearch and this process (the
 * load generator), from /proc. A server near 100 % is bound by its one JavaScript thread.
 */
export function cpuMeter(pids: Record<string, number>): { stop(): CpuShares } {
  const started = performance.now();
  const before = Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, cpuOf(pid)]));
  const self = process.cpuUsage();
  const machine = machineBusy();
  return {
    stop() {
      const seconds = (performance.now() - started) / 1000;
      const shares: Record<string, number> = {};
      for (const [name, pid] of Object.entries(pids)) {
        shares[name] = (100 * (cpuOf(pid) - (before[name] ?? 0))) / seconds;
      }
      const used = process.cpuUsage(self);
      shares['load generator (this process)'] = (100 * (used.user + used.system)) / 1e6 / seconds;
      const ours = Object.values(shares).reduce((a, b) => a + b, 0);
      // Per-process and machine-wide ticks are read at slightly different moments: never below 0.
      const machineShare = (100 * (machineBusy() - machine)) / seconds;
      shares['other processes and steal'] = Math.max(0, machineShare - ours);
      return { shares, loadAverage: loadavg()[0] ?? 0 };
    },
  };
}

/** CPU seconds all cores have spent busy so far (anything but idle and I/O wait). */
function machineBusy(): number {
  const ticks = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').split(/\s+/);
  // cpu user nice system idle iowait irq softirq steal
  const busy = [1, 2, 3, 6, 7, 8].reduce((sum, column) => sum + Number(ticks[column] ?? 0), 0);
  return busy / TICKS_PER_SECOND;
}

/** CPU seconds a process has used so far (user + system), 0 once it is gone. */
function cpuOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}
