import pg from 'pg';
import { RateLimiterPostgres } from 'rate-limiter-flexible';
import { limiterOptions, sharedCounter } from './counter.ts';
import type { RateCounter, RateCounters } from './types.ts';

/** The table every site process of every machine counts in. */
const TABLE = 'rate_limits';

/**
 * Several machines on one DATABASE_URL: the counts live in PostgreSQL, one atomic upsert per
 * request (the library's), in a small pool of their own so a burst of refusals cannot starve
 * the store's. Expired rows are deleted by the library every few minutes. The table is created
 * before the first count (concurrent creators are harmless), and tried again after a failure.
 */
export function postgresCounters(
  url: string,
  onStoreError: (error: unknown) => void,
): RateCounters {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  // A connection that breaks while idle is dropped and replaced on the next query.
  pool.on('error', () => undefined);
  let table: Promise<void> | undefined;
  const tableReady = (): Promise<void> => {
    table ??= createTable(pool).catch((error: unknown) => {
      table = undefined;
      throw error;
    });
    return table;
  };
  return {
    kind: 'postgres',
    counter(options): RateCounter {
      const shared = new RateLimiterPostgres({
        ...limiterOptions(options),
        storeClient: pool,
        storeType: 'pool',
        tableName: TABLE,
        tableCreated: true,
      });
      const counter = sharedCounter(shared, options, onStoreError);
      return {
        take: async (client) => {
          await tableReady().catch(() => undefined);
          return counter.take(client);
        },
      };
    },
    close: () => pool.end(),
  };
}

// --- internal ---

/** The library's own schema (key, points, expire), created here so no count races it. */
async function createTable(pool: pg.Pool): Promise<void> {
  try {
    await pool.query(
      `CREATE TABLE IF NOT EXISTS ${TABLE} (
         key varchar(255) PRIMARY KEY, points integer NOT NULL DEFAULT 0, expire bigint)`,
    );
  } catch (error) {
    // Two processes creating it at once: the loser sees the type's unique index violated.
    if (!(error instanceof Error && 'code' in error && error.code === '23505')) throw error;
  }
}
