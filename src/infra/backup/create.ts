import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Config } from '../config.ts';
import { hasCode } from '../meilisearch/errno.ts';
import { BackupError } from './errors.ts';
import { copyKeptFiles } from './files.ts';
import {
  BACKUP_VERSION,
  DATA_FOLDER,
  describeFile,
  MANIFEST_FILE,
  writeManifest,
  type Manifest,
} from './manifest.ts';
import { backupStore, storeKindOf } from './store.ts';

/**
 * `npm run backup -- <dir>`: what cannot be rebuilt, into a new folder, while the portal runs:
 * the store (a SQLite snapshot or a PostgreSQL dump), the files of DATA_DIR the ingest needs to
 * reproduce the catalogue and the admin token (`keptFiles`), then the manifest, written last.
 * The search index is not in it: a restore rebuilds it from these.
 */
export async function createBackup(
  config: Config,
  dir: string,
  log: (line: string) => void,
): Promise<Manifest> {
  await makeEmptyFolder(dir);
  const createdAt = new Date().toISOString();
  const store = await backupStore(config, dir);
  log(`store (${storeKindOf(config)}): ${store}`);
  const data = await copyKeptFiles(config.DATA_DIR, join(dir, DATA_FOLDER));
  log(`DATA_DIR: ${data.length} files (${data.join(', ') || 'none'})`);
  const paths = [store, ...data.map((path) => `${DATA_FOLDER}/${path}`)];
  const manifest: Manifest = {
    version: BACKUP_VERSION,
    createdAt,
    store: storeKindOf(config),
    files: await Promise.all(paths.map((path) => describeFile(dir, path))),
  };
  await writeManifest(dir, manifest);
  log(`${MANIFEST_FILE}: ${manifest.files.length} files, checksummed`);
  return manifest;
}

// --- internal ---

/** A backup goes into a folder of its own (one per date, say), never over an older one. */
async function makeEmptyFolder(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch (error) {
    if (hasCode(error, 'ENOTDIR')) throw new BackupError(`${dir} is not a folder`);
    throw error;
  }
  if (entries.length > 0) {
    throw new BackupError(`${dir} is not empty: back up into a new folder (one per date, say)`);
  }
}
