import { storeLayers } from '../ingest/publish/index.ts';
import { republishRecords } from '../ingest/publish/republish.ts';
import { parseRestoreArgs, RESTORE_USAGE, type RestoreCommand } from '../src/infra/backup/args.ts';
import { BackupError, UsageError } from '../src/infra/backup/errors.ts';
import {
  rebuildSearchIndex,
  restoreBackup,
  type RestoreOptions,
} from '../src/infra/backup/restore.ts';
import { ConfigError, loadConfig } from '../src/infra/config.ts';
import { connectEngine } from '../src/infra/meilisearch/connect.ts';
import { MeiliEngineError } from '../src/infra/meilisearch/errors.ts';
import { stopOnExit } from '../src/infra/meilisearch/shutdown.ts';
import { indexSettings } from '../src/lib/index/settings.ts';

/**
 * `npm run restore -- <dir>` (see `restoreBackup`) or `-- --index-only`. The engine is reached
 * as `npm start` reaches it (MEILI_URL, else the embedded one, started for the run and stopped
 * after). Exit codes: 0 restored, 1 failed, 2 usage.
 */
const log = (line: string) => {
  console.log(line);
};

try {
  await run(parseRestoreArgs(process.argv.slice(2)));
} catch (error) {
  const known =
    error instanceof BackupError ||
    error instanceof ConfigError ||
    error instanceof MeiliEngineError;
  if (!known) throw error;
  console.error(`restore: ${error.message}`);
  if (error instanceof UsageError) console.error(`\n${RESTORE_USAGE}`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
}

async function run(command: RestoreCommand): Promise<void> {
  const config = loadConfig();
  const engine = await connectEngine(config, { startIfNeeded: true });
  const removeHandlers = stopOnExit({ stop: engine.release, stopNow: engine.releaseNow }, log);
  const options: RestoreOptions = {
    config,
    log,
    rebuildIndex: async ({ store, records }) => {
      const total = await republishRecords(records, {
        client: engine.client,
        indexUid: config.MEILI_INDEX,
        dataDir: config.DATA_DIR,
        settings: indexSettings,
        ...storeLayers(store),
        log,
      });
      log(`index "${config.MEILI_INDEX}" rebuilt from ${records}: ${total} innovations`);
    },
  };
  try {
    if (command.kind === 'index-only') await rebuildSearchIndex(options);
    else await restoreBackup(command.dir, options);
  } finally {
    removeHandlers();
    await engine.release();
  }
}
