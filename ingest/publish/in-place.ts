import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MeilisearchApiError, type Meilisearch, type Settings } from 'meilisearch';
import { hash53 } from '../merge/groups.ts';
import type { PublishPlan } from '../pipeline.ts';
import { documentDerivation } from '../../src/lib/index/document.ts';
import { withEngineRetry } from '../../src/infra/meilisearch/retry.ts';
import type { PublishJournal } from './journal.ts';
import { awaitTask } from './tasks.ts';

/**
 * Whether this run may update the live index in place instead of building a new one: few
 * records can change (at most `maxShare` of last time's), the live index holds exactly what was
 * published last time, and the settings are those it was built with (a new synonym or field
 * needs every document indexed again).
 */
export async function canUpdateInPlace(
  client: Meilisearch,
  indexUid: string,
  plan: PublishPlan,
  context: { dataDir: string; settings: Settings; maxShare: number },
): Promise<boolean> {
  const share = plan.atMostChanged / plan.previousTotal;
  if (plan.previousTotal === 0 || !(share <= context.maxShare)) return false;
  const stored = await storedSettingsHash(context.dataDir, indexUid);
  if (stored !== settingsHash(context.settings)) return false;
  return (await liveCount(client, indexUid)) === plan.previousTotal;
}

/**
 * The changed and new documents as one addition (a document replaces the one of its id), the
 * removed ids as one deletion, both awaited and checked. Between the two a reader may see the
 * new documents beside ones that are about to go: never a missing one. Recorded in `journal`
 * before the first is enqueued and with every task once all are.
 */
export async function updateInPlace(
  client: Meilisearch,
  indexUid: string,
  batches: AsyncIterable<string>,
  removed: readonly string[],
  journal?: PublishJournal,
): Promise<void> {
  const index = client.index(indexUid);
  const tasks: number[] = [];
  await journal?.record({ kind: 'in-place', live: indexUid });
  for await (const batch of batches) {
    const { taskUid } = await withEngineRetry('update documents in place', () =>
      index.addDocumentsFromString(batch, 'application/x-ndjson', { primaryKey: 'id' }),
    );
    tasks.push(taskUid);
  }
  if (removed.length > 0) {
    const { taskUid } = await withEngineRetry('remove documents', () =>
      index.deleteDocuments([...removed]),
    );
    tasks.push(taskUid);
  }
  await journal?.record({ kind: 'in-place', live: indexUid, tasks });
  for (const task of tasks) await awaitTask(client, 'update the index in place', task);
  await journal?.swapped();
}

/** Remembers the settings the live index was built with, for the next run's decision. */
export async function rememberSettings(
  dataDir: string,
  indexUid: string,
  settings: Settings,
): Promise<void> {
  await writeFile(settingsFile(dataDir, indexUid), `${String(settingsHash(settings))}\n`);
}

/** The next run builds a new index: what the live index holds is no longer known to be that. */
export async function forgetSettings(dataDir: string, indexUid: string): Promise<void> {
  await rm(settingsFile(dataDir, indexUid), { force: true });
}

// --- internal ---

function settingsFile(dataDir: string, indexUid: string): string {
  return join(dataDir, `index-settings-${indexUid}.hash`);
}

/** The settings and how documents are derived: either changing means indexing everything. */
function settingsHash(settings: Settings): number {
  return hash53(JSON.stringify({ settings, documentDerivation }));
}

async function storedSettingsHash(dataDir: string, indexUid: string): Promise<number | undefined> {
  try {
    return Number((await readFile(settingsFile(dataDir, indexUid), 'utf8')).trim());
  } catch {
    return undefined;
  }
}

async function liveCount(client: Meilisearch, indexUid: string): Promise<number | undefined> {
  try {
    const stats = await withEngineRetry('count the live index', () =>
      client.index(indexUid).getStats(),
    );
    return stats.numberOfDocuments;
  } catch (error) {
    if (error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found') {
      return undefined;
    }
    throw error;
  }
}
