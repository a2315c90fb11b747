import { chmod, readFile, stat, writeFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EngineStartError } from '../../../src/infra/meilisearch/errors.ts';
import { loadOrCreateMasterKey, maskKey } from '../../../src/infra/meilisearch/master-key.ts';
import { makeTempDir, type TempDir } from '../../helpers/temp.ts';

let dir: TempDir;
beforeEach(async () => {
  dir = await makeTempDir('meili-key');
});
afterEach(() => dir.remove());

describe('loadOrCreateMasterKey', () => {
  it('generates a 32-byte base64url key on first use, in a file only its owner can read', async () => {
    const file = dir.file('data/meili-master-key');
    const key = await loadOrCreateMasterKey(file);
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await readFile(file, 'utf8')).trim()).toBe(key);
  });

  it('reuses the key it finds', async () => {
    const file = dir.file('meili-master-key');
    const first = await loadOrCreateMasterKey(file);
    expect(await loadOrCreateMasterKey(file)).toBe(first);
  });

  it('gives one key to callers that race on the first start', async () => {
    const file = dir.file('meili-master-key');
    const keys = await Promise.all([1, 2, 3, 4].map(() => loadOrCreateMasterKey(file)));
    expect(new Set(keys).size).toBe(1);
  });

  it('tightens a key file others can read', async () => {
    const file = dir.file('meili-master-key');
    await writeFile(file, 'a-key-someone-wrote-by-hand\n');
    await chmod(file, 0o644);
    expect(await loadOrCreateMasterKey(file)).toBe('a-key-someone-wrote-by-hand');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('refuses a key file too short for Meilisearch, saying what to do', async () => {
    const file = dir.file('meili-master-key');
    await writeFile(file, 'short\n', { mode: 0o600 });
    await expect(loadOrCreateMasterKey(file)).rejects.toThrow(EngineStartError);
    await expect(loadOrCreateMasterKey(file)).rejects.toThrow(
      /fewer than 16 characters\): delete it/,
    );
  });
});

describe('maskKey', () => {
  it('shows only the first and last four characters', () => {
    expect(maskKey('abcdEFGHijklMNOPqrstUVWXyz')).toBe('abcd…WXyz');
  });

  it('shows nothing of a key too short to hide anything', () => {
    expect(maskKey('abcdefghijk')).toBe('…');
  });
});
