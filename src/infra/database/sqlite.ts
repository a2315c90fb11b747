import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { createMigrationsTable, migrations } from './migrations.ts';
import { createSqlDatabase, type Driver } from './sql-database.ts';
import type { Query } from './sql.ts';
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
  const run = ({ text, params }: Query) => statement(text).all(params);
  const gate = transactionGate();
  return createSqlDatabase({
    dialect: 'sqlite',
    all: (query) => gate.pass(() => run(query)),
    transaction: (work) =>
      gate.hold(async () => {
        db.exec('BEGIN IMMEDIATE');
        try {
          const result = await work(transactionDriver(run));
          db.exec('COMMIT');
          return result;
        } catch (error) {
          db.exec('ROLLBACK');
          throw error;
        }
      }),
    close() {
      db.close();
      return Promise.resolve();
    },
  });
}

// --- internal ---

/**
 * One connection serves the whole process, so while a transaction awaits between its
 * statements, every other statement of the process waits at the gate (else it would run
 * inside the transaction, and be rolled back with it).
 */
function transactionGate() {
  let open: Promise<undefined> | undefined;
  return {
    /** Runs `statement` once no transaction is open (checked with no await in between). */
    async pass<T>(statement: () => T): Promise<T> {
      while (open !== undefined) await open;
      return statement();
    },
    async hold<T>(work: () => Promise<T>): Promise<T> {
      while (open !== undefined) await open;
      const { promise, resolve: release } = Promise.withResolvers<undefined>();
      open = promise;
      try {
        return await work();
      } finally {
        open = undefined;
        release(undefined);
      }
    },
  };
}

/** The driver a transaction's work is given: its statements pass the gate it holds. */
function transactionDriver(run: (query: Query) => unknown[]): Driver {
  const driver: Driver = {
    dialect: 'sqlite',
    all: (query) => Promise.resolve(run(query)),
    transaction: () => Promise.reject(new Error('transactions do not nest')),
    close: () => Promise.resolve(),
  };
  return driver;
}

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
