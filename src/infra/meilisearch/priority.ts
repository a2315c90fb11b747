import { readdirSync } from 'node:fs';
import { setPriority } from 'node:os';

/**
 * The embedded engine's CPU priority (a nice value; 0 is the site processes'). Its indexing
 * comes in bursts that take a whole core: under the interest bench (1,000 registrations/s on
 * 2 cores) the index sync's partial updates kept it at 32-39 % of a core, and while it indexed,
 * the site processes, which answer every registration and read, shared the other core. At 10
 * the engine gets the CPU the site processes leave: an index update waits a little longer
 * (the counts follow a moment later), an answer does not. Searches share that priority, so on
 * a saturated machine a search page slows before the interest API does.
 */
export const ENGINE_NICE = 10;

/**
 * Lowers the priority of process `pid` and of each of its threads (Linux gives every thread
 * its own nice value and a thread inherits its creator's, so those started before this call
 * are lowered one by one). Best effort: a platform that refuses leaves the engine as it is.
 */
export function lowerPriority(pid: number, nice = ENGINE_NICE): void {
  for (const id of [pid, ...threadIds(pid)]) {
    try {
      setPriority(id, nice);
    } catch {
      // The thread ended meanwhile, or the platform does not allow it: nothing to lower.
    }
  }
}

// --- internal ---

function threadIds(pid: number): number[] {
  try {
    return readdirSync(`/proc/${String(pid)}/task`)
      .map(Number)
      .filter((id) => id !== pid);
  } catch {
    return [];
  }
}
