import { readFile, stat, writeFile, chmod } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  loadAdminToken,
  adminTokenFile,
  adminTokenNotice,
  loadOrCreateTokenFile,
  tokenMatches,
} from '../../../../src/infra/admin-token.ts';
import { makeTempDir, type TempDir } from '../../../helpers/temp.ts';

let dir: TempDir;

beforeAll(async () => {
  dir = await makeTempDir('admin-token');
});

afterAll(() => dir.remove());

describe('the admin token', () => {
  it('is ADMIN_TOKEN when set, and no file is written', async () => {
    const found = await loadAdminToken({ ADMIN_TOKEN: 'a-token-from-the-env', DATA_DIR: dir.path });
    expect(found).toEqual({ token: 'a-token-from-the-env', source: { kind: 'env' } });
    await expect(stat(adminTokenFile(dir.path))).rejects.toThrow(/ENOENT/);
  });

  it('is generated on first use into DATA_DIR/admin-token with mode 0600, then kept', async () => {
    const dataDir = dir.file('fresh');
    const first = await loadAdminToken({ DATA_DIR: dataDir });
    const path = adminTokenFile(dataDir);
    expect(first.source).toEqual({ kind: 'file', path });
    expect(first.token).toMatch(/^[\w-]{43}$/);
    expect((await readFile(path, 'utf8')).trim()).toBe(first.token);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    // Another process (no cache) reads the same token.
    await expect(loadOrCreateTokenFile(path)).resolves.toBe(first.token);
  });

  it('is one token when two callers create it at once', async () => {
    const path = dir.file('race/admin-token');
    const tokens = await Promise.all([1, 2, 3, 4].map(() => loadOrCreateTokenFile(path)));
    expect(new Set(tokens).size).toBe(1);
  });

  it('tightens a file readable by others, and refuses one too short to be a token', async () => {
    const loose = dir.file('loose');
    await writeFile(loose, 'an-existing-token-of-enough-length\n');
    await chmod(loose, 0o644);
    await expect(loadOrCreateTokenFile(loose)).resolves.toBe('an-existing-token-of-enough-length');
    expect((await stat(loose)).mode & 0o777).toBe(0o600);
    const short = dir.file('short');
    await writeFile(short, 'abc\n', { mode: 0o600 });
    await expect(loadOrCreateTokenFile(short)).rejects.toThrow(/no usable admin token/);
  });
});

describe('comparing a token', () => {
  const token = 'Zq3xk2-the-real-admin-token-value';

  it('accepts the token and nothing else, whatever the length sent', () => {
    expect(tokenMatches(token, token)).toBe(true);
    expect(tokenMatches(`${token} `, token)).toBe(false);
    expect(tokenMatches(token.slice(0, -1), token)).toBe(false);
    expect(tokenMatches('', token)).toBe(false);
    expect(tokenMatches('x'.repeat(10_000), token)).toBe(false);
    expect(tokenMatches(token.toUpperCase(), token)).toBe(false);
  });
});

describe('the start output', () => {
  it('says where the token is and never prints it', async () => {
    const fromEnv = await adminTokenNotice(
      loadAdminToken({ ADMIN_TOKEN: 'secret-admin-token-value', DATA_DIR: dir.path }),
    );
    expect(fromEnv).toContain('ADMIN_TOKEN');
    expect(fromEnv).not.toContain('secret-admin-token-value');
    const dataDir = dir.file('notice');
    const fromFile = await adminTokenNotice(loadAdminToken({ DATA_DIR: dataDir }));
    const { token } = await loadAdminToken({ DATA_DIR: dataDir });
    expect(fromFile).toContain(adminTokenFile(dataDir));
    expect(fromFile).not.toContain(token);
  });
});
