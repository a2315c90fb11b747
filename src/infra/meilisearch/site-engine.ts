import { MeilisearchRequestError, type Index, type Meilisearch } from 'meilisearch';
import { engineClient } from './client.ts';
import type { SearchDocument } from '../../lib/index/document.ts';
import type { Config } from '../config.ts';
import { connectEngine } from './connect.ts';
import { EngineUnreachableError } from './errors.ts';
import { ensureSearchKey, writeSearchKey } from './search-key.ts';

export { isEngineDown } from './errors.ts';

/**
 * The engine as the site's server uses it: a client that holds only the search-only key, so a
 * bug in a page can never write to the index or leak the master key.
 */
export interface SiteEngine {
  url: string;
  indexUid: string;
  searchKey: string;
  client: Meilisearch;
  index: Index<SearchDocument>;
}

/** The site's way to the engine: `run` hands work the search-only client. */
export interface SiteSearch {
  /**
   * Runs `work` against the engine. A request that cannot reach the engine drops the
   * connection found and becomes an `EngineUnreachableError`, the one error pages and
   * endpoints turn into their "search is unavailable" state.
   */
  run<T>(work: (engine: SiteEngine) => Promise<T>): Promise<T>;
}

/**
 * The engine of one configuration (MEILI_URL, else the running embedded engine), found on first
 * use and found again after a failure, so a restarted engine is reached without restarting the
 * site. Throws a `MeiliEngineError` when there is no engine to reach.
 */
export function createSiteSearch(config: Config): SiteSearch {
  let found: Promise<SiteEngine> | undefined;
  const engine = (): Promise<SiteEngine> => {
    found ??= resolveSiteEngine(config).catch((error: unknown) => {
      found = undefined;
      throw error;
    });
    return found;
  };
  return {
    async run(work) {
      try {
        return await work(await engine());
      } catch (error) {
        if (error instanceof MeilisearchRequestError) {
          found = undefined;
          throw new EngineUnreachableError(`Meilisearch does not answer: ${error.message}`, {
            cause: error,
          });
        }
        throw error;
      }
    },
  };
}

// --- internal ---

/**
 * The key is looked up (or created) with the master key, once per portal: a key file left
 * from another engine's data folder could otherwise be stale.
 */
async function resolveSiteEngine(config: Config): Promise<SiteEngine> {
  const engine = await connectEngine(config, { startIfNeeded: false });
  const key = await ensureSearchKey(engine.client, config.MEILI_INDEX);
  await writeSearchKey(config.DATA_DIR, key);
  const client = engineClient(engine.url, key.key);
  return {
    url: engine.url,
    indexUid: config.MEILI_INDEX,
    searchKey: key.key,
    client,
    index: client.index<SearchDocument>(config.MEILI_INDEX),
  };
}
