import type { Meilisearch, Settings } from 'meilisearch';
import { MeilisearchApiError } from 'meilisearch';
import { withEngineRetry } from '../../src/infra/meilisearch/retry.ts';
import type { PublishJournal } from './journal.ts';
import { awaitTask, settle, TaskFailedError } from './tasks.ts';

export interface PublishResult {
  indexUid: string;
  documents: number;
}

/**
 * Builds a fresh index beside the live one (settings, then every document, waiting for each
 * task), then swaps the two atomically and deletes the old one. Until the swap the live index
 * serves unchanged; if anything fails the fresh index is deleted and the error goes up. The
 * swap is recorded in `journal` before it is asked for and with its task once enqueued. Builds
 * other runs left are not this run's to delete (see `deleteStaleBuilds`).
 */
export async function publishIndex(
  client: Meilisearch,
  liveUid: string,
  /** NDJSON payloads of search documents. */
  batches: AsyncIterable<string>,
  settings: Settings,
  stamp: string,
  journal?: PublishJournal,
): Promise<PublishResult> {
  const freshUid = `${liveUid}${BUILD_MARK}${stamp}`;
  try {
    await settle(client, `create index ${freshUid}`, () =>
      client.createIndex(freshUid, { primaryKey: 'id' }),
    );
    const fresh = client.index(freshUid);
    await settle(client, 'apply the index settings', () => fresh.updateSettings(settings));
    // Every batch is enqueued before any is awaited, so the engine can index them together.
    const additions: number[] = [];
    let documents = 0;
    for await (const batch of batches) {
      const { taskUid } = await withEngineRetry('add documents', () =>
        fresh.addDocumentsFromString(batch, 'application/x-ndjson', { primaryKey: 'id' }),
      );
      additions.push(taskUid);
      documents += countLines(batch);
    }
    for (const taskUid of additions) await awaitTask(client, 'add documents', taskUid);
    const live = await exists(client, liveUid);
    // With no live index yet, the fresh one is renamed into place (`rename` renames the first).
    const swap = live
      ? { indexes: [liveUid, freshUid] as [string, string], rename: false }
      : { indexes: [freshUid, liveUid] as [string, string], rename: true };
    const step = { kind: 'swap', live: liveUid, build: freshUid } as const;
    await journal?.record(step);
    const what = `swap ${freshUid} into ${liveUid}`;
    const { taskUid } = await withEngineRetry(what, () => client.swapIndexes([swap]));
    await journal?.record({ ...step, task: taskUid });
    await awaitTask(client, what, taskUid);
    await journal?.swapped();
    if (live) await settle(client, 'delete the previous index', () => client.deleteIndex(freshUid));
    return { indexUid: liveUid, documents };
  } catch (error) {
    await client.deleteIndexIfExists(freshUid).catch(() => false);
    throw error;
  }
}

const BUILD_MARK = '__build_';

/**
 * A run killed with its engine leaves its half-built index behind. Only the holder of the
 * ingest lease may call this (no other run is building then): a later run, or a start.
 */
export async function deleteStaleBuilds(client: Meilisearch, liveUid: string): Promise<void> {
  const { results } = await withEngineRetry('list indexes', () =>
    client.getRawIndexes({ limit: 1000 }),
  );
  for (const { uid } of results) {
    if (!uid.startsWith(`${liveUid}${BUILD_MARK}`)) continue;
    // The listing can still show a build whose deletion the engine has just run.
    await settle(client, `delete the stale index ${uid}`, () => client.deleteIndex(uid)).catch(
      (error: unknown) => {
        if (!(error instanceof TaskFailedError && error.code === 'index_not_found')) throw error;
      },
    );
  }
}

async function exists(client: Meilisearch, uid: string): Promise<boolean> {
  try {
    await withEngineRetry(`look up index ${uid}`, () => client.getRawIndex(uid));
    return true;
  } catch (error) {
    if (error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found')
      return false;
    throw error;
  }
}

function countLines(text: string): number {
  let count = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count += 1;
  return count;
}
