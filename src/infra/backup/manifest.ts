import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { z } from 'zod';
import { describeIssues } from '../../lib/zod-issues.ts';
import { hasCode } from '../meilisearch/errno.ts';
import { BackupError } from './errors.ts';

/** Written last: a folder without it is not a backup, or one that did not finish. */
export const MANIFEST_FILE = 'manifest.json';

/** The layout of a backup folder; a restore refuses any other. */
export const BACKUP_VERSION = 1;

/** Where a backup keeps the store's snapshot, and the files of DATA_DIR (at their own paths). */
export const STORE_FOLDER = 'store';
export const DATA_FOLDER = 'data';

/**
 * A file's place in the backup, `/`-separated: `store/…` the store's snapshot, `data/…` a file
 * of DATA_DIR at the same place under it. Never absolute and never `..`, so a restore cannot be
 * made to write outside DATA_DIR.
 */
const backupPath = z
  .string()
  .regex(/^(store|data)\/[^/]/, 'must start with store/ or data/')
  .refine((path) => path.split('/').every((part) => part !== '' && part !== '.' && part !== '..'), {
    message: 'must not hold empty, . or .. parts',
  });

export const backupFileSchema = z.object({
  path: backupPath,
  bytes: z.int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 hex digits'),
});

export const manifestSchema = z.object({
  version: z.literal(BACKUP_VERSION),
  /** When the backup began (ISO 8601). */
  createdAt: z.iso.datetime(),
  store: z.enum(['sqlite', 'postgres']),
  files: z.array(backupFileSchema),
});

export type BackupFile = z.output<typeof backupFileSchema>;
export type Manifest = z.output<typeof manifestSchema>;
export type StoreKind = Manifest['store'];

/** A file of the backup as the manifest lists it: its size and SHA-256, read from the disk. */
export async function describeFile(dir: string, path: string): Promise<BackupFile> {
  const file = join(dir, path);
  return { path, bytes: (await stat(file)).size, sha256: await sha256Of(file) };
}

export async function writeManifest(dir: string, manifest: Manifest): Promise<void> {
  await writeFile(join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`, {
    mode: 0o600,
  });
}

/** The manifest of the backup in `dir`, checked; a message saying what is wrong otherwise. */
export async function readManifest(dir: string): Promise<Manifest> {
  const file = join(dir, MANIFEST_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (!hasCode(error, 'ENOENT')) throw error;
    throw new BackupError(`${file} is missing: ${dir} is not a backup, or one that did not finish`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new BackupError(`${file} is not JSON (${String(error)})`);
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    throw new BackupError(
      `${file} is not a backup manifest: ${describeIssues(parsed.error.issues)}`,
    );
  }
  return parsed.data;
}

/** Every file of the manifest is in `dir` with its size and SHA-256, or the ones that are not. */
export async function verifyFiles(dir: string, manifest: Manifest): Promise<void> {
  const problems: string[] = [];
  for (const expected of manifest.files) {
    const problem = await problemOf(dir, expected);
    if (problem !== undefined) problems.push(`${expected.path} ${problem}`);
  }
  if (problems.length > 0) {
    throw new BackupError(`the backup in ${dir} is damaged: ${problems.join('; ')}`);
  }
}

// --- internal ---

async function problemOf(dir: string, expected: BackupFile): Promise<string | undefined> {
  let found: BackupFile;
  try {
    found = await describeFile(dir, expected.path);
  } catch (error) {
    if (hasCode(error, 'ENOENT')) return 'is missing';
    throw error;
  }
  if (found.bytes !== expected.bytes) {
    return `holds ${found.bytes} bytes, the manifest says ${expected.bytes}`;
  }
  if (found.sha256 !== expected.sha256) return 'does not match its SHA-256';
  return undefined;
}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash);
  return hash.digest('hex');
}
