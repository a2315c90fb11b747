import type { Meilisearch, Settings } from 'meilisearch';
import { documentBatches } from './documents.ts';
import { canUpdateInPlace, rememberSettings, updateInPlace } from './in-place.ts';
import { publishIndex } from './index-swap.ts';
import type { InterestCounts } from '../../src/infra/database/types.ts';
import { applyCounts } from '../../src/infra/meilisearch/counts.ts';
import type { MergedFiles } from '../pipeline.ts';
import { withEngineRetry } from '../../src/infra/meilisearch/retry.ts';
import { ensureSearchKey, writeSearchKey } from '../../src/infra/meilisearch/search-key.ts';

export interface PublisherOptions {
  client: Meilisearch;
  indexUid: string;
  dataDir: string;
  settings: Settings;
  /** Every innovation's replication-interest counts (the database's): 0 without it. */
  counts?: () => Promise<ReadonlyMap<string, InterestCounts>>;
  /** Told what happened, for the CLI's output. */
  log?: (line: string) => void;
  /**
   * Update the live index in place when at most this share of last time's records changed;
   * without it every run builds a new index (`--full`).
   */
  incremental?: { maxShare: number };
}

/**
 * The publish stage: fresh index (with the store's interest counts) → wait → swap → the counts
 * once more, then the search-only key the site reads. Given to runPipeline, which moves its
 * results into place only when this resolves.
 */
export function createPublisher(options: PublisherOptions): (merged: MergedFiles) => Promise<void> {
  return async (merged) => {
    const { client, indexUid, settings, counts, dataDir } = options;
    const maxShare = options.incremental?.maxShare ?? 0;
    if (
      maxShare > 0 &&
      (await canUpdateInPlace(client, indexUid, merged, { dataDir, settings, maxShare }))
    ) {
      await updateInPlace(
        client,
        indexUid,
        documentBatches(merged.changes, await counts?.()),
        merged.removed,
      );
      await verifyCount(client, indexUid, merged.total);
      options.log?.(
        `updated index "${indexUid}" in place: ${merged.changed} documents new or changed, ${merged.removed.length} removed`,
      );
    } else {
      await merged.assembled;
      const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 17);
      const result = await publishIndex(
        client,
        indexUid,
        documentBatches(merged.innovations, await counts?.()),
        settings,
        stamp,
      );
      await verifyCount(client, indexUid, result.documents);
      await rememberSettings(dataDir, indexUid, settings);
      options.log?.(`published ${result.documents} documents to index "${result.indexUid}"`);
    }
    if (counts) await reapplyCounts(options, counts);
    const searchKey = await ensureSearchKey(options.client, options.indexUid);
    await writeSearchKey(options.dataDir, searchKey);
  };
}

/**
 * The count a run reports is the count the index holds, checked after the swap: documents that
 * shared an id would leave fewer, silently (ids are unique by construction, `IssuedIds`; this is
 * the proof on the engine's side).
 */
async function verifyCount(client: Meilisearch, indexUid: string, sent: number): Promise<void> {
  const held = (await client.index(indexUid).getStats()).numberOfDocuments;
  if (held !== sent) {
    throw new Error(
      `index "${indexUid}" holds ${held} documents after the swap, the run sent ${sent}`,
    );
  }
}

/**
 * A registration made while the fresh index was built went to the old one: the counts are read
 * again after the swap. The index is live by now, so a failure here does not fail the run (the
 * site server reconciles every count when it starts).
 */
async function reapplyCounts(
  options: PublisherOptions,
  counts: () => Promise<ReadonlyMap<string, InterestCounts>>,
): Promise<void> {
  try {
    const updated = await withEngineRetry('apply the interest counts', async () =>
      applyCounts(options.client, options.indexUid, await counts()),
    );
    options.log?.(`interest counts applied to ${updated} documents`);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    options.log?.(`interest counts not applied after the swap (${reason})`);
  }
}
