import { connectEngine } from '../infra/meilisearch/connect.ts';
import { describeError } from '../lib/text/error.ts';
import type { Config } from '../infra/config.ts';
import type { InnovationLookup } from './innovation-lookup.ts';

/** What listing the ids needs of a Meilisearch client (one whose key may read documents). */
export interface DocumentReader {
  index(uid: string): {
    getDocuments(query: { fields: ['id']; limit: number; offset: number }): Promise<{
      results: readonly Readonly<Record<string, unknown>>[];
      total: number;
    }>;
  };
}

/** Every id of the index, read in pages of ids only. */
export async function listInnovationIds(
  client: DocumentReader,
  indexUid: string,
  pageSize = 1_000,
): Promise<string[]> {
  const ids: string[] = [];
  for (let offset = 0; ; offset += pageSize) {
    const page = await client
      .index(indexUid)
      .getDocuments({ fields: ['id'], limit: pageSize, offset });
    for (const document of page.results) {
      if (typeof document.id === 'string') ids.push(document.id);
    }
    if (page.results.length < pageSize || offset + pageSize >= page.total) return ids;
  }
}

/**
 * Has `lookup` learn every id of the index now and every few minutes, so registrations and
 * reads do not each ask the engine whether their innovation exists. The listing uses the
 * master-key client (the search-only key may not read documents). One that fails (the engine
 * away) leaves the lookup asking per id, as it would anyway, until the next. Returns the stop.
 */
export function refreshCatalogue(
  config: Config,
  lookup: InnovationLookup,
  log: (line: string) => void,
): () => void {
  const refresh = async (first: boolean) => {
    try {
      const engine = await connectEngine(config, { startIfNeeded: false });
      const ids = await listInnovationIds(engine.client, config.MEILI_INDEX);
      lookup.remember(ids);
      if (first) log(`Innovation lookup: ${ids.length} ids of "${config.MEILI_INDEX}" loaded`);
    } catch (error) {
      const reason = describeError(error);
      log(`Innovation lookup: ids not loaded (${reason}); asked per innovation meanwhile`);
    }
  };
  void refresh(true);
  const timer = setInterval(() => void refresh(false), REFRESH_MS);
  timer.unref();
  return () => {
    clearInterval(timer);
  };
}

// --- internal ---

/** Half the lookup's memory (ten minutes): an id listed stays known between two listings. */
const REFRESH_MS = 5 * 60_000;
