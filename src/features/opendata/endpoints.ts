import { routes } from '../../i18n/routes.ts';
import { processConfig } from '../../infra/config.ts';
import { findInnovation } from '../innovation/load.ts';
import { siteOrigin } from '../innovation/urls.ts';
import { computeTrends } from '../trends/compute.ts';
import { openApiDocument } from './openapi.ts';
import { facetCounts } from './facets.ts';
import { parseApiQuery } from './params.ts';
import { searchRecords } from './records.ts';
import { apiError, apiJson, invalidParameters, openDataRoute } from './route.ts';

/** `GET /api/v1/innovations?<search parameters>&halaman=&per_halaman=`: a page of records. */
export const innovationsRoute = openDataRoute('innovations', async ({ url }) => {
  const parsed = parseApiQuery(url.searchParams, 'list');
  if (!parsed.success) return invalidParameters(parsed.errors);
  const { state, pageSize } = parsed.query;
  return apiJson(await searchRecords(state, state.page, pageSize));
});

/** `GET /api/v1/innovations/{id}`: one record, 404 for an id nobody holds. */
export const innovationRoute = openDataRoute('innovation', async ({ params }) => {
  const found = await findInnovation(params.id ?? '');
  return found === undefined ? apiError(404, 'not-found') : apiJson(found);
});

/** `GET /api/v1/facets?<search parameters>`: records per facet value (see `facetCounts`). */
export const facetsRoute = openDataRoute('facets', async ({ url }) => {
  const parsed = parseApiQuery(url.searchParams, 'filters');
  if (!parsed.success) return invalidParameters(parsed.errors);
  return apiJson(await facetCounts(parsed.query.state));
});

/** `GET /api/v1/trends?<search parameters>`: the numbers of every chart of the trends page. */
export const trendsRoute = openDataRoute('trends', async ({ url }) => {
  const parsed = parseApiQuery(url.searchParams, 'filters');
  if (!parsed.success) return invalidParameters(parsed.errors);
  const view = await computeTrends(parsed.query.state);
  return apiJson(view.charts);
});

/** `GET /api/v1/openapi.json`: the OpenAPI document, its URLs on the site's public origin. */
export const openApiRoute = openDataRoute('openapi', ({ url }) => {
  const document = openApiDocument({
    origin: siteOrigin(url),
    openDataPage: routes.openData('en'),
    dictionaryPage: routes.dataDictionary('en'),
  });
  // Without SITE_URL its URLs name the Host the request gave: no shared cache may keep it.
  const shared = processConfig().SITE_URL !== undefined;
  const cache = `${shared ? 'public' : 'private'}, max-age=3600`;
  return Promise.resolve(apiJson(document, 200, { 'Cache-Control': cache }));
});
