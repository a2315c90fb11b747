import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../../config.ts';
import { openPostgresStore } from './postgres.ts';
import { openSqliteStore } from './sqlite.ts';
import type { InterestStore } from './types.ts';

/** PostgreSQL when DATABASE_URL is set, else the embedded SQLite file in DATA_DIR. */
export async function openInterestStore(config: Config): Promise<InterestStore> {
  if (config.DATABASE_URL !== undefined) return openPostgresStore(config.DATABASE_URL);
  mkdirSync(config.DATA_DIR, { recursive: true });
  return openSqliteStore(join(config.DATA_DIR, 'interest.sqlite'));
}
