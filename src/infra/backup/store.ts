import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Config } from '../config.ts';
import { sqliteFile } from '../database/open.ts';
import { BackupError } from './errors.ts';
import { STORE_FOLDER, type Manifest, type StoreKind } from './manifest.ts';
import { describeDatabase, dumpPostgres, postgresTables, restorePostgres } from './postgres.ts';
import { restoreSqlite, snapshotSqlite, sqliteFilesPresent } from './sqlite.ts';

/** The store the configuration opens: PostgreSQL when DATABASE_URL is set, else SQLite. */
export function storeKindOf(config: Pick<Config, 'DATABASE_URL'>): StoreKind {
  return config.DATABASE_URL === undefined ? 'sqlite' : 'postgres';
}

/** Where the store's snapshot lives in a backup. */
export const STORE_FILES: Record<StoreKind, string> = {
  sqlite: `${STORE_FOLDER}/interest.sqlite`,
  postgres: `${STORE_FOLDER}/interest.pgdump`,
};

/** Snapshots the configured store into the backup folder; the snapshot's path in it. */
export async function backupStore(config: Config, backupDir: string): Promise<string> {
  const path = STORE_FILES[storeKindOf(config)];
  const target = join(backupDir, path);
  await mkdir(join(backupDir, STORE_FOLDER), { mode: 0o700 });
  if (config.DATABASE_URL === undefined) await snapshotSqlite(sqliteFile(config.DATA_DIR), target);
  else await dumpPostgres(config.DATABASE_URL, target);
  return path;
}

/**
 * Refuses a backup of the other kind of store, and a target store that holds anything: a
 * restore adds nothing to data that is there already, it brings back what was.
 */
export async function checkStoreTarget(config: Config, manifest: Manifest): Promise<void> {
  const kind = storeKindOf(config);
  if (manifest.store !== kind) {
    throw new BackupError(
      manifest.store === 'postgres'
        ? 'this backup holds a PostgreSQL store: set DATABASE_URL to the empty database to restore it into'
        : 'this backup holds a SQLite store: unset DATABASE_URL to restore it into DATA_DIR',
    );
  }
  if (config.DATABASE_URL === undefined) {
    const present = sqliteFilesPresent(sqliteFile(config.DATA_DIR));
    if (present.length > 0) {
      throw new BackupError(
        `DATA_DIR already holds a store (${present.join(', ')}): restore into an empty DATA_DIR`,
      );
    }
    return;
  }
  const tables = await postgresTables(config.DATABASE_URL);
  if (tables.length > 0) {
    throw new BackupError(
      `the database ${describeDatabase(config.DATABASE_URL)} is not empty (it holds ${tables.join(', ')}): ` +
        'restore into an empty database (dropdb, then createdb)',
    );
  }
}

/** Brings the backup's store back into the configured, empty one. */
export async function restoreStore(config: Config, backupDir: string): Promise<void> {
  const copy = join(backupDir, STORE_FILES[storeKindOf(config)]);
  if (config.DATABASE_URL === undefined) {
    await mkdir(config.DATA_DIR, { recursive: true });
    await restoreSqlite(copy, sqliteFile(config.DATA_DIR));
  } else {
    await restorePostgres(config.DATABASE_URL, copy);
  }
}
