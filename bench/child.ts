import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface ChildRun {
  code: number;
  seconds: number;
  /** Peak resident memory of the child, from its /proc status (Linux). */
  peakMb: number;
  stdout: string;
}

/** Runs a Node script in a fresh process and measures its wall time and peak memory. */
export function runMeasured(
  script: string,
  args: string[],
  env: Record<string, string> = {},
  nodeFlags: string[] = [],
): Promise<ChildRun> {
  const started = performance.now();
  const child = spawn(process.execPath, [...nodeFlags, script, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let stdout = '';
  let peakKb = 0;
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const poll = setInterval(() => {
    peakKb = Math.max(peakKb, peakOf(child.pid));
  }, 50);
  return new Promise((resolve) => {
    child.on('exit', (code) => {
      clearInterval(poll);
      resolve({
        code: code ?? 1,
        seconds: (performance.now() - started) / 1000,
        peakMb: peakKb / 1024,
        stdout,
      });
    });
  });
}

function peakOf(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /VmHWM:\s+(\d+) kB/.exec(status);
    return match?.[1] ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}
