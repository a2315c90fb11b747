import { resolve } from 'node:path';
import type { Config } from '../src/server/config.ts';
import { connectEngine } from '../src/server/meili/connect.ts';
import { indexSettings } from '../src/lib/search/settings.ts';
import { runIngest, type InputGroup, type IngestResult } from './pipeline.ts';
import type { FileProgress } from './progress.ts';
import { createPublisher } from './publish/index.ts';
import { loadReference } from './reference/index.ts';

export interface IngestRun {
  groups: InputGroup[];
  dryRun: boolean;
  replace: boolean;
  publish: boolean;
}

/**
 * One ingest run with everything it needs: the reference tables, and (when publishing) the
 * engine — MEILI_URL when set, else the embedded one, started for the run if it is not running.
 */
export async function ingestRun(
  run: IngestRun,
  config: Config,
  progress: (file: string) => FileProgress,
  log: (line: string) => void,
): Promise<IngestResult> {
  const engine = run.publish ? await connectEngine(config, { startIfNeeded: true }) : undefined;
  try {
    return await runIngest(run.groups, {
      reference: await loadReference(resolve(config.REFERENCE_DIR)),
      dataDir: config.DATA_DIR,
      dryRun: run.dryRun,
      replace: run.replace,
      now: new Date().toISOString(),
      progress,
      ...(engine && {
        publish: createPublisher({
          client: engine.client,
          indexUid: config.MEILI_INDEX,
          dataDir: config.DATA_DIR,
          settings: indexSettings,
          log,
        }),
      }),
    });
  } finally {
    await engine?.release();
  }
}
