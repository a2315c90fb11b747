import { loadConfig } from '../src/infra/config.ts';
import { startEmbedded } from '../src/infra/meilisearch/embedded.ts';
import { MeiliEngineError } from '../src/infra/meilisearch/errors.ts';
import { maskKey } from '../src/infra/meilisearch/master-key.ts';
import { findRunningEmbedded, stopRunningEmbedded } from '../src/infra/meilisearch/running.ts';
import { stopOnExit } from '../src/infra/meilisearch/shutdown.ts';

/**
 * `npm run meili`: the embedded Meilisearch in the foreground, until Ctrl-C or SIGTERM.
 * `npm run meili -- stop`: stops the embedded engine another process left running.
 */
const USAGE = 'usage: npm run meili [-- stop]';

try {
  const command = process.argv[2];
  if (command === 'stop') await stop();
  else if (command === undefined) await runInForeground();
  else {
    console.error(USAGE);
    process.exitCode = 2;
  }
} catch (error) {
  if (!(error instanceof MeiliEngineError)) throw error;
  console.error(`meili: ${error.message}`);
  process.exitCode = 1;
}

async function runInForeground(): Promise<void> {
  const config = loadConfig();
  const running = await findRunningEmbedded(config);
  if (running) {
    console.error(`Meilisearch already runs at ${running.url} (pid ${running.pid}).`);
    console.error('Stop it with `npm run meili -- stop` to run it here.');
    process.exitCode = 1;
    return;
  }
  const engine = await startEmbedded(config, {
    onOutput: (text) => {
      process.stderr.write(text);
    },
  });
  stopOnExit(engine, (line) => {
    console.log(line);
  });
  console.log(`Meilisearch is running at ${engine.url} (pid ${engine.pid}).`);
  console.log(`Master key: ${maskKey(engine.masterKey)} (in ${engine.paths.keyFile})`);
  console.log(`Data: ${engine.paths.root}`);
  console.log(`Binary: ${engine.binary.path} (from ${engine.binary.source})`);
  console.log('Press Ctrl-C to stop.');
  const status = await engine.exited;
  if (status.signal !== null) console.log(`Meilisearch stopped (${status.signal}).`);
  else if (status.code !== 0) {
    console.error(`Meilisearch exited with code ${status.code ?? 'unknown'}.`);
    process.exitCode = 1;
  }
}

async function stop(): Promise<void> {
  const stopped = await stopRunningEmbedded(loadConfig());
  console.log(
    stopped
      ? `Stopped Meilisearch at ${stopped.url} (pid ${stopped.pid}).`
      : 'No embedded Meilisearch is running.',
  );
}
