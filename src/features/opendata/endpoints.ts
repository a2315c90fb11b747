import { apiPaths, routes } from '../../i18n/routes.ts';
import { json, refused } from '../../http/endpoint.ts';
import { failures } from '../../http/failure.ts';
import { idFateOf } from '../innovation/fate.ts';
import { findInnovation } from '../innovation/load.ts';
import { siteOrigin } from '../innovation/urls.ts';
import { computeTrends } from '../trends/compute.ts';
import { exportEndpoint } from './export.ts';
import { facetCounts } from './facets.ts';
import type { CachePolicy } from '../../http/cache.ts';
import type { Portal } from '../../portal/types.ts';
import { catalogFacts } from './catalog-facts.ts';
import { dcatCatalog } from './catalog.ts';
import { searchFeed } from './feed.ts';
import { openApiDocument } from './openapi.ts';
import { searchRecords } from './records.ts';
import { openDataEndpoint, withQuery } from './route.ts';

/** `GET /api/v1/innovations?<search parameters>&halaman=&per_halaman=`: a page of records. */
export const innovationsEndpoint = openDataEndpoint(
  'innovations',
  withQuery('list', async (portal, { state, pageSize }) =>
    json(await searchRecords(portal.search, state, state.page, pageSize), { cache: 'search' }),
  ),
);

/**
 * `GET /api/v1/innovations/{id}`: one record; 301 to the innovation an id was joined into, 410
 * for one removed, 404 for an id nobody held.
 */
export const innovationEndpoint = openDataEndpoint('innovation', async ({ portal, params }) => {
  const id = params.id ?? '';
  const found = await findInnovation(portal.search, id);
  if (found !== undefined) return json(found, { cache: 'search' });
  const fate = await idFateOf(portal, id);
  if (fate?.target !== undefined) return { kind: 'moved', location: apiPaths.record(fate.target) };
  return refused(fate?.fate === 'gone' ? failures.gone : failures.notFound);
});

/** `GET /api/v1/facets?<search parameters>`: records per facet value (see `facetCounts`). */
export const facetsEndpoint = openDataEndpoint(
  'facets',
  withQuery('filters', async (portal, { state }) =>
    json(await facetCounts(portal.search, state), { cache: 'search' }),
  ),
);

/** `GET /api/v1/trends?<search parameters>`: the numbers of every chart of the trends page. */
export const trendsEndpoint = openDataEndpoint(
  'trends',
  withQuery('filters', async (portal, { state }) =>
    json((await computeTrends(portal.search, state)).charts, { cache: 'search' }),
  ),
);

/** `GET /api/v1/openapi.json`: the OpenAPI document, its URLs on the site's public origin. */
export const openApiEndpoint = openDataEndpoint('openapi', ({ portal, url }) => {
  const document = openApiDocument({
    origin: siteOrigin(url, portal.config),
    openDataPage: routes.openData('en'),
    dictionaryPage: routes.dataDictionary('en'),
  });
  // Without SITE_URL its URLs name the Host the request gave: no shared cache may keep it.
  const shared = portal.config.SITE_URL !== undefined;
  return Promise.resolve(json(document, { cache: shared ? 'release' : 'releasePerHost' }));
});

export const exportCsvEndpoint = exportEndpoint('csv');
export const exportJsonEndpoint = exportEndpoint('json');

/** `GET /api/v1/catalog.jsonld`: the dataset's DCAT metadata (`dcatCatalog`). */
export const catalogEndpoint = openDataEndpoint('catalog', async ({ portal, url }) => {
  const origin = siteOrigin(url, portal.config);
  return json(dcatCatalog(await catalogFacts(portal.search, origin)), {
    cache: absoluteUrlsPolicy(portal),
    headers: { 'Content-Type': 'application/ld+json; charset=utf-8' },
  });
});

/** `GET /api/v1/innovations.atom?<search parameters>`: the newest innovations of a search. */
export const feedEndpoint = openDataEndpoint(
  'feed',
  withQuery('filters', async (portal, { state }, { url, locale }) => ({
    kind: 'text',
    body: await searchFeed(portal.search, state, {
      origin: siteOrigin(url, portal.config),
      locale,
    }),
    contentType: 'application/atom+xml; charset=utf-8',
    cache: absoluteUrlsPolicy(portal),
  })),
);

/** Without SITE_URL an answer's URLs name the Host the request gave: no shared cache may keep it. */
function absoluteUrlsPolicy(portal: Portal): CachePolicy {
  return portal.config.SITE_URL === undefined ? 'searchPerHost' : 'search';
}
