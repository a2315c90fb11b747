import pg from 'pg';
import { createMigrationsTable, migrations } from './migrations.ts';
import { createSqlDatabase } from './sql-database.ts';
import type { Param, Query } from './sql.ts';
import type { Database } from './types.ts';

/** Any constant: the key of the advisory lock that lets one process at a time migrate. */
const migrationLock = 0x4c756d62;

/** The store on PostgreSQL (DATABASE_URL): a connection pool, the same statements as SQLite. */
export async function openPostgresDatabase(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // A connection that breaks while idle is dropped by the pool and replaced on the next query;
  // without a listener the error would end the process.
  pool.on('error', () => undefined);
  try {
    await migrate(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }
  // `:name` → `$n` once per statement text: the statements are a fixed set.
  const numbered = new Map<string, Numbered>();
  const on = (client: pg.Pool | pg.PoolClient) => async (query: Query) => {
    const { text, values } = positional(query, numbered);
    return (await client.query<Record<string, unknown>>({ text, values })).rows;
  };
  return createSqlDatabase({
    dialect: 'postgres',
    all: on(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work({
          dialect: 'postgres',
          all: on(client),
          transaction: () => Promise.reject(new Error('transactions do not nest')),
          close: () => Promise.resolve(),
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    poolUse: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    close: () => pool.end(),
  });
}

// --- internal ---

/**
 * In one transaction holding an advisory lock: a second process starting at the same time
 * waits for the first, then finds every step applied.
 */
async function migrate(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [migrationLock]);
    await client.query(createMigrationsTable);
    const { rows } = await client.query<{ version: number }>(
      'SELECT version FROM schema_migrations',
    );
    const applied = new Set(rows.map((row) => row.version));
    for (const migration of migrations.filter(({ version }) => !applied.has(version))) {
      for (const sql of migration.postgres) await client.query(sql);
      await client.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [
        migration.version,
        new Date().toISOString(),
      ]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

interface Numbered {
  text: string;
  names: string[];
}

/** `:name` → `$n` (the same name, the same number); `::type` casts are left alone. */
function positional(
  query: Query,
  numbered: Map<string, Numbered>,
): { text: string; values: Param[] } {
  let converted = numbered.get(query.text);
  if (converted === undefined) {
    const names: string[] = [];
    const text = query.text.replace(/(?<!:):([a-zA-Z]\w*)/g, (_, name: string) => {
      if (!names.includes(name)) names.push(name);
      return `$${names.indexOf(name) + 1}`;
    });
    converted = { text, names };
    numbered.set(query.text, converted);
  }
  return {
    text: converted.text,
    values: converted.names.map((name) => query.params[name] ?? null),
  };
}
