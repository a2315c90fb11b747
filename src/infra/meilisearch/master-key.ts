import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { hasCode } from './errno.ts';
import { EngineStartError } from './errors.ts';

/** Meilisearch refuses shorter master keys in production. */
const MIN_KEY_LENGTH = 16;

/** 32 random bytes, base64url: 43 characters, safe in a header and a shell. */
export function generateMasterKey(): string {
  return randomBytes(32).toString('base64url');
}

/** A key as it may be printed: its first and last four characters only. */
export function maskKey(key: string): string {
  if (key.length < 12) return '…';
  return `${key.slice(0, 4)}…${key.slice(-4)}`;
}

/**
 * The embedded engine's master key: read from `keyFile`, or generated and written there (mode
 * 0600) on the first start. Created with an exclusive flag, so two processes starting at once
 * agree on one key.
 */
export async function loadOrCreateMasterKey(keyFile: string): Promise<string> {
  const existing = await readMasterKey(keyFile);
  if (existing !== undefined) return existing;
  await mkdir(dirname(keyFile), { recursive: true, mode: 0o700 });
  try {
    await writeFile(keyFile, `${generateMasterKey()}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if (!hasCode(error, 'EEXIST')) throw error;
  }
  const created = await readMasterKey(keyFile);
  if (created === undefined) throw new EngineStartError(`could not create ${keyFile}`);
  return created;
}

/** The key in `keyFile`, or `undefined` when there is no such file. Loose modes are tightened. */
export async function readMasterKey(keyFile: string): Promise<string | undefined> {
  let text: string;
  try {
    text = await readFile(keyFile, 'utf8');
  } catch (error) {
    if (hasCode(error, 'ENOENT')) return undefined;
    throw error;
  }
  if (((await stat(keyFile)).mode & 0o077) !== 0) await chmod(keyFile, 0o600);
  const key = text.trim();
  if (key.length < MIN_KEY_LENGTH) {
    throw new EngineStartError(
      `${keyFile} holds no usable master key (fewer than ${MIN_KEY_LENGTH} characters): delete ` +
        'it and a new one is generated on the next start (API keys made with the old one stop working).',
    );
  }
  return key;
}
