import type { Meilisearch } from 'meilisearch';
import { runPipeline, type InputGroup, type IngestResult } from '../../ingest/pipeline.ts';
import { createPublisher } from '../../ingest/publish/index.ts';
import { silentProgress } from '../../ingest/readers/types.ts';
import { indexSettings } from '../../src/lib/index/settings.ts';
import { testReference } from './reference.ts';

export const INDEX = 'innovations';

/** The ingest as the CLI runs it, in-process, publishing to the given engine. */
export async function ingestInto(
  client: Meilisearch,
  dataDir: string,
  groups: InputGroup[],
  options: {
    replace?: boolean;
    now?: string;
    /**
     * Update the index in place when few records changed, reusing the records whose sources
     * did not change (as `npm run ingest` does; without it, as `--full`).
     */
    incremental?: { maxShare: number };
    log?: (line: string) => void;
  } = {},
): Promise<IngestResult> {
  return runPipeline(groups, {
    reference: await testReference(),
    dataDir,
    dryRun: false,
    replace: options.replace ?? false,
    now: options.now ?? '2026-01-01T00:00:00.000Z',
    progress: () => ({ ...silentProgress, done: () => undefined }),
    reuse: options.incremental !== undefined,
    publish: createPublisher({
      client,
      indexUid: INDEX,
      dataDir,
      settings: indexSettings,
      ...(options.incremental && { incremental: options.incremental }),
      ...(options.log && { log: options.log }),
    }),
  });
}

export const sampleGroups: InputGroup[] = [
  { programme: 'kipp', inputs: ['data/samples/kipp'] },
  { programme: 'iga', inputs: ['data/samples/iga'] },
  { programme: 'inolan', inputs: ['data/samples/inolan'] },
];

/** Every document id of the index, sorted. */
export async function allIds(client: Meilisearch, index = INDEX): Promise<string[]> {
  const { results } = await client.index(index).getDocuments({ fields: ['id'], limit: 100_000 });
  return results.map((doc) => String(doc.id)).sort();
}
