import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config.ts';
import { openDatabase } from '../database/open.ts';
import type { Database } from '../database/types.ts';
import { BackupError } from './errors.ts';
import { keptFiles, RECORDS_FILE, restoreDataFiles } from './files.ts';
import { readManifest, verifyFiles } from './manifest.ts';
import { checkStoreTarget, restoreStore, STORE_FILES } from './store.ts';

/** What the index is rebuilt from: the restored store (its interest counts) and records. */
export interface RestoredData {
  store: Database;
  /** The last published records (NDJSON), as the ingest wrote them. */
  records: string;
}

export interface RestoreOptions {
  config: Config;
  /**
   * Builds the search index from the restored data: given by the entry point, which holds the
   * engine and the ingest's publisher (both above this layer).
   */
  rebuildIndex: (restored: RestoredData) => Promise<void>;
  log: (line: string) => void;
}

/**
 * `npm run restore -- <dir>`: the backup checked against its manifest, the store and the files
 * of DATA_DIR brought back into an empty target (nothing is ever written over), then the
 * index rebuilt from them.
 */
export async function restoreBackup(dir: string, options: RestoreOptions): Promise<void> {
  const { config, log } = options;
  const manifest = await readManifest(dir);
  if (!manifest.files.some((file) => file.path === STORE_FILES[manifest.store])) {
    throw new BackupError(`the manifest of ${dir} lists no ${STORE_FILES[manifest.store]}`);
  }
  await checkStoreTarget(config, manifest);
  const occupied = await keptFiles(config.DATA_DIR);
  if (occupied.length > 0) {
    throw new BackupError(
      `DATA_DIR (${config.DATA_DIR}) already holds ${occupied.join(', ')}: restore into an empty DATA_DIR`,
    );
  }
  await verifyFiles(dir, manifest);
  log(`${dir}: ${manifest.files.length} files match the manifest (taken ${manifest.createdAt})`);
  await restoreStore(config, dir);
  log(`store (${manifest.store}) restored`);
  const restored = await restoreDataFiles(dir, manifest.files, config.DATA_DIR);
  log(`DATA_DIR: ${restored} files restored`);
  try {
    await rebuildSearchIndex(options);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new BackupError(
      `the store and the files are restored, but rebuilding the index failed (${reason}): ` +
        'run `npm run restore -- --index-only` once the engine answers',
    );
  }
}

/**
 * The index rebuilt from the store and the records DATA_DIR holds (what a restore ends with;
 * alone, `--index-only`). The store is opened as the portal opens it, so its migrations bring
 * a backup of an older version up to date first.
 */
export async function rebuildSearchIndex(options: RestoreOptions): Promise<void> {
  const { config, log } = options;
  const records = join(config.DATA_DIR, RECORDS_FILE);
  if (!existsSync(records)) {
    log(`no ${records}: nothing was published before the backup, the index is left as it is`);
    return;
  }
  const store = await openDatabase(config);
  try {
    await options.rebuildIndex({ store, records });
  } finally {
    await store.close();
  }
}
