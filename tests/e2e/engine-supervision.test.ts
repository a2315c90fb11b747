import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meiliPaths } from '../../src/infra/meilisearch/paths.ts';
import { readState } from '../../src/infra/meilisearch/state.ts';
import { freePort, isProcessGone, projectBinary } from '../helpers/meili.ts';
import { E2E_BUILD_DIR } from '../helpers/portal.ts';
import { makeTempDir, type TempDir } from '../helpers/temp.ts';

/**
 * `npm start` on a fresh DATA_DIR, as a person runs it (its own embedded engine, the sample
 * ingested), serving the tests' build: the engine killed with SIGKILL is started again by
 * `npm start` itself and the site answers again, nothing else restarted.
 */
let data: TempDir;
let start: ChildProcess;
let origin: string;
let log = '';

beforeAll(async () => {
  data = await makeTempDir('engine-supervision');
  const port = await freePort();
  origin = `http://127.0.0.1:${String(port)}`;
  start = spawn(process.execPath, ['scripts/start.ts', E2E_BUILD_DIR], {
    env: {
      ...process.env,
      // Its own embedded engine, whatever engine the test run was given.
      MEILI_URL: undefined,
      MEILI_MASTER_KEY: undefined,
      DATA_DIR: data.path,
      HOST: '127.0.0.1',
      PORT: String(port),
      MEILI_PORT: String(await freePort()),
      MEILI_BIN: (await projectBinary()).path,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [start.stdout, start.stderr]) {
    stream?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  }
  await until(() => log.includes('Portal: '), 150_000, 'npm start serving');
});

afterAll(async () => {
  if (start.exitCode === null && start.signalCode === null) {
    start.kill('SIGKILL');
    await new Promise((done) => start.once('exit', done));
  }
  await data.remove();
});

describe('npm start supervises its embedded engine', () => {
  it('restarts a killed engine and the site recovers by itself', async () => {
    const first = await enginePid();
    expect(await status('/readyz')).toBe(200);
    const killedAt = Date.now();
    process.kill(first, 'SIGKILL');
    await until(() => isProcessGone(first), 5_000, 'the engine gone');
    await until(() => log.includes(`(pid ${String(first)}) ended unexpectedly`), 5_000, 'its end');
    expect(log).toContain(
      `Meilisearch (pid ${String(first)}) ended unexpectedly: it was killed by SIGKILL`,
    );
    // Until it is back (a 1 s wait first), search is unavailable, not broken.
    expect(await status('/api/search?q=air')).toBe(503);
    expect(await status('/readyz')).toBe(503);
    await until(
      async () => (await status('/readyz')) === 200,
      15_000 - (Date.now() - killedAt),
      '/readyz 200 again',
    );
    await until(
      async () => (await status('/api/search?q=layanan')) === 200,
      15_000 - (Date.now() - killedAt),
      '/api/search 200 again',
    );
    expect(log).toMatch(/Meilisearch: restart 1 in 1 s/);
    const second = await enginePid();
    expect(second).not.toBe(first);
    expect(log).toContain(`Meilisearch restarted at http://127.0.0.1:`);
    expect(log).toContain(`(pid ${String(second)})`);
    // The site was never restarted: the same `npm start`, still running.
    expect(start.exitCode).toBeNull();
    expect(log.match(/Portal: /g)).toHaveLength(1);
  });

  it('stops the restarted engine with itself on SIGTERM', async () => {
    const engine = await enginePid();
    const exited = new Promise<number | null>((done) => start.once('exit', done));
    start.kill('SIGTERM');
    expect(await exited).toBe(143);
    expect(isProcessGone(engine)).toBe(true);
    expect(existsSync(meiliPaths(data.path).stateFile)).toBe(false);
    expect(log).not.toMatch(/restart 2 in/);
  });
});

// --- internal ---

async function enginePid(): Promise<number> {
  const state = await readState(meiliPaths(data.path).stateFile);
  if (state === undefined) throw new Error(`no engine recorded in ${data.path}:\n${log}`);
  return state.pid;
}

async function status(path: string): Promise<number> {
  try {
    const response = await fetch(`${origin}${path}`);
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
}

async function until(
  condition: () => boolean | Promise<boolean>,
  timeoutMs: number,
  what: string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline)
      throw new Error(`waited ${String(timeoutMs)} ms for ${what}:\n${log}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}
