import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { hasCode } from '../meilisearch/errno.ts';
import { BackupError } from './errors.ts';

export type PgTool = 'pg_dump' | 'pg_restore';

/**
 * Runs `pg_dump` or `pg_restore` against the database at `url`: the one on PATH, else the newest
 * of Debian's `/usr/lib/postgresql/<version>/bin` (a newer pg_dump reads an older server, never
 * the reverse). The password goes in the environment, not the command line that `ps` shows.
 */
export async function runPgTool(tool: PgTool, args: readonly string[], url: string): Promise<void> {
  const { connection, password } = splitPassword(url);
  const env = password === undefined ? process.env : { ...process.env, PGPASSWORD: password };
  const fullArgs = [...args, `--dbname=${connection}`];
  for (const command of candidates(tool)) {
    const outcome = await run(command, fullArgs, env);
    if (outcome.kind === 'missing') continue;
    if (outcome.code === 0) return;
    throw new BackupError(`${tool} failed (exit ${outcome.code}): ${outcome.output.trim()}`);
  }
  throw new BackupError(
    `${tool} is neither on PATH nor in ${DEBIAN_ROOT}/<version>/bin: install the PostgreSQL ` +
      "client tools of the server's version or newer (apt-get install postgresql-client)",
  );
}

// --- internal ---

/** Debian keeps each installed version's tools in `<root>/<version>/bin`. */
const DEBIAN_ROOT = '/usr/lib/postgresql';

/** Only the end of a tool's output is kept for the message: it names what failed. */
const OUTPUT_TAIL = 4_000;

type Outcome = { kind: 'missing' } | { kind: 'ended'; code: number; output: string };

function candidates(tool: PgTool): string[] {
  const versions = existsSync(DEBIAN_ROOT)
    ? readdirSync(DEBIAN_ROOT).sort((a, b) => Number(b) - Number(a))
    : [];
  const installed = versions.map((version) => join(DEBIAN_ROOT, version, 'bin', tool));
  return [tool, ...installed.filter((path) => existsSync(path))];
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<Outcome> {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-OUTPUT_TAIL);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  return new Promise((resolve, reject) => {
    child.once('error', (error) => {
      if (hasCode(error, 'ENOENT')) resolve({ kind: 'missing' });
      else reject(error);
    });
    child.once('close', (code, signal) => {
      resolve({ kind: 'ended', code: code ?? 128, output: output || `ended by ${String(signal)}` });
    });
  });
}

function splitPassword(url: string): { connection: string; password?: string } {
  const parsed = new URL(url);
  if (parsed.password === '') return { connection: url };
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return { connection: parsed.toString(), password };
}
