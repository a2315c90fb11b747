import { readdirSync, readFileSync } from 'node:fs';

/** The pids of the processes (ended ones not yet reaped too) whose parent is `parent` (Linux). */
export function childPids(parent: number): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => parentOf(pid) === parent)
    .map(Number);
}

// --- internal ---

/** The fourth field of /proc/<pid>/stat, after the command name, which may hold spaces. */
function parentOf(pid: string): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}
