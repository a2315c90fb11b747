import { parseSearchStateStrict, type SearchState } from '../../lib/search/ui/state.ts';
import type { Config } from '../../infra/config.ts';
import { jsonResponse as json } from '../../http/json.ts';
import { isEngineDown } from '../../infra/meilisearch/site-engine.ts';
import { searchInnovations } from './page.ts';

/**
 * Answers `GET /api/search?<the search page's parameters>` with the view model as JSON: 400
 * naming each bad parameter, 503 `{ error: "engine-unavailable" }` when the engine cannot be
 * reached. A short shared cache: the same URL gives the same answer until an ingest.
 */
export function searchApiResponse(url: URL, config?: Config): Promise<Response> {
  return stateApiResponse(url, (state) => searchInnovations(state, config));
}

/** The JSON answer of an endpoint that takes the search page's parameters (search, trends). */
export async function stateApiResponse(
  url: URL,
  answer: (state: SearchState) => Promise<unknown>,
): Promise<Response> {
  const parsed = parseSearchStateStrict(url.searchParams);
  if (!parsed.success) {
    return json(400, { error: 'invalid-parameters', fields: parsed.errors }, noStore);
  }
  try {
    return json(200, await answer(parsed.state), shortCache);
  } catch (error) {
    if (isEngineDown(error)) return json(503, { error: 'engine-unavailable' }, retrySoon);
    throw error;
  }
}

/** The search page's cache: short, then served stale while a fresh copy is fetched. */
export const shortCache = { 'Cache-Control': 'public, max-age=30, stale-while-revalidate=300' };

// --- internal ---

const noStore = { 'Cache-Control': 'no-store' };
const retrySoon = { 'Cache-Control': 'no-store', 'Retry-After': '30' };
