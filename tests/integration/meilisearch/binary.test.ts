import { execFile } from 'node:child_process';
import { chmod, stat, writeFile, readFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/infra/config.ts';
import { findBinary } from '../../../src/infra/meilisearch/binary.ts';
import { BinaryNotFoundError } from '../../../src/infra/meilisearch/errors.ts';
import { makeTempDir, type TempDir } from '../../helpers/temp.ts';

const run = promisify(execFile);
const linuxX64 = { platform: 'linux', arch: 'x64' } as const;

let dir: TempDir;
beforeEach(async () => {
  dir = await makeTempDir('meili-binary');
});
afterEach(() => dir.remove());

async function fakeBinary(folder: string, name = 'meilisearch', mode = 0o755): Promise<string> {
  await mkdir(folder, { recursive: true });
  const path = join(folder, name);
  await writeFile(path, '#!/bin/sh\necho fake\n');
  await chmod(path, mode);
  return path;
}

describe('findBinary from the packaged binary', () => {
  it('copies it under DATA_DIR/bin with the execute bit, and it runs Meilisearch 1.x', async () => {
    const config = loadConfig({ DATA_DIR: dir.path });
    const binary = await findBinary(config, { ...linuxX64, pathEnv: '' });
    expect(binary).toEqual({ path: dir.file('bin/meilisearch'), source: 'package' });
    expect((await stat(binary.path)).mode & 0o777).toBe(0o755);
    expect(await readFile(dir.file('bin/meilisearch.version'), 'utf8')).toBe('1.3.0-1.21.0\n');
    const { stdout } = await run(binary.path, ['--version']);
    expect(stdout).toMatch(/^meilisearch 1\.\d+\.\d+/);
  });

  it('reuses the copy while the package version is unchanged, and copies again after', async () => {
    const config = loadConfig({ DATA_DIR: dir.path });
    const first = await stat((await findBinary(config, { ...linuxX64, pathEnv: '' })).path);
    const second = await stat((await findBinary(config, { ...linuxX64, pathEnv: '' })).path);
    expect(second.ino).toBe(first.ino);

    await writeFile(dir.file('bin/meilisearch.version'), '1.2.0-1.20.0\n');
    const third = await stat((await findBinary(config, { ...linuxX64, pathEnv: '' })).path);
    expect(third.ino).not.toBe(first.ino);
    expect(await readFile(dir.file('bin/meilisearch.version'), 'utf8')).toBe('1.3.0-1.21.0\n');
  });
});

describe('findBinary lookup order', () => {
  it('prefers a meilisearch on PATH to the package, skipping files that cannot run', async () => {
    await fakeBinary(dir.file('first'), 'meilisearch', 0o644);
    const onPath = await fakeBinary(dir.file('second'));
    const pathEnv = ['', dir.file('empty'), dir.file('first'), dir.file('second')].join(':');
    const binary = await findBinary(loadConfig({ DATA_DIR: dir.path }), { ...linuxX64, pathEnv });
    expect(binary).toEqual({ path: onPath, source: 'PATH' });
  });

  it('prefers MEILI_BIN to PATH', async () => {
    const chosen = await fakeBinary(dir.file('chosen'), 'my-meili');
    const pathEnv = dir.file('on-path');
    await fakeBinary(pathEnv);
    const config = loadConfig({ DATA_DIR: dir.path, MEILI_BIN: chosen });
    expect(await findBinary(config, { ...linuxX64, pathEnv })).toEqual({
      path: chosen,
      source: 'MEILI_BIN',
    });
  });

  it('refuses a MEILI_BIN that is not an executable file, naming it', async () => {
    const notExecutable = await fakeBinary(dir.path, 'meilisearch', 0o644);
    for (const setting of [notExecutable, dir.path, dir.file('missing')]) {
      const config = loadConfig({ DATA_DIR: dir.path, MEILI_BIN: setting });
      await expect(findBinary(config, linuxX64)).rejects.toThrow(
        new BinaryNotFoundError(
          `MEILI_BIN=${setting} is not an executable file: point it at a Meilisearch 1.x binary.`,
        ),
      );
    }
  });

  it('says how to get a binary when none fits the platform', async () => {
    const config = loadConfig({ DATA_DIR: dir.path });
    const lookup = { platform: 'darwin', arch: 'arm64', pathEnv: dir.path };
    const error: unknown = await findBinary(config, lookup).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BinaryNotFoundError);
    expect((error as Error).message).toBe(
      'No Meilisearch binary for darwin-arm64 (no bundled binary fits this platform, and none on ' +
        'PATH). Install Meilisearch 1.x ' +
        '(https://www.meilisearch.com/docs/learn/self_hosted/install_meilisearch_locally) and ' +
        'set MEILI_BIN to its path, or use a running Meilisearch by setting MEILI_URL and ' +
        'MEILI_MASTER_KEY.',
    );
  });
});
