import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { setTimeout as sleep } from 'node:timers/promises';
import { createMigrationsTable, migrations } from './migrations.ts';
import { createSqlDatabase, type Driver } from './sql-database.ts';
import type { Query } from './sql.ts';
import type { Database } from './types.ts';

/** How long a write waits for another process (the ingest CLI, another site process) to finish its own. */
const writeWaitMs = 10_000;

/**
 * The embedded store: one SQLite file in WAL mode, so site processes and the ingest CLI can
 * read and write it at the same time. Two connections: reads go to one of their own (in WAL
 * mode they never wait for a writer), writes to the other. A write that finds another
 * process holding the write lock waits *asynchronously* (`busy_timeout` 0, retried on a timer),
 * so the process keeps answering while it waits; SQLite's own busy handler would sleep with
 * the whole event loop stopped, which under two site processes cost seconds of latency.
 * Statements are prepared once per connection and kept.
 */
export function openSqliteDatabase(path: string): Database {
  const writer = openConnection(path);
  migrate(writer);
  writer.exec('PRAGMA busy_timeout = 0');
  const reader = openConnection(path);
  const write = runner(writer);
  const read = runner(reader);
  const inTransaction = groupCommit(writer);
  // One driver for every transaction: they run one after another on the writing connection.
  const inside = transactionDriver(write);
  return createSqlDatabase({
    dialect: 'sqlite',
    all: (query) =>
      isRead(query) ? Promise.resolve(read(query)) : inTransaction(() => write(query)),
    transaction: (work) => inTransaction(() => work(inside)),
    close() {
      reader.close();
      writer.close();
      return Promise.resolve();
    },
  });
}

// --- internal ---

/** A connection that waits up to `writeWaitMs` in SQLite's busy handler (reads, migrations). */
function openConnection(path: string): DatabaseSync {
  const db = new DatabaseSync(path);
  db.exec(`PRAGMA busy_timeout = ${writeWaitMs}`);
  db.exec('PRAGMA journal_mode = WAL');
  // With WAL, NORMAL loses no committed write on a process crash (only on power loss).
  db.exec('PRAGMA synchronous = NORMAL');
  db.exec('PRAGMA foreign_keys = ON');
  return db;
}

/** A plain SELECT reads a snapshot; anything else (INSERT … RETURNING, UPDATE, …) writes. */
const isRead = ({ text }: Query) => /^\s*SELECT\b/i.test(text);

function runner(db: DatabaseSync): (query: Query) => unknown[] {
  const statement = statementCache(db);
  return ({ text, params }) => statement(text).all(params);
}

/**
 * Runs `attempt` (a statement that takes the write lock) until no other process holds the lock,
 * waiting a millisecond or two between tries without blocking the event loop: a lock is held
 * for a fraction of a millisecond per write. A locked attempt changed nothing, so it is safe
 * to run again.
 */
async function whenUnlocked<T>(attempt: () => T): Promise<T> {
  const deadline = performance.now() + writeWaitMs;
  for (let tries = 0; ; tries++) {
    try {
      return attempt();
    } catch (error) {
      if (!isBusy(error) || performance.now() > deadline) throw error;
    }
    await sleep(Math.min(1 + tries / 4, 4) * (0.5 + Math.random()));
  }
}

/** SQLITE_BUSY and its extended codes (the primary code is the low byte). */
function isBusy(error: unknown): boolean {
  if (!(error instanceof Error) || !('errcode' in error)) return false;
  return typeof error.errcode === 'number' && (error.errcode & 0xff) === 5;
}

/** Most writes one transaction takes at a time. */
const maxBatch = 64;

interface Job {
  work: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * Runs every write of the process on the writing connection, one job after another. Jobs that
 * arrive while the lock is being waited for, or while a transaction runs, share the next
 * transaction (group commit), each in a savepoint of its own: a job that throws is rolled
 * back alone, and every job settles only once its transaction has committed. Under two site
 * processes this takes the lock once for many registrations instead of once for each.
 */
function groupCommit(writer: DatabaseSync) {
  const queue: Job[] = [];
  let running = false;

  async function runBatch(): Promise<void> {
    try {
      await whenUnlocked(() => {
        writer.exec('BEGIN IMMEDIATE');
      });
    } catch (error) {
      for (const job of queue.splice(0)) job.reject(error);
      return;
    }
    const batch = queue.splice(0, maxBatch);
    const [only] = batch;
    if (batch.length === 1 && only !== undefined) {
      await alone(writer, only);
      return;
    }
    const outcomes: (() => void)[] = [];
    try {
      for (const job of batch) outcomes.push(await inSavepoint(writer, job));
      writer.exec('COMMIT');
    } catch (error) {
      // The transaction failed as a whole (its commit, or a savepoint SQLite had already
      // undone): none of its jobs is stored.
      if (writer.isTransaction) writer.exec('ROLLBACK');
      for (const job of batch) job.reject(error);
      return;
    }
    for (const settle of outcomes) settle();
  }

  async function drain(): Promise<void> {
    running = true;
    try {
      while (queue.length > 0) await runBatch();
    } finally {
      running = false;
    }
  }

  return <T>(work: () => T | Promise<T>): Promise<T> => {
    const { promise, resolve, reject } = Promise.withResolvers<T>();
    queue.push({
      work,
      resolve: (value) => {
        resolve(value as T);
      },
      reject,
    });
    if (!running) void drain();
    return promise;
  };
}

/** Runs the transaction's only job: it commits with it or rolls back with it. */
async function alone(writer: DatabaseSync, job: Job): Promise<void> {
  let value: unknown;
  try {
    value = await job.work();
    writer.exec('COMMIT');
  } catch (error) {
    if (writer.isTransaction) writer.exec('ROLLBACK');
    job.reject(error);
    return;
  }
  job.resolve(value);
}

/** Runs one job in a savepoint; resolves to how the job settles once its transaction commits. */
async function inSavepoint(writer: DatabaseSync, job: Job): Promise<() => void> {
  writer.exec('SAVEPOINT job');
  try {
    const value = await job.work();
    writer.exec('RELEASE job');
    return () => {
      job.resolve(value);
    };
  } catch (error) {
    writer.exec('ROLLBACK TO job');
    writer.exec('RELEASE job');
    return () => {
      job.reject(error);
    };
  }
}

/** The driver a transaction's work is given: its statements run on the connection it holds. */
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
