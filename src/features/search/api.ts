import { parseFacetRequest } from '../../lib/search/ui/facet-request.ts';
import { placeValues } from '../../lib/search/ui/place-values.ts';
import { withTopFacetValues } from '../../lib/search/ui/map.ts';
import { parseSearchStateStrict, type SearchState } from '../../lib/search/ui/state.ts';
import { defineEndpoint, json, refused, type Outcome } from '../../http/endpoint.ts';
import { invalidFields } from '../../http/failure.ts';
import { paramMessages } from '../../http/field-messages.ts';
import type { Portal } from '../../portal/types.ts';
import { computeTrends } from '../trends/compute.ts';
import { facetValues } from './facet-values.ts';
import { searchInnovations } from './page.ts';

/**
 * `GET /api/search?<the search page's parameters>`: the view model as JSON, the browser's only
 * way to search (same origin). 400 naming each bad parameter, 503 when the engine cannot be
 * reached. A short shared cache: the same URL gives the same answer until an ingest.
 */
export const searchEndpoint = defineEndpoint<Portal>({
  name: 'search',
  GET: ({ portal, url }) =>
    stateAnswer(portal, url, async (state) =>
      withTopFacetValues(await searchInnovations(portal.search, state, portal.regions())),
    ),
});

/**
 * `GET /api/search/facets?<the search page's parameters>&faset=kabupaten`: every value of a
 * long facet, of which the search sent the top ones, fetched when a person opens its
 * narrowing box or "show all"; taken from the client's read allowance.
 */
export const facetValuesEndpoint = defineEndpoint<Portal>({
  name: 'search-facets',
  readBucket: 'read',
  GET: ({ portal, url }) => {
    const asked = parseFacetRequest(url.searchParams);
    if (!asked.success)
      return Promise.resolve(refused(invalidFields(paramMessages(asked.problems))));
    return stateAnswer(portal, url, (state) =>
      facetValues(portal.search, state, asked.facet, portal.regions()),
    );
  },
});

/** `GET /api/trends?<the search page's parameters>`: the trends page's charts and filters. */
export const trendsEndpoint = defineEndpoint<Portal>({
  name: 'trends',
  GET: ({ portal, url }) =>
    stateAnswer(portal, url, (state) => computeTrends(portal.search, state)),
});

// --- internal ---

/** A province or regency that does not exist is refused by name, like any bad value. */
async function stateAnswer(
  portal: Portal,
  url: URL,
  answer: (state: SearchState) => Promise<unknown>,
): Promise<Outcome> {
  const parsed = parseSearchStateStrict(url.searchParams, placeValues(portal.regions()));
  if (!parsed.success) return refused(invalidFields(paramMessages(parsed.problems)));
  return json(await answer(parsed.state), { cache: 'search' });
}
