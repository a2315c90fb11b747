import { readFileSync } from 'node:fs';
import { hasCode } from './errno.ts';

/**
 * True while process `pid` exists and is not a zombie. A zombie (exited, not yet reaped, as
 * happens to orphans in containers whose init never reaps) still answers `kill(pid, 0)`, so on
 * Linux its state in /proc is checked too.
 */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return hasCode(error, 'EPERM');
  }
  return !isZombie(pid);
}

/** Resolves once `pid` is gone, or with `false` after `timeoutMs`. */
export async function waitForProcessExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isProcessAlive(pid)) {
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return true;
}

// --- internal ---

function isZombie(pid: number): boolean {
  try {
    // The state letter follows the command name, which is in parentheses and may hold spaces.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) === 'Z';
  } catch {
    return false;
  }
}
