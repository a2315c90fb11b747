import { Meilisearch, MeilisearchRequestError, type Index } from 'meilisearch';
import type { SearchDocument } from '../../lib/index/document.ts';
import { processConfig, type Config } from '../config.ts';
import { connectEngine } from './connect.ts';
import { EngineUnreachableError, MeiliEngineError } from './errors.ts';
import { ensureSearchKey, writeSearchKey } from './search-key.ts';

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

/**
 * The site's engine, resolved once per process and configuration (MEILI_URL, else the running
 * embedded engine) and resolved again after a failure, so a restarted engine is found without
 * restarting the site. Throws a `MeiliEngineError` when there is no engine to reach.
 */
export function siteEngine(config: Config = processConfig()): Promise<SiteEngine> {
  const key = engineKey(config);
  let engine = cached.get(key);
  if (engine === undefined) {
    engine = resolveSiteEngine(config).catch((error: unknown) => {
      cached.delete(key);
      throw error;
    });
    cached.set(key, engine);
  }
  return engine;
}

/**
 * Runs `work` against the site's engine. A request that cannot reach the engine drops the
 * cached connection and becomes an `EngineUnreachableError`, the one error pages and endpoints
 * turn into their "search is unavailable" state.
 */
export async function withSiteEngine<T>(
  work: (engine: SiteEngine) => Promise<T>,
  config?: Config,
): Promise<T> {
  try {
    return await work(await siteEngine(config));
  } catch (error) {
    if (error instanceof MeilisearchRequestError) {
      cached.delete(engineKey(config ?? processConfig()));
      throw new EngineUnreachableError(`Meilisearch does not answer: ${error.message}`, {
        cause: error,
      });
    }
    throw error;
  }
}

/** True for the errors that mean "the search engine is not there", not a bug. */
export function isEngineDown(error: unknown): boolean {
  return error instanceof MeiliEngineError;
}

// --- internal ---

/** Engines by configuration: one in a served site, several in a test or a bench run. */
const cached = new Map<string, Promise<SiteEngine>>();

function engineKey(config: Config): string {
  return JSON.stringify([config.MEILI_URL, config.MEILI_PORT, config.DATA_DIR, config.MEILI_INDEX]);
}

/**
 * The key is looked up (or created) with the master key, once per process: a key file left
 * from another engine's data folder could otherwise be stale.
 *
 * The client opens a connection per request. Measured on Meilisearch 1.21 over loopback, a
 * search on a kept-alive connection took ~50 ms, its reply waiting on the client's delayed ACK
 * (~40 ms); on a fresh connection ~10 ms (the engine's own processing is 4–13 ms). A loopback
 * handshake costs far less than that wait.
 */
async function resolveSiteEngine(config: Config): Promise<SiteEngine> {
  const engine = await connectEngine(config, { startIfNeeded: false });
  const key = await ensureSearchKey(engine.client, config.MEILI_INDEX);
  await writeSearchKey(config.DATA_DIR, key);
  const client = new Meilisearch({
    host: engine.url,
    apiKey: key.key,
    requestInit: { headers: { Connection: 'close' } },
  });
  return {
    url: engine.url,
    indexUid: config.MEILI_INDEX,
    searchKey: key.key,
    client,
    index: client.index<SearchDocument>(config.MEILI_INDEX),
  };
}
