import { spawn } from 'node:child_process';
import { createOutputTail } from './output-tail.ts';

export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Set when the process could not be started at all (ENOENT, EACCES). */
  error?: Error;
}

/** `it was killed by SIGKILL`, `it exited with code 1`: for a log line or an error. */
export function describeExit(status: ExitStatus): string {
  if (status.error) return status.error.message;
  if (status.signal) return `it was killed by ${status.signal}`;
  return `it exited with code ${status.code === null ? 'unknown' : String(status.code)}`;
}

/** A running engine process: its pid, its end, and the tail of what it wrote. */
export interface EngineProcess {
  pid: number | undefined;
  /** Resolves when the process has ended and its output is flushed. */
  exited: Promise<ExitStatus>;
  status(): ExitStatus | undefined;
  outputTail(): string;
  /** Sends `signal` unless the process has already ended. */
  signal(signal: NodeJS.Signals): void;
  /** SIGTERM, then SIGKILL if it is still there after `timeoutMs`; resolves once it is gone. */
  stop(timeoutMs: number): Promise<ExitStatus>;
}

export interface SpawnOptions {
  args: readonly string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  onOutput?: ((text: string) => void) | undefined;
}

/** Starts `binary`; its stdout and stderr are always read, so a full pipe never blocks it. */
export function spawnEngine(binary: string, options: SpawnOptions): EngineProcess {
  const child = spawn(binary, options.args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tail = createOutputTail();
  for (const stream of [child.stdout, child.stderr]) {
    stream.setEncoding('utf8');
    stream.on('data', (text: string) => {
      tail.push(text);
      options.onOutput?.(text);
    });
  }
  let ended: ExitStatus | undefined;
  const exited = new Promise<ExitStatus>((resolve) => {
    const finish = (status: ExitStatus): void => {
      ended ??= status;
      resolve(ended);
    };
    child.on('close', (code, signal) => {
      finish({ code, signal });
    });
    child.on('error', (error) => {
      finish({ code: null, signal: null, error });
    });
  });
  const signal = (name: NodeJS.Signals): void => {
    if (ended === undefined && child.exitCode === null && child.signalCode === null) {
      child.kill(name);
    }
  };
  return {
    pid: child.pid,
    exited,
    status: () => ended,
    outputTail: () => tail.text(),
    signal,
    async stop(timeoutMs) {
      signal('SIGTERM');
      const timer = setTimeout(() => {
        signal('SIGKILL');
      }, timeoutMs);
      try {
        return await exited;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
