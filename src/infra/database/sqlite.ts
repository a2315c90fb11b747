import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { createMigrationsTable, migrations } from './migrations.ts';
import { createSqlDatabase } from './sql-database.ts';
import type { Database } from './types.ts';

/** How long a write waits for another process (the ingest CLI, the server) to finish its own. */
const busyTimeoutMs = 10_000;

/**
 * The embedded store: one SQLite file in WAL mode, so the site server and the ingest CLI can
 * read and write it at the same time. Statements are prepared once and kept.
 */
export function openSqliteDatabase(path: string): Database {
  const db = new DatabaseSync(path);
  db.exec(`PRAGMA busy_timeout = ${busyTimeoutMs}`);
  db.exec('PRAGMA journal_mode = WAL');
  // With WAL, NORMAL loses no committed write on a process crash (only on power loss).
  db.exec('PRAGMA synchronous = NORMAL');
  db.exec('PRAGMA foreign_keys = ON');
  migrate(db);
  const statement = statementCache(db);
  return createSqlDatabase({
    dialect: 'sqlite',
    all: ({ text, params }) => Promise.resolve(statement(text).all(params)),
    close() {
      db.close();
      return Promise.resolve();
    },
  });
}

// --- internal ---

function statementCache(db: DatabaseSync): (sql: string) => StatementSync {
  const cache = new Map<string, StatementSync>();
  return (sql) => {
    let statement = cache.get(sql);
    if (statement === undefined) {
      statement = db.prepare(sql);
      cache.set(sql, statement);
    }
    return statement;
  };
}

/** In one immediate transaction: a second process opening at the same time waits, then skips. */
function migrate(db: DatabaseSync): void {
  db.exec('BEGIN IMMEDIATE');
  try {
    db.exec(createMigrationsTable);
    const applied = new Set(
      db
        .prepare('SELECT version FROM schema_migrations')
        .all()
        .map((row) => Number(row.version)),
    );
    const record = db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)');
    for (const migration of migrations.filter(({ version }) => !applied.has(version))) {
      for (const sql of migration.sqlite) db.exec(sql);
      record.run(migration.version, new Date().toISOString());
    }
    db.exec('COMMIT');
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}
