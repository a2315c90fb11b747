import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from '../../src/infra/meilisearch/port.ts';
import { makeTempDir, type TempDir } from './temp.ts';

export interface TestPostgres {
  /** The `postgres` database of the server (superuser, trust authentication). */
  url: string;
  /** A new, empty database on the server; its URL. */
  createDatabase(): Promise<string>;
  /** Stops the server (fast shutdown, SIGKILL if it lingers) and removes its folder. */
  stop(): Promise<void>;
}

/**
 * A real PostgreSQL for one test file, from Debian's package binaries: a random free port on
 * 127.0.0.1, a temporary cluster (fsync off: a test database need not survive power loss).
 * PostgreSQL refuses to run as root, so under root it runs as the `postgres` user.
 */
export async function startTestPostgres(): Promise<TestPostgres> {
  const bin = postgresBinDir();
  const dir = await makeTempDir('postgres');
  const user = process.getuid?.() === 0 ? postgresUser(dir) : {};
  try {
    await run(join(bin, 'initdb'), initdbArgs(dir), user);
    const { server, url } = await startOnSomeFreePort(bin, dir, user);
    let database = 0;
    return {
      url,
      async createDatabase() {
        const name = `test_${++database}`;
        // A file copy of the template is twice as fast as WAL-logging it, with fsync off.
        await withClient(url, (client) =>
          client.query(`CREATE DATABASE ${name} STRATEGY = FILE_COPY`),
        );
        return url.replace(/\/postgres$/, `/${name}`);
      },
      async stop() {
        await stopServer(server);
        await dir.remove();
      },
    };
  } catch (error) {
    await dir.remove();
    throw error;
  }
}

// --- internal ---

interface RunAs {
  uid?: number;
  gid?: number;
}

/** The newest `/usr/lib/postgresql/<version>/bin`, else `pg_config --bindir`, else PATH. */
function postgresBinDir(): string {
  const hasServer = (dir: string) =>
    existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'postgres'));
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  const candidates = [
    ...versions.map((version) => join(root, version, 'bin')),
    pgConfigBinDir(),
    ...(process.env.PATH ?? '').split(':'),
  ];
  const found = candidates.find((dir) => dir !== undefined && dir !== '' && hasServer(dir));
  if (found === undefined) {
    throw new Error(
      'PostgreSQL server binaries (initdb, postgres) not found: install PostgreSQL: apt-get install postgresql',
    );
  }
  return found;
}

function pgConfigBinDir(): string | undefined {
  try {
    return execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}

/** The `postgres` account (created by the package), owning the cluster's folder. */
function postgresUser(dir: TempDir): RunAs {
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('postgres:'));
  if (line === undefined) {
    throw new Error('no `postgres` user to run PostgreSQL as: apt-get install postgresql');
  }
  const [, , uid, gid] = line.split(':');
  const runAs = { uid: Number(uid), gid: Number(gid) };
  chownSync(dir.path, runAs.uid, runAs.gid);
  return runAs;
}

function initdbArgs(dir: TempDir): string[] {
  return [
    '-D',
    dir.file('data'),
    '-A',
    'trust',
    '-U',
    'postgres',
    '-E',
    'UTF8',
    '--locale=C',
    '--no-sync',
  ];
}

function serverArgs(dir: TempDir, port: number): string[] {
  return [
    ...['-D', dir.file('data'), '-p', String(port), '-k', dir.path, '-h', '127.0.0.1'],
    ...['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
  ];
}

/** Runs a command to its end; its output becomes the error's message when it fails. */
function run(command: string, args: string[], user: RunAs): Promise<void> {
  const child = spawn(command, args, { ...user, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} failed (${code}): ${output}`));
    });
  });
}

/** Another process may take the free port before the server does: try a few. */
async function startOnSomeFreePort(
  bin: string,
  dir: TempDir,
  user: RunAs,
): Promise<{ server: ChildProcess; url: string }> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const server = spawn(join(bin, 'postgres'), serverArgs(dir, port), {
      ...user,
      cwd: dir.path,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let log = '';
    server.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
    // Should the test process end without `stop()`, the server must not outlive it: SIGQUIT
    // is its immediate shutdown, which also ends its own children (SIGKILL would orphan them).
    const killOnExit = () => server.kill('SIGQUIT');
    process.once('exit', killOnExit);
    server.once('exit', () => process.off('exit', killOnExit));
    const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
    try {
      await whenAccepting(url, server, () => log);
      return { server, url };
    } catch (error) {
      await stopServer(server);
      if (attempt === 3 || !/could not bind|in use/i.test(log)) throw error;
    }
  }
}

async function whenAccepting(url: string, server: ChildProcess, log: () => string) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new Error(`PostgreSQL ended while starting: ${log()}`);
    }
    try {
      await withClient(url, (client) => client.query('SELECT 1'));
      return;
    } catch (error) {
      if (Date.now() > deadline)
        throw new Error(`PostgreSQL did not start: ${String(error)} ${log()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

async function withClient<T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

/** SIGINT is PostgreSQL's fast shutdown (clients disconnected); SIGKILL when it lingers. */
async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGINT');
  const timer = setTimeout(() => server.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
