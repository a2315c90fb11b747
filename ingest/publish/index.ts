import type { Meilisearch, Settings } from 'meilisearch';
import { DocumentFeed, documentBatches } from './documents.ts';
import { canUpdateInPlace, rememberSettings, updateInPlace } from './in-place.ts';
import { publishIndex } from './index-swap.ts';
import { onceStaged, type PublishJournal } from './journal.ts';
import type { Database, InterestCounts } from '../../src/infra/database/types.ts';
import { applyCounts } from '../../src/infra/meilisearch/counts.ts';
import { applyAgencyLayer } from '../../src/infra/meilisearch/agency-layer.ts';
import type { ApprovedUpdates } from '../../src/infra/database/agency-updates-types.ts';
import type { Publisher, PublishSession } from '../pipeline.ts';
import type { Innovation } from '../../src/lib/schema/innovation.ts';
import { withEngineRetry } from '../../src/infra/meilisearch/retry.ts';
import { ensureSearchKey, writeSearchKey } from '../../src/infra/meilisearch/search-key.ts';

export interface PublisherOptions {
  client: Meilisearch;
  indexUid: string;
  dataDir: string;
  settings: Settings;
  /** Every innovation's replication-interest counts (the database's): 0 without it. */
  counts?: () => Promise<ReadonlyMap<string, InterestCounts>>;
  /**
   * The agencies' approved updates (the store's): laid over the documents after each publish,
   * so a re-ingest of the sources never loses them.
   */
  agencyUpdates?: () => Promise<ReadonlyMap<string, ApprovedUpdates>>;
  /** Told what happened, for the CLI's output. */
  log?: (line: string) => void;
  /**
   * Update the live index in place when at most this share of last time's records changed;
   * without it every run builds a new index (`--full`).
   */
  incremental?: { maxShare: number };
  /** Where the publish step is recorded before the live index changes (a recorded run's). */
  journal?: PublishJournal;
}

/**
 * What the store lays over every published document: the interest counts and the agencies'
 * approved updates. Every publish (a run's, a recovery's rebuild, a restore's) takes both.
 */
export function storeLayers(
  store: Pick<Database, 'counts' | 'approvedUpdates'>,
): Required<Pick<PublisherOptions, 'counts' | 'agencyUpdates'>> {
  return { counts: () => store.counts(), agencyUpdates: () => store.approvedUpdates() };
}

/**
 * The publish stage. In place when few records can change (see `canUpdateInPlace`): the
 * changed documents and the removed ids once the merge is done. Otherwise a fresh index (with
 * the store's interest counts) fed as the merge builds its records, then last time's records
 * the merge reused → wait → swap. Then the counts once more, and the search-only key the site
 * reads. runPipeline moves its results into place only when `finish` resolves.
 */
export function createPublisher(options: PublisherOptions): Publisher {
  return {
    begin: async (plan) => {
      const { client, indexUid, settings, dataDir } = options;
      const maxShare = options.incremental?.maxShare ?? 0;
      const inPlace =
        maxShare > 0 &&
        (await canUpdateInPlace(client, indexUid, plan, { dataDir, settings, maxShare }));
      const counts = await options.counts?.();
      const session = inPlace ? inPlaceSession(options, counts) : newIndexSession(options, counts);
      return {
        ...session,
        finish: async (merged) => {
          await session.finish(merged);
          if (options.counts) await reapplyCounts(options, options.counts);
          if (options.agencyUpdates) await reapplyLayer(options, options.agencyUpdates);
          const searchKey = await ensureSearchKey(client, indexUid);
          await writeSearchKey(dataDir, searchKey);
        },
      };
    },
  };
}

function inPlaceSession(
  options: PublisherOptions,
  counts: ReadonlyMap<string, InterestCounts> | undefined,
): PublishSession {
  const { client, indexUid } = options;
  return {
    finish: async (merged) => {
      await updateInPlace(
        client,
        indexUid,
        documentBatches(merged.changes, counts),
        merged.removed,
        onceStaged(options.journal, merged.assembled),
      );
      await verifyCount(client, indexUid, merged.total);
      options.log?.(
        `updated index "${indexUid}" in place: ${merged.changed} documents new or changed, ${merged.removed.length} removed`,
      );
    },
    abort: () => Promise.resolve(),
  };
}

function newIndexSession(
  options: PublisherOptions,
  counts: ReadonlyMap<string, InterestCounts> | undefined,
): PublishSession {
  const { client, indexUid, settings, dataDir } = options;
  const feed = new DocumentFeed(counts);
  // The build starts before the merge is done; its swap waits for the staged results.
  const staged = Promise.withResolvers<undefined>();
  // Never awaited when the run fails before the swap: no rejection goes unobserved.
  staged.promise.catch(() => undefined);
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 17);
  const published = publishIndex(
    client,
    indexUid,
    feed.batches(),
    settings,
    stamp,
    onceStaged(options.journal, staged.promise),
  );
  // A failed build stops the feed at once, so the merge does not wait on an engine gone.
  published.catch((error: unknown) => {
    feed.fail(error);
  });
  return {
    add: (innovation) => feed.add(innovation),
    finish: async (merged) => {
      merged.assembled.then(() => {
        staged.resolve(undefined);
      }, staged.reject);
      for await (const line of merged.reused()) await feed.add(JSON.parse(line) as Innovation);
      feed.end();
      const result = await published;
      await verifyCount(client, indexUid, result.documents);
      await rememberSettings(dataDir, indexUid, settings);
      options.log?.(`published ${result.documents} documents to index "${result.indexUid}"`);
    },
    abort: async () => {
      feed.fail(new Error('the ingest failed'));
      await published.catch(() => undefined);
    },
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

/**
 * The agencies' approved updates over the documents the run just wrote (which carry the
 * programmes' statements only). Like the counts, a failure here does not fail the run: the
 * site server lays the updates again when it starts.
 */
async function reapplyLayer(
  options: PublisherOptions,
  updates: () => Promise<ReadonlyMap<string, ApprovedUpdates>>,
): Promise<void> {
  try {
    const updated = await withEngineRetry('apply the agency updates', async () =>
      applyAgencyLayer(options.client, options.indexUid, await updates()),
    );
    options.log?.(`agency updates laid over ${updated} documents`);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    options.log?.(`agency updates not applied after the swap (${reason})`);
  }
}
