import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig, type Config } from '../../../src/infra/config.ts';
import { connectEngine } from '../../../src/infra/meilisearch/connect.ts';
import { startEmbedded } from '../../../src/infra/meilisearch/embedded.ts';
import {
  EngineKeyError,
  EngineNotRunningError,
  EngineUnreachableError,
} from '../../../src/infra/meilisearch/errors.ts';
import { startServer } from '../../helpers/http-server.ts';
import {
  freePort,
  projectBinary,
  startTestMeili,
  type TestMeili,
  isProcessGone,
  processesUsing,
} from '../../helpers/meili.ts';
import { makeTempDir, type TempDir } from '../../helpers/temp.ts';

let dir: TempDir;
let config: Config;

beforeEach(async () => {
  dir = await makeTempDir('meili-connect');
  config = loadConfig({ DATA_DIR: dir.path, MEILI_PORT: String(await freePort()) });
});
afterEach(() => dir.remove());

async function recordedPid(): Promise<number> {
  return (JSON.parse(await readFile(dir.file('meili.json'), 'utf8')) as { pid: number }).pid;
}

const start = async () => ({ binary: await projectBinary() });

describe('connectEngine with the embedded engine', () => {
  it('starts one when allowed, and release() stops it and removes its record', async () => {
    const engine = await connectEngine(config, { startIfNeeded: true, start: await start() });
    expect(engine.embedded).toBe(true);
    expect(engine.url).toBe(`http://127.0.0.1:${config.MEILI_PORT}`);
    expect(engine.masterKey).toBe((await readFile(dir.file('meili-master-key'), 'utf8')).trim());
    expect(await engine.client.health()).toEqual({ status: 'available' });
    const pid = await recordedPid();

    await engine.release();
    expect(isProcessGone(pid)).toBe(true);
    expect(existsSync(dir.file('meili.json'))).toBe(false);
  });

  it('says none runs when it may not start one', async () => {
    await expect(connectEngine(config, { startIfNeeded: false })).rejects.toThrow(
      new EngineNotRunningError(
        'no embedded Meilisearch is running: start one with `npm run meili`, or set MEILI_URL ' +
          'and MEILI_MASTER_KEY.',
      ),
    );
  });

  it('reuses an engine another caller started, and never stops it', async () => {
    const running = await startEmbedded(config, await start());
    try {
      const engine = await connectEngine(config, { startIfNeeded: true });
      expect(engine.embedded).toBe(true);
      expect(engine.url).toBe(running.url);
      expect(engine.masterKey).toBe(running.masterKey);
      expect((await engine.client.getVersion()).pkgVersion).toMatch(/^1\./);

      await engine.release();
      engine.releaseNow();
      expect(isProcessGone(running.pid)).toBe(false);
      expect(await engine.client.health()).toEqual({ status: 'available' });
      expect(await recordedPid()).toBe(running.pid);
    } finally {
      await running.stop();
    }
  });

  it('gives callers that connect at once one engine, stopped by the caller that started it', async () => {
    const [one, two] = await Promise.all([
      connectEngine(config, { startIfNeeded: true, start: await start() }),
      connectEngine(config, { startIfNeeded: true, start: await start() }),
    ]);
    expect(two.url).toBe(one.url);
    expect(two.masterKey).toBe(one.masterKey);
    expect(processesUsing(dir.path)).toHaveLength(1);
    await Promise.all([one.release(), two.release()]);
    expect(processesUsing(dir.path)).toEqual([]);
  });

  it('does not trust a record whose process is gone: starts a new engine', async () => {
    const dead = spawnSync('true').pid;
    const url = `http://127.0.0.1:${config.MEILI_PORT}`;
    const stale = { pid: dead, url, startedAt: '2025-01-01T00:00:00.000Z' };
    await writeFile(dir.file('meili.json'), JSON.stringify(stale));
    const engine = await connectEngine(config, { startIfNeeded: true, start: await start() });
    try {
      expect(await recordedPid()).not.toBe(dead);
      expect(await engine.client.health()).toEqual({ status: 'available' });
    } finally {
      await engine.release();
    }
  });
});

describe('connectEngine with MEILI_URL', () => {
  let external: TestMeili;
  beforeAll(async () => {
    external = await startTestMeili();
  });
  afterAll(() => external.stop());

  it('uses it with its key, and release() leaves it running', async () => {
    const remote = loadConfig({
      MEILI_URL: `${external.url}/`,
      MEILI_MASTER_KEY: external.masterKey,
    });
    const engine = await connectEngine(remote, { startIfNeeded: true });
    expect(engine.embedded).toBe(false);
    expect(engine.url).toBe(external.url);
    await engine.release();
    expect(await engine.client.health()).toEqual({ status: 'available' });
    expect(isProcessGone(external.pid)).toBe(false);
  });

  it('names an engine that does not answer, and how to fall back', async () => {
    const url = `http://127.0.0.1:${await freePort()}`;
    const remote = loadConfig({ MEILI_URL: url, MEILI_MASTER_KEY: 'k'.repeat(32) });
    await expect(connectEngine(remote, { startIfNeeded: true })).rejects.toThrow(
      new EngineUnreachableError(
        `Meilisearch at MEILI_URL=${url} does not answer /health (ECONNREFUSED): check that it ` +
          'runs and the URL is right, or unset MEILI_URL and MEILI_MASTER_KEY to use the embedded ' +
          'engine.',
      ),
    );
  });

  it('names a server at MEILI_URL that is not a healthy Meilisearch', async () => {
    const server = await startServer(() => ({ status: 404, body: 'not here', type: 'text/plain' }));
    try {
      const remote = loadConfig({ MEILI_URL: server.origin, MEILI_MASTER_KEY: 'k'.repeat(32) });
      await expect(connectEngine(remote, { startIfNeeded: true })).rejects.toThrow(
        `Meilisearch at MEILI_URL=${server.origin} does not answer /health (HTTP 404)`,
      );
    } finally {
      await server.close();
    }
  });

  it('says when the engine refuses MEILI_MASTER_KEY', async () => {
    const remote = loadConfig({ MEILI_URL: external.url, MEILI_MASTER_KEY: 'w'.repeat(32) });
    await expect(connectEngine(remote, { startIfNeeded: true })).rejects.toThrow(
      new EngineKeyError(
        `Meilisearch at MEILI_URL=${external.url} refuses MEILI_MASTER_KEY (HTTP 403): set the ` +
          "instance's master key.",
      ),
    );
  });
});
