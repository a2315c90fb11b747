import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/infra/config.ts';
import { startEmbedded } from '../../../src/infra/meilisearch/embedded.ts';
import { freePort, projectBinary, isProcessGone } from '../../helpers/meili.ts';
import { runScript } from '../../helpers/run-cli.ts';
import { makeTempDir, type TempDir } from '../../helpers/temp.ts';

let dir: TempDir;
let env: Record<string, string>;

beforeEach(async () => {
  dir = await makeTempDir('meili-script');
  const { path } = await projectBinary();
  env = { DATA_DIR: dir.path, MEILI_PORT: String(await freePort()), MEILI_BIN: path };
});
afterEach(() => dir.remove());

/** `npm run meili` until it says it is ready; then the test signals it. */
async function runInForeground() {
  const child = spawn(process.execPath, ['scripts/meili.ts'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  child.stdout.setEncoding('utf8');
  child.stderr.resume();
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (text: string) => {
      stdout += text;
      if (stdout.includes('Press Ctrl-C to stop.')) resolve();
    });
    void exited.then(() => {
      reject(new Error(`meili exited before it was ready:\n${stdout}`));
    });
  });
  const pid = Number(/\(pid (\d+)\)/.exec(stdout)?.[1]);
  return { child, exited, stdout: () => stdout, enginePid: pid };
}

describe('npm run meili', () => {
  it('prints the url and the masked key, never the key itself', async () => {
    const run = await runInForeground();
    const key = (await readFile(dir.file('meili-master-key'), 'utf8')).trim();
    expect(run.stdout()).toContain(
      `Meilisearch is running at http://127.0.0.1:${env.MEILI_PORT ?? ''}`,
    );
    expect(run.stdout()).toContain(`Master key: ${key.slice(0, 4)}…${key.slice(-4)}`);
    expect(run.stdout()).not.toContain(key);
    run.child.kill('SIGTERM');
    await run.exited;
  });

  for (const [signal, code] of [
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const) {
    it(`stops the engine on ${signal} and leaves no process or record behind`, async () => {
      const run = await runInForeground();
      expect(isProcessGone(run.enginePid)).toBe(false);
      run.child.kill(signal);
      expect(await run.exited).toBe(code);
      expect(isProcessGone(run.enginePid)).toBe(true);
      expect(existsSync(dir.file('meili.json'))).toBe(false);
    });
  }

  it('refuses to start a second engine, naming the running one', async () => {
    const engine = await startEmbedded(loadConfig(env), { binary: await projectBinary() });
    try {
      const run = await runScript('scripts/meili.ts', [], env);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(
        `Meilisearch already runs at ${engine.url} (pid ${engine.pid}).`,
      );
    } finally {
      await engine.stop();
    }
  });

  it('`stop` stops the engine another process left running', async () => {
    const engine = await startEmbedded(loadConfig(env), { binary: await projectBinary() });
    const run = await runScript('scripts/meili.ts', ['stop'], env);
    expect(run.stdout).toBe(`Stopped Meilisearch at ${engine.url} (pid ${engine.pid}).\n`);
    expect((await engine.exited).signal).toBe('SIGTERM');
    expect(existsSync(dir.file('meili.json'))).toBe(false);
    expect(isProcessGone(engine.pid)).toBe(true);
  });

  it('`stop` says so when nothing runs', async () => {
    const run = await runScript('scripts/meili.ts', ['stop'], env);
    expect(run).toMatchObject({ code: 0, stdout: 'No embedded Meilisearch is running.\n' });
  });

  it('exits 1 with the reason when the engine cannot start', async () => {
    const run = await runScript('scripts/meili.ts', [], { ...env, MEILI_BIN: dir.file('nothing') });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `meili: MEILI_BIN=${dir.file('nothing')} is not an executable file`,
    );
  });
});
