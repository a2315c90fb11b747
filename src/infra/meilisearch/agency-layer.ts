import { MeilisearchApiError, type Meilisearch } from 'meilisearch';
import { layerFields, type ApprovedUpdate } from '../../lib/agency/layer.ts';
import type { Status } from '../../lib/schema/enums.ts';
import type { AgencyUpdate, ApprovedUpdates } from '../database/agency-updates-types.ts';

/** Documents per read: a filter of a thousand ids stays a small request. */
const CHUNK = 1000;

/** A partial update waits behind whatever the engine is indexing (an ingest, say). */
const TASK_TIMEOUT_MS = 5 * 60 * 1000;

/** What the layer reads of a document to lay the agency's statements over it. */
interface Underlay {
  id: string;
  status: Status;
  programmeStatus?: Status;
  programmeStatusUpdatedAt?: string;
  statusUpdatedAt?: string;
  updatedAt: string;
  cohortStatus?: string[];
}

/**
 * Lays the agencies' approved updates over the documents of their innovations, as one partial
 * document update (as the interest counts are), and waits until the engine applied it. Only
 * documents that exist are updated (a partial update of a missing one would create a stub).
 * Resolves to the number of documents updated (0 without an index).
 */
export async function applyAgencyLayer(
  client: Meilisearch,
  indexUid: string,
  updates: ReadonlyMap<string, ApprovedUpdates>,
): Promise<number> {
  const documents: Record<string, unknown>[] = [];
  const ids = [...updates.keys()];
  for (let start = 0; start < ids.length; start += CHUNK) {
    for (const current of await underlays(client, indexUid, ids.slice(start, start + CHUNK))) {
      const approved = updates.get(current.id);
      if (approved === undefined) continue;
      documents.push({ id: current.id, ...layerOf(current, approved) });
    }
  }
  if (documents.length === 0) return 0;
  const task = await client
    .index(indexUid)
    .updateDocuments(documents)
    .waitTask({ timeout: TASK_TIMEOUT_MS, interval: 100 });
  if (task.status !== 'succeeded') {
    const reason = task.error ? `${task.error.code}: ${task.error.message}` : task.status;
    throw new Error(`agency layer update (task ${task.uid}) ${task.status}: ${reason}`);
  }
  return documents.length;
}

// --- internal ---

function layerOf(current: Underlay, { live, earlier }: ApprovedUpdates) {
  return layerFields(
    {
      // A document indexed before the layer existed holds only the programmes' status.
      programme: {
        status: current.programmeStatus ?? current.status,
        statusUpdatedAt:
          current.programmeStatus === undefined
            ? current.statusUpdatedAt
            : current.programmeStatusUpdatedAt,
      },
      updatedAt: current.updatedAt,
      cohortStatus: current.cohortStatus ?? [],
    },
    approvedOf(live),
    earlier.map(approvedOf),
  );
}

function approvedOf(update: AgencyUpdate): ApprovedUpdate {
  return {
    status: update.status,
    asOf: update.asOf,
    whatChanged: update.whatChanged,
    replication: update.replication,
    visibleSince: update.visibleSince ?? update.submittedAt,
  };
}

async function underlays(
  client: Meilisearch,
  indexUid: string,
  ids: readonly string[],
): Promise<Underlay[]> {
  try {
    const { results } = await client.index(indexUid).getDocuments<Underlay>({
      filter: `id IN [${ids.map(quote).join(', ')}]`,
      fields: [
        'id',
        'status',
        'programmeStatus',
        'programmeStatusUpdatedAt',
        'statusUpdatedAt',
        'updatedAt',
        'cohortStatus',
      ],
      limit: ids.length,
    });
    return results;
  } catch (error) {
    if (error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found') return [];
    throw error;
  }
}

function quote(id: string): string {
  return `"${id.replace(/["\\]/g, '\\$&')}"`;
}
