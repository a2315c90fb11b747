import { MeilisearchApiError, type Meilisearch } from 'meilisearch';
import type { InterestCounts } from '../database/types.ts';

/** Ids per lookup: a filter of a thousand ids stays a small request. */
const LOOKUP_CHUNK = 1000;

/** A partial update waits behind whatever the engine is indexing (an ingest, say). */
const TASK_TIMEOUT_MS = 5 * 60 * 1000;

/**
 * Writes `interestCount` and `replicationCount` into the documents of the given innovations
 * that are in the index, as one partial update, and waits until the engine has applied it.
 * Ids not in the index are left out: a partial update of a missing document would create a
 * stub. Resolves to the number of documents updated (0 when the index does not exist).
 */
export async function applyCounts(
  client: Meilisearch,
  indexUid: string,
  counts: ReadonlyMap<string, InterestCounts>,
): Promise<number> {
  const present = await presentIds(client, indexUid, [...counts.keys()]);
  const documents = present.map((id) => ({ id, ...pickCounts(counts.get(id)) }));
  if (documents.length === 0) return 0;
  const task = await client
    .index(indexUid)
    .updateDocuments(documents)
    .waitTask({ timeout: TASK_TIMEOUT_MS, interval: 100 });
  if (task.status !== 'succeeded') {
    const reason = task.error ? `${task.error.code}: ${task.error.message}` : task.status;
    throw new Error(`interest counts update (task ${task.uid}) ${task.status}: ${reason}`);
  }
  return documents.length;
}

/** Which of `ids` are documents of the index (none when there is no index yet). */
async function presentIds(
  client: Meilisearch,
  indexUid: string,
  ids: readonly string[],
): Promise<string[]> {
  const found: string[] = [];
  for (let start = 0; start < ids.length; start += LOOKUP_CHUNK) {
    const chunk = ids.slice(start, start + LOOKUP_CHUNK);
    try {
      const { results } = await client.index(indexUid).getDocuments<{ id: string }>({
        filter: `id IN [${chunk.map(quote).join(', ')}]`,
        fields: ['id'],
        limit: chunk.length,
      });
      found.push(...results.map((document) => document.id));
    } catch (error) {
      if (error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found')
        return [];
      throw error;
    }
  }
  return found;
}

/** A filter string literal (ids are URL-safe, but a quote or backslash must not end it). */
function quote(id: string): string {
  return `"${id.replace(/["\\]/g, '\\$&')}"`;
}

/** Only the two count fields go out, whatever else the store's value carries. */
function pickCounts(counts: InterestCounts | undefined): InterestCounts {
  return {
    interestCount: counts?.interestCount ?? 0,
    replicationCount: counts?.replicationCount ?? 0,
  };
}
