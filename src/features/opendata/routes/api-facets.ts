import { astroEndpoint } from '../../astro-endpoint.ts';
import { facetsEndpoint } from '../endpoints.ts';
/** Open data: records per facet value for a search. */
export const prerender = false;

export const ALL = astroEndpoint(facetsEndpoint);
