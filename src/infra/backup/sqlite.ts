import { constants, existsSync } from 'node:fs';
import { chmod, copyFile } from 'node:fs/promises';
import { DatabaseSync } from 'node:sqlite';
import { BackupError } from './errors.ts';

/**
 * A consistent copy of the live SQLite store, taken while the portal writes to it: `VACUUM INTO`
 * reads in one transaction (WAL: writers go on meanwhile) and writes a compact file holding what
 * the write-ahead log has not yet put into the main file too, which a file copy would miss.
 */
export async function snapshotSqlite(store: string, target: string): Promise<void> {
  if (!existsSync(store)) {
    throw new BackupError(
      `there is no store at ${store}: nothing to back up (is DATA_DIR right? a store appears once the portal or an ingest has run)`,
    );
  }
  const db = new DatabaseSync(store, { readOnly: true });
  try {
    db.exec(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.prepare('VACUUM INTO ?').run(target);
  } finally {
    db.close();
  }
  await chmod(target, 0o600);
  checkIntegrity(target);
}

/** The store's file and its write-ahead log, those that exist: a restore writes over neither. */
export function sqliteFilesPresent(store: string): string[] {
  return [store, `${store}-wal`].filter((file) => existsSync(file));
}

/** The backup's copy put in place of the store (never over one). */
export async function restoreSqlite(copy: string, store: string): Promise<void> {
  checkIntegrity(copy);
  await copyFile(copy, store, constants.COPYFILE_EXCL);
}

// --- internal ---

/** As the store's own: a write of the ingest or the server waits at most this long for another. */
const BUSY_TIMEOUT_MS = 10_000;

function checkIntegrity(file: string): void {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    const rows = db.prepare('PRAGMA integrity_check').all();
    const verdicts = rows.map((row) => String(row.integrity_check));
    if (verdicts.join() !== 'ok') {
      throw new BackupError(`${file} is not a sound SQLite database: ${verdicts.join('; ')}`);
    }
  } finally {
    db.close();
  }
}
