import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseCli, UsageError, USAGE } from './args.ts';
import { ConfigError, loadConfig } from '../src/infra/config.ts';
import { connectEngine } from '../src/infra/meilisearch/connect.ts';
import { stopOnExit } from '../src/infra/meilisearch/shutdown.ts';
import { createProgress } from './progress.ts';
import { InputError } from './readers/types.ts';
import { runRecordedIngest } from './recorded-run.ts';
import { formatSummary } from './summary.ts';

/** Exit codes: 0 the run worked (even with rejections), 1 a failure or --strict with rejections, 2 usage. */
async function main(argv: string[]): Promise<number> {
  const config = loadConfig();
  const options = parseCli(argv, resolve(config.SAMPLES_DIR));
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const progress = createProgress();
  const logs = {
    log: (line: string) => {
      console.log(line);
    },
    warn: (line: string) => {
      console.error(line);
    },
  };
  // MEILI_URL when set, else the embedded engine, started for the run if none runs: stopped
  // again at the end, and on Ctrl-C or SIGTERM (the run's work folder is thrown away).
  const engine = options.publish ? await connectEngine(config, { startIfNeeded: true }) : undefined;
  const removeHandlers =
    engine && stopOnExit({ stop: engine.release, stopNow: engine.releaseNow }, logs.warn);
  const { report, output } = await runRecordedIngest(options, {
    config,
    ...(engine && { engine }),
    progress: progress.forFile,
    logs,
  }).finally(async () => {
    progress.stop();
    removeHandlers?.();
    await engine?.release();
  });
  console.log(formatSummary(report));
  if (output) console.log(`\nwrote ${output}`);
  if (options.report) {
    await writeFile(options.report, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`report: ${options.report}`);
  }
  return options.strict && report.rejected.length > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const usage =
      error instanceof UsageError ||
      error instanceof InputError ||
      error instanceof ConfigError ||
      isArgError(error);
    console.error(`ingest: ${error instanceof Error ? error.message : String(error)}`);
    if (usage) console.error(`\n${USAGE}`);
    process.exitCode = usage ? 2 : 1;
  },
);

function isArgError(error: unknown): boolean {
  return (
    error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')
  );
}
