import pg from 'pg';
import { runPgTool } from './pg-tools.ts';

/**
 * A consistent dump of the whole database while the portal writes to it (`pg_dump` reads one
 * snapshot), in the custom format: compressed, and restored table by table by `pg_restore`.
 * Owners and grants are left out, so it restores into a database of another role.
 */
export async function dumpPostgres(url: string, target: string): Promise<void> {
  await runPgTool(
    'pg_dump',
    ['--format=custom', '--no-owner', '--no-privileges', `--file=${target}`],
    url,
  );
}

/** The dump restored in one transaction: an error leaves the database as empty as it was. */
export async function restorePostgres(url: string, dump: string): Promise<void> {
  await runPgTool(
    'pg_restore',
    ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', dump],
    url,
  );
}

/** The tables the database holds (`schema.table`), outside PostgreSQL's own schemas. */
export async function postgresTables(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => undefined);
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      `SELECT table_schema || '.' || table_name AS name FROM information_schema.tables
       WHERE table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1`,
    );
    return rows.map((row) => row.name);
  } finally {
    await client.end();
  }
}

/** The database a URL names, for a message: host, port and name, never the password. */
export function describeDatabase(url: string): string {
  const parsed = new URL(url);
  return `${parsed.host}${parsed.pathname}`;
}
