import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './errors.ts';

export const BACKUP_USAGE = `Usage: npm run backup -- <dir>

Writes the store, the ingest's source stores and records and the admin token into <dir> (a new
or empty folder) with a manifest of sizes and checksums, while the portal runs. DATA_DIR and
DATABASE_URL say what is backed up; the search index is not (a restore rebuilds it).`;

export const RESTORE_USAGE = `Usage: npm run restore -- <dir>
       npm run restore -- --index-only

Checks the backup in <dir> against its manifest, brings the store and the files back into an
empty DATA_DIR (and the empty database of DATABASE_URL), then rebuilds the search index.
  --index-only   only rebuild the index from the store and DATA_DIR as they are`;

export type RestoreCommand = { kind: 'restore'; dir: string } | { kind: 'index-only' };

/** `npm run backup -- <dir>`. */
export function parseBackupArgs(argv: string[]): { dir: string } {
  const { positionals } = parse(argv, {});
  const [dir, ...extra] = positionals;
  if (dir === undefined || extra.length > 0)
    throw new UsageError('name the one folder to write to');
  return { dir };
}

/** `npm run restore -- <dir>` or `-- --index-only`. */
export function parseRestoreArgs(argv: string[]): RestoreCommand {
  const { values, positionals } = parse(argv, {
    'index-only': { type: 'boolean', default: false },
  });
  const [dir, ...extra] = positionals;
  if (values['index-only'] === true) {
    if (positionals.length > 0) throw new UsageError('--index-only takes no folder');
    return { kind: 'index-only' };
  }
  if (dir === undefined || extra.length > 0) throw new UsageError('name the one backup folder');
  return { kind: 'restore', dir };
}

// --- internal ---

function parse(argv: string[], options: NonNullable<ParseArgsConfig['options']>) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, strict: true, options });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}
