import { createServer, type Server } from 'node:net';
import { Meilisearch } from 'meilisearch';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig, type Config } from '../../../src/infra/config.ts';
import type { MeiliBinary } from '../../../src/infra/meilisearch/binary.ts';
import { startEmbedded } from '../../../src/infra/meilisearch/embedded.ts';
import { findRunningEmbedded } from '../../../src/infra/meilisearch/running.ts';
import { ensureSearchKey } from '../../../src/infra/meilisearch/search-key.ts';
import {
  superviseEngine,
  type SupervisedEngine,
} from '../../../src/infra/meilisearch/supervise.ts';
import { freePort, isProcessGone, processesUsing, projectBinary } from '../../helpers/meili.ts';
import { makeTempDir, type TempDir } from '../../helpers/temp.ts';

/** The real schedule's shape, quicker: 100, 200, 400 ms. */
const QUICK = { firstMs: 100, maxMs: 400, stableMs: 60_000 };

let dir: TempDir;
let config: Config;
let binary: MeiliBinary;
let log: string[];
let supervised: SupervisedEngine | undefined;

beforeEach(async () => {
  dir = await makeTempDir('meili-supervise');
  config = loadConfig({ DATA_DIR: dir.path, MEILI_PORT: String(await freePort()) });
  binary = await projectBinary();
  log = [];
});
afterEach(async () => {
  await supervised?.stop();
  supervised = undefined;
  await dir.remove();
});

async function supervise(): Promise<{ url: string; masterKey: string; firstPid: number }> {
  const restart = () => startEmbedded(config, { binary });
  const first = await restart();
  supervised = superviseEngine(first, {
    restart,
    log: (line) => log.push(line),
    schedule: QUICK,
  });
  return { url: first.url, masterKey: first.masterKey, firstPid: first.pid };
}

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`waited 10 s for ${what}: ${log.join('\n')}`);
    await new Promise((done) => setTimeout(done, 20));
  }
}

const restarted = () => log.some((line) => line.startsWith('Meilisearch restarted'));

describe('superviseEngine', () => {
  it('starts a killed engine again at its address, with its key, data and search key', async () => {
    const { url, masterKey, firstPid } = await supervise();
    const client = new Meilisearch({ host: url, apiKey: masterKey });
    await client.createIndex('innovations').waitTask();
    const searchKey = await ensureSearchKey(client, 'innovations');

    process.kill(firstPid, 'SIGKILL');
    await until(restarted, 'the restart');
    // Its last output: the warning it logged for the search key it did not have yet.
    expect(log[0]).toMatch(
      new RegExp(
        `^Meilisearch \\(pid ${String(firstPid)}\\) ended unexpectedly: it was killed by SIGKILL; ` +
          'its last output: .*API key `',
      ),
    );
    expect(log[1]).toBe('Meilisearch: restart 1 in 0.1 s');
    const running = await findRunningEmbedded(config);
    expect(running).toMatchObject({ url, masterKey, pid: supervised?.pid() });
    expect(running?.pid).not.toBe(firstPid);
    // The same client, untouched, and the search-only key the site holds, both still work.
    expect((await client.getIndex('innovations')).uid).toBe('innovations');
    expect(await ensureSearchKey(client, 'innovations')).toEqual(searchKey);
    const site = new Meilisearch({ host: url, apiKey: searchKey.key });
    expect((await site.index('innovations').search('')).hits).toEqual([]);
  });

  it('tries again, waiting longer each time, while the engine cannot start', async () => {
    const { url, firstPid } = await supervise();
    let squatter: Server | undefined;
    // Someone takes the port as the engine dies: each restart fails until it is let go.
    const exited = new Promise<void>((done) => {
      const timer = setInterval(() => {
        if (!isProcessGone(firstPid)) return;
        clearInterval(timer);
        squatter = createServer().listen(config.MEILI_PORT, '127.0.0.1', () => {
          done();
        });
      }, 5);
    });
    process.kill(firstPid, 'SIGKILL');
    await exited;
    await until(() => log.some((line) => line.includes('restart 3 in')), 'three attempts');
    await new Promise((done) => squatter?.close(done));
    await until(restarted, 'the restart');
    expect(log.filter((line) => / in [\d.]+ s$/.test(line)).slice(0, 3)).toEqual([
      'Meilisearch: restart 1 in 0.1 s',
      'Meilisearch: restart 2 in 0.2 s',
      'Meilisearch: restart 3 in 0.4 s',
    ]);
    expect(log.filter((line) => line.includes('failed')).length).toBeGreaterThanOrEqual(2);
    expect(log.find((line) => line.includes('restart 1 failed'))).toMatch(/port .* is in use/);
    expect((await fetch(`${url}/health`)).status).toBe(200);
  });

  it('starts nothing after a stop, even one asked for while it waits to restart', async () => {
    const { firstPid } = await supervise();
    process.kill(firstPid, 'SIGKILL');
    await until(() => log.some((line) => line.includes('restart 1 in')), 'the wait');
    await supervised?.stop();
    await new Promise((done) => setTimeout(done, 300));
    expect(restarted()).toBe(false);
    expect(await findRunningEmbedded(config)).toBeUndefined();
    expect(processesUsing(dir.path)).toEqual([]);
  });

  it('stops the engine it serves without restarting it', async () => {
    const { firstPid } = await supervise();
    await supervised?.stop();
    expect(isProcessGone(firstPid)).toBe(true);
    await new Promise((done) => setTimeout(done, 300));
    expect(log).toEqual([]);
    expect(processesUsing(dir.path)).toEqual([]);
  });
});
