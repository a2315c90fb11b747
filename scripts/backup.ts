import { BACKUP_USAGE, parseBackupArgs } from '../src/infra/backup/args.ts';
import { createBackup } from '../src/infra/backup/create.ts';
import { BackupError, UsageError } from '../src/infra/backup/errors.ts';
import { ConfigError, loadConfig } from '../src/infra/config.ts';

/** `npm run backup -- <dir>` (see `createBackup`). Exit codes: 0 written, 1 failed, 2 usage. */
try {
  const { dir } = parseBackupArgs(process.argv.slice(2));
  const manifest = await createBackup(loadConfig(), dir, (line) => {
    console.log(line);
  });
  const bytes = manifest.files.reduce((sum, file) => sum + file.bytes, 0);
  console.log(`backup written to ${dir}: ${manifest.files.length} files, ${bytes} bytes`);
} catch (error) {
  if (!(error instanceof BackupError || error instanceof ConfigError)) throw error;
  console.error(`backup: ${error.message}`);
  if (error instanceof UsageError) console.error(`\n${BACKUP_USAGE}`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
}
