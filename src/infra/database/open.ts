import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config.ts';
import { openPostgresDatabase } from './postgres.ts';
import { openSqliteDatabase } from './sqlite.ts';
import type { Database } from './types.ts';

/** PostgreSQL when DATABASE_URL is set, else the embedded SQLite file in DATA_DIR. */
export async function openDatabase(config: Config): Promise<Database> {
  if (config.DATABASE_URL !== undefined) return openPostgresDatabase(config.DATABASE_URL);
  mkdirSync(config.DATA_DIR, { recursive: true });
  return openSqliteDatabase(sqliteFile(config.DATA_DIR));
}

/** The embedded store's file (the backup copies it with `VACUUM INTO`). */
export function sqliteFile(dataDir: string): string {
  return join(dataDir, 'interest.sqlite');
}
