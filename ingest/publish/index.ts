import type { Meilisearch, Settings } from 'meilisearch';
import { documentBatches } from './documents.ts';
import { publishIndex } from './index-swap.ts';
import { ensureSearchKey, writeSearchKey } from '../../src/server/meili/search-key.ts';

export interface PublisherOptions {
  client: Meilisearch;
  indexUid: string;
  dataDir: string;
  settings: Settings;
  /** Told what happened, for the CLI's output. */
  log?: (line: string) => void;
}

/**
 * The publish stage: fresh index → wait → swap, then the search-only key the site reads.
 * Given to runIngest, which moves its results into place only when this resolves.
 */
export function createPublisher(options: PublisherOptions): (innovations: string) => Promise<void> {
  return async (innovations) => {
    const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 17);
    const { client, indexUid, settings } = options;
    const result = await publishIndex(
      client,
      indexUid,
      documentBatches(innovations),
      settings,
      stamp,
    );
    options.log?.(`published ${result.documents} documents to index "${result.indexUid}"`);
    const searchKey = await ensureSearchKey(options.client, options.indexUid);
    await writeSearchKey(options.dataDir, searchKey);
  };
}
