import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmod, link, mkdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Config } from './config.ts';
import { hasCode } from './meilisearch/errno.ts';

/** Where the generated token lives when ADMIN_TOKEN is not set. */
export function adminTokenFile(dataDir: string): string {
  return join(dataDir, 'admin-token');
}

/** 32 random bytes, base64url: 43 characters, easy to paste and to put in a header. */
export function generateAdminToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Where the administrators' token comes from, for the start output (never the token itself). */
export type AdminTokenSource = { kind: 'env' } | { kind: 'file'; path: string };

export interface AdminToken {
  token: string;
  source: AdminTokenSource;
}

/**
 * The administrators' token: ADMIN_TOKEN, else the one in DATA_DIR/admin-token, generated there
 * (mode 0600) on first use. The portal reads it once (`portal.adminToken`).
 */
export async function loadAdminToken(
  config: Pick<Config, 'ADMIN_TOKEN' | 'DATA_DIR'>,
): Promise<AdminToken> {
  if (config.ADMIN_TOKEN !== undefined)
    return { token: config.ADMIN_TOKEN, source: { kind: 'env' } };
  const path = adminTokenFile(config.DATA_DIR);
  return { token: await loadOrCreateTokenFile(path), source: { kind: 'file', path } };
}

/**
 * The start output's line about the administration: where the token is, never the token. The
 * token file is created here when it does not exist yet, so the path printed is real.
 */
export async function adminTokenNotice(token: Promise<AdminToken>): Promise<string> {
  const { source } = await token;
  const where = source.kind === 'env' ? 'ADMIN_TOKEN' : `the file ${source.path}`;
  return `Administration: /admin (log in with the token in ${where})`;
}

/**
 * Whether `candidate` is the token, in time that does not depend on where they differ: both
 * are hashed first, so the comparison is over equal lengths whatever was sent.
 */
export function tokenMatches(candidate: string, token: string): boolean {
  return timingSafeEqual(digest(candidate), digest(token));
}

/**
 * The token in `file`, or a new one written there with an exclusive flag (two processes
 * starting at once agree on one token). Loose file modes are tightened to 0600.
 */
export async function loadOrCreateTokenFile(file: string): Promise<string> {
  const existing = await readTokenFile(file);
  if (existing !== undefined) return existing;
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  // Written whole under another name, then linked into place: a caller racing this one finds
  // no file or a complete one, never one half written (link refuses an existing target).
  const draft = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(draft, `${generateAdminToken()}\n`, { mode: 0o600, flag: 'wx' });
  try {
    await link(draft, file);
  } catch (error) {
    if (!hasCode(error, 'EEXIST')) throw error;
  } finally {
    await unlink(draft);
  }
  const created = await readTokenFile(file);
  if (created === undefined) throw new Error(`could not create ${file}`);
  return created;
}

// --- internal ---

const MIN_LENGTH = 16;

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

async function readTokenFile(file: string): Promise<string | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (hasCode(error, 'ENOENT')) return undefined;
    throw error;
  }
  if (((await stat(file)).mode & 0o077) !== 0) await chmod(file, 0o600);
  const token = text.trim();
  if (token.length < MIN_LENGTH) {
    throw new Error(
      `${file} holds no usable admin token (fewer than ${MIN_LENGTH} characters): delete it and a new one is generated`,
    );
  }
  return token;
}
