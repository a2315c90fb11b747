import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from '../../src/infra/meilisearch/port.ts';
import { childPids } from '../child-pids.ts';
import { renderMainConf, renderSite, workerAccount } from './conf.ts';

export interface NginxOptions {
  /** The site processes, `host:port` each: the upstream's server lines. */
  upstreams: readonly string[];
}

export interface LocalNginx {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /**
   * Marks these upstreams `down` (none: every one up) and reloads nginx as an operator would
   * (SIGHUP); resolves once the workers of the previous configuration have finished.
   */
  reload(down: readonly string[]): Promise<void>;
  /** The access log written so far (the shipped `lumbung` format). */
  accessLog(): Promise<string>;
  /** What nginx wrote to its error log so far (why it answered 502, say). */
  errors(): string;
  /** The master's pid and its workers' (for a bench's CPU shares). */
  pids(): number[];
  /** Graceful stop (SIGQUIT: answers under way finish), then its folder is removed. */
  stop(): Promise<void>;
}

/** The site configuration as shipped: what the deployment test proves and the bench runs. */
const SHIPPED = resolve('deploy/nginx/lumbung.conf');
const NGINX = '/usr/sbin/nginx';

/**
 * Debian's nginx (`apt-get install nginx`) serving `deploy/nginx/lumbung.conf` from a prefix of its own, the shipped file
 * changed only where a test must: the upstream's servers (with the shipped parameters), the
 * listen address (a free port on 127.0.0.1) and the access log's path. Run as the current
 * user; under root its workers run as `nobody`, as Debian's run as `www-data`.
 */
export async function startNginx(options: NginxOptions): Promise<LocalNginx> {
  const dir = await nginxDir();
  try {
    // Workers not running as root must reach the temp folders nginx makes (and chowns) here.
    await chmod(dir.path, 0o755);
    for (const folder of ['logs', 'temp']) await mkdir(dir.file(folder));
    await writeFile(dir.file('nginx.conf'), renderMainConf(dir.path, workerAccount()));
    const site = await siteWriter(dir, options.upstreams);
    const { child, port, log } = await startOnSomeFreePort(dir, site);
    return {
      url: `http://127.0.0.1:${String(port)}`,
      async reload(down) {
        await site(port, down);
        await reloaded(child, log);
      },
      errors: log,
      pids: () => (child.pid === undefined ? [] : [child.pid, ...childPids(child.pid)]),
      accessLog: () => readFile(dir.file('logs/access.log'), 'utf8'),
      async stop() {
        await stopNginx(child);
        await dir.remove();
      },
    };
  } catch (error) {
    await dir.remove();
    throw error;
  }
}

// --- internal ---

/** nginx's prefix: its configuration, logs and temp folders, removed when it stops. */
interface NginxDir {
  path: string;
  file(name: string): string;
  remove(): Promise<void>;
}

async function nginxDir(): Promise<NginxDir> {
  const path = await mkdtemp(join(tmpdir(), 'nginx-'));
  return {
    path,
    file: (name) => join(path, name),
    remove: () => rm(path, { recursive: true, force: true }),
  };
}

type SiteWriter = (port: number, down: readonly string[]) => Promise<void>;

/** Writes the rendered site file where the main configuration includes it. */
async function siteWriter(dir: NginxDir, upstreams: readonly string[]): Promise<SiteWriter> {
  const shipped = await readFile(SHIPPED, 'utf8');
  const accessLog = dir.file('logs/access.log');
  return (port, down) =>
    writeFile(dir.file('lumbung.conf'), renderSite(shipped, { upstreams, down, port, accessLog }));
}

/** Another process may take the free port before nginx binds it: try a few. */
async function startOnSomeFreePort(
  dir: NginxDir,
  site: SiteWriter,
): Promise<{ child: ChildProcess; port: number; log: () => string }> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    await site(port, []);
    const child = spawn(NGINX, ['-p', dir.path, '-c', dir.file('nginx.conf'), '-e', 'stderr'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let log = '';
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
    // Should the test process end without `stop()`, nginx must not outlive it.
    const killOnExit = () => child.kill('SIGKILL');
    process.once('exit', killOnExit);
    child.once('exit', () => process.off('exit', killOnExit));
    try {
      await whenAnswering(port, child, () => log);
      return { child, port, log: () => log };
    } catch (error) {
      await stopNginx(child);
      if (attempt === 3 || !/in use/i.test(log)) throw error;
    }
  }
}

/** Any HTTP answer will do (a 502 too): nginx is then listening and proxying. */
async function whenAnswering(port: number, child: ChildProcess, log: () => string) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx ended while starting: ${log()}`);
    try {
      const answer = await fetch(`http://127.0.0.1:${String(port)}/healthz`);
      await answer.body?.cancel();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`nginx did not answer: ${String(error)} ${log()}`);
      await new Promise((done) => setTimeout(done, 50));
    }
  }
}

/**
 * SIGHUP: the master starts workers on the new configuration and the old ones finish what they
 * are answering, then end. Done when none of the old ones is left and a new one runs.
 */
async function reloaded(child: ChildProcess, log: () => string): Promise<void> {
  const master = child.pid ?? 0;
  const before = new Set(childPids(master));
  child.kill('SIGHUP');
  const deadline = Date.now() + 10_000;
  for (;;) {
    const now = childPids(master);
    if (now.length > 0 && now.every((pid) => !before.has(pid))) return;
    if (Date.now() > deadline) throw new Error(`nginx did not reload: ${log()}`);
    await new Promise((done) => setTimeout(done, 20));
  }
}

/** SIGQUIT is nginx's graceful shutdown; SIGKILL when it lingers. */
async function stopNginx(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGQUIT');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}
