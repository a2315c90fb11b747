import { spawn, type ChildProcess } from 'node:child_process';
import type { CliRun } from './run-cli.ts';

/** An ingest CLI in a child process of its own, watched as it prints. */
export interface IngestProcess {
  child: ChildProcess;
  /** Resolves when a line of its output matches (rejects if it ends first). */
  printed(pattern: RegExp): Promise<void>;
  ended: Promise<CliRun>;
}

export function startIngest(args: string[], env: Record<string, string>): IngestProcess {
  const child = spawn(process.execPath, ['ingest/cli.ts', ...args], {
    cwd: process.cwd(),
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const watchers: { pattern: RegExp; found: () => void }[] = [];
  const check = () => {
    for (const watcher of [...watchers]) {
      if (watcher.pattern.test(stdout) || watcher.pattern.test(stderr)) {
        watchers.splice(watchers.indexOf(watcher), 1);
        watcher.found();
      }
    }
  };
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    check();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    check();
  });
  const ended = new Promise<CliRun>((resolve) => {
    child.on('exit', (code, signal) => {
      resolve({ code: code ?? (signal === null ? 1 : 128), stdout, stderr });
    });
  });
  return {
    child,
    ended,
    printed: (pattern) =>
      new Promise<void>((resolve, reject) => {
        watchers.push({ pattern, found: resolve });
        check();
        void ended.then(({ stdout: out, stderr: err }) => {
          reject(new Error(`ended before printing ${String(pattern)}:\n${out}\n${err}`));
        });
      }),
  };
}
