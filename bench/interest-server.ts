import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export interface BenchServerOptions {
  buildDir: string;
  dataDir: string;
  port: number;
  meiliUrl: string;
  masterKey: string;
  /** The rate limits raised for the bench, and anything else over the defaults. */
  env: Record<string, string>;
}

export interface BenchServer {
  url: string;
  pid: number;
  /** SIGKILL: no handler runs, no flush, no close, as when the machine's OOM killer strikes. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The built site's server as `startSiteServer` runs it, but on a port given by the caller (a
 * restarted server comes back at the same address, under the same load) and killable.
 */
export async function startBenchServer(options: BenchServerOptions): Promise<BenchServer> {
  const child = spawn(process.execPath, [join(options.buildDir, 'server', 'entry.mjs')], {
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(options.port),
      DATA_DIR: options.dataDir,
      MEILI_URL: options.meiliUrl,
      MEILI_MASTER_KEY: options.masterKey,
      ...options.env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-4000)));
  const url = `http://127.0.0.1:${options.port}`;
  await waitUntilServing(url, child, () => errors);
  const ended = (signal: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
    return new Promise<void>((done) => {
      child.once('exit', () => {
        done();
      });
      child.kill(signal);
    });
  };
  return {
    url,
    pid: child.pid ?? 0,
    kill: () => ended('SIGKILL'),
    stop: () => ended('SIGTERM'),
  };
}

async function waitUntilServing(url: string, child: ChildProcess, errors: () => string) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the site server exited:\n${errors()}`);
    try {
      await fetch(`${url}/favicon.svg`);
      return;
    } catch {
      await new Promise((done) => setTimeout(done, 50));
    }
  }
  throw new Error(`the site server did not answer within 30 s:\n${errors()}`);
}
