import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../src/infra/meilisearch/port.ts';

export interface SiteServerOptions {
  meiliUrl: string;
  masterKey: string;
  /** The server's DATA_DIR (it writes the search-only key there). */
  dataDir: string;
  indexUid?: string;
  /** The build to serve (its `server/entry.mjs`, the node adapter's standalone entry). */
  buildDir: string;
  /** More environment for the server (a rate limit, a database), over the defaults. */
  env?: Record<string, string>;
  /** Every chunk the server writes to stdout or stderr (a test that reads its whole log). */
  onOutput?: (chunk: string) => void;
  /** The port to listen on (a restarted server back at the same address); a free one if not given. */
  port?: number;
}

export interface SiteServer {
  url: string;
  /** The server process's id. */
  pid: number;
  /** SIGTERM: flushes and closes what it holds, then exits. */
  stop(): Promise<void>;
  /** Sends `signal` (SIGKILL: no handler runs, as when the OOM killer strikes); resolves at exit. */
  kill(signal: NodeJS.Signals): Promise<void>;
}

/**
 * A built site served by the site server (`scripts/site/server.ts`: the interest API answered
 * directly, the rest by the build's Astro handler) in a process of its own, on a free port,
 * against the given Meilisearch.
 */
export async function startSiteServer(options: SiteServerOptions): Promise<SiteServer> {
  const port = options.port ?? (await freePort());
  const child = spawn(process.execPath, [SERVER_SCRIPT, options.buildDir], {
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: options.dataDir,
      MEILI_URL: options.meiliUrl,
      MEILI_MASTER_KEY: options.masterKey,
      MEILI_INDEX: options.indexUid ?? 'innovations',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = collectOutput(child, options.onOutput);
  const url = `http://127.0.0.1:${port}`;
  let stopping = false;
  // A server that dies under a test would only show as refused connections: say why it ended.
  child.once('exit', (code, signal) => {
    if (!stopping) {
      console.error(
        `the site server at ${url} exited (code ${String(code)}, signal ${String(signal)}):\n${output()}`,
      );
    }
  });
  try {
    await waitUntilServing(url, child, output);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  const end = (signal: NodeJS.Signals) => {
    stopping = true;
    return endChild(child, signal);
  };
  return {
    url,
    pid: child.pid ?? 0,
    stop: () => end('SIGTERM'),
    kill: end,
  };
}

// --- internal ---

const SERVER_SCRIPT = fileURLToPath(new URL('server.ts', import.meta.url));

function collectOutput(child: ChildProcess, onOutput?: (chunk: string) => void): () => string {
  let text = '';
  const add = (chunk: Buffer) => {
    onOutput?.(chunk.toString());
    text = (text + chunk.toString()).slice(-4_000);
  };
  child.stdout?.on('data', add);
  child.stderr?.on('data', add);
  return () => text;
}

async function waitUntilServing(url: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the site server exited:\n${output()}`);
    try {
      await fetch(`${url}/favicon.svg`);
      return;
    } catch {
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  throw new Error(`the site server did not answer within 20 s:\n${output()}`);
}

function endChild(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => {
      done();
    });
    child.kill(signal);
  });
}
