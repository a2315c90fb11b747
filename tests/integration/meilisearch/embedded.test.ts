import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, readFile, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Meilisearch } from 'meilisearch';
import { loadConfig, type Config } from '../../../src/infra/config.ts';
import type { MeiliBinary } from '../../../src/infra/meilisearch/binary.ts';
import { startEmbedded } from '../../../src/infra/meilisearch/embedded.ts';
import { EngineStartError, StartLockedError } from '../../../src/infra/meilisearch/errors.ts';
import { findRunningEmbedded } from '../../../src/infra/meilisearch/running.ts';
import { freePort, isProcessGone, processesUsing, projectBinary } from '../../helpers/meili.ts';
import { makeTempDir, type TempDir } from '../../helpers/temp.ts';

let dir: TempDir;
let config: Config;
let binary: MeiliBinary;

beforeEach(async () => {
  dir = await makeTempDir('meili-embedded');
  config = loadConfig({ DATA_DIR: dir.path, MEILI_PORT: String(await freePort()) });
  binary = await projectBinary();
});
afterEach(() => dir.remove());

/** A stand-in binary: a shell script, for the ways a real engine can fail to start. */
async function fakeEngine(script: string): Promise<MeiliBinary> {
  const path = dir.file('fake-meilisearch');
  await writeFile(path, `#!/bin/sh\n${script}\n`);
  await chmod(path, 0o755);
  return { path, source: 'MEILI_BIN' };
}

describe('startEmbedded', () => {
  it('serves on 127.0.0.1, records its state, keeps its data under DATA_DIR/meili, stops clean', async () => {
    const engine = await startEmbedded(config, { binary });
    expect(engine.url).toBe(`http://127.0.0.1:${config.MEILI_PORT}`);
    const health = await fetch(`${engine.url}/health`);
    expect(await health.json()).toEqual({ status: 'available' });
    expect((await fetch(`${engine.url}/version`)).status).toBe(401);

    const state = JSON.parse(await readFile(dir.file('meili.json'), 'utf8')) as unknown;
    expect(state).toMatchObject({ pid: engine.pid, url: engine.url });
    expect((await stat(dir.file('meili-master-key'))).mode & 0o777).toBe(0o600);
    expect(existsSync(dir.file('meili/db/VERSION'))).toBe(true);

    await engine.stop();
    expect(isProcessGone(engine.pid)).toBe(true);
    expect(processesUsing(dir.path)).toEqual([]);
    expect(existsSync(dir.file('meili.json'))).toBe(false);
    await engine.stop();
  });

  it('reuses its master key and its data when started again', async () => {
    const first = await startEmbedded(config, { binary });
    const client = new Meilisearch({ host: first.url, apiKey: first.masterKey });
    await client.createIndex('kept').waitTask();
    await first.stop();

    const second = await startEmbedded(config, { binary });
    try {
      expect(second.masterKey).toBe(first.masterKey);
      const again = new Meilisearch({ host: second.url, apiKey: second.masterKey });
      expect((await again.getIndex('kept')).uid).toBe('kept');
    } finally {
      await second.stop();
    }
  });

  it('refuses to start a second engine on the same DATA_DIR', async () => {
    const engine = await startEmbedded(config, { binary });
    try {
      await expect(startEmbedded(config, { binary })).rejects.toThrow(
        `an embedded Meilisearch already runs at ${engine.url} (pid ${engine.pid}): use it, or ` +
          'stop it with `npm run meili -- stop`.',
      );
    } finally {
      await engine.stop();
    }
  });

  it('refuses a port something else listens on', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(config.MEILI_PORT, '127.0.0.1', resolve));
    try {
      await expect(startEmbedded(config, { binary })).rejects.toThrow(
        `port ${config.MEILI_PORT} on 127.0.0.1 is in use, so Meilisearch cannot listen at ` +
          `http://127.0.0.1:${config.MEILI_PORT}: stop what uses it or set MEILI_PORT to a free port.`,
      );
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('removes its state file when the engine dies on its own', async () => {
    const engine = await startEmbedded(config, { binary });
    engine.kill();
    expect((await engine.exited).signal).toBe('SIGKILL');
    await vi.waitFor(() => {
      expect(existsSync(dir.file('meili.json'))).toBe(false);
    });
    expect(isProcessGone(engine.pid)).toBe(true);
  });
});

describe('startEmbedded, two at once', () => {
  it('lets one caller start at a time; the other is told who is starting', async () => {
    const results = await Promise.allSettled([
      startEmbedded(config, { binary }),
      startEmbedded(config, { binary }),
    ]);
    const started = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as Error] : []));
    expect(started).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toBeInstanceOf(StartLockedError);
    expect(refused[0]?.message).toBe(
      `process ${process.pid} is already starting the embedded Meilisearch; if no such process ` +
        `is, delete ${dir.file('meili.starting')}.`,
    );
    expect(processesUsing(dir.path)).toEqual([started[0]?.pid]);
    await started[0]?.stop();
    expect(processesUsing(dir.path)).toEqual([]);
    expect(existsSync(dir.file('meili.starting'))).toBe(false);
  });

  it('takes over a start lock left by a process that died', async () => {
    await writeFile(dir.file('meili.starting'), `${spawnSync('true').pid}\n`);
    const engine = await startEmbedded(config, { binary });
    await engine.stop();
    expect(existsSync(dir.file('meili.starting'))).toBe(false);
  });
});

describe('startEmbedded failures', () => {
  it('reports an engine that exits at start, with the end of what it wrote', async () => {
    const fake = await fakeEngine(
      'echo "loading" >&2\necho "Error: the database is locked" >&2\nexit 3',
    );
    const error: unknown = await startEmbedded(config, { binary: fake }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EngineStartError);
    expect((error as Error).message).toBe(
      'Meilisearch did not start: it exited with code 3.\n' +
        'Its last output:\nloading\nError: the database is locked',
    );
    expect(existsSync(dir.file('meili.json'))).toBe(false);
  });

  it('gives up on an engine that never answers /health, and leaves no process', async () => {
    const fake = await fakeEngine(
      `echo $$ > "${dir.file('fake.pid')}"\necho "still opening" >&2\nexec sleep 60`,
    );
    const error: unknown = await startEmbedded(config, { binary: fake, startTimeoutMs: 600 }).catch(
      (e: unknown) => e,
    );
    expect((error as Error).message).toBe(
      `Meilisearch did not start: http://127.0.0.1:${config.MEILI_PORT}/health did not answer ` +
        'within 600 ms.\nIts last output:\nstill opening',
    );
    expect(isProcessGone(Number(await readFile(dir.file('fake.pid'), 'utf8')))).toBe(true);
  });
});

describe('findRunningEmbedded', () => {
  it('forgets a recorded engine whose process is gone', async () => {
    const dead = spawnSync('true').pid;
    const state = { pid: dead, url: 'http://127.0.0.1:9', startedAt: '2025-01-01T00:00:00.000Z' };
    await writeFile(dir.file('meili.json'), JSON.stringify(state));
    expect(await findRunningEmbedded(config)).toBeUndefined();
    expect(existsSync(dir.file('meili.json'))).toBe(false);
  });
});
