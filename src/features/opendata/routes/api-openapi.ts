import { astroEndpoint } from '../../astro-endpoint.ts';
import { openApiEndpoint } from '../endpoints.ts';
/** Open data: the OpenAPI document. */
export const prerender = false;

export const ALL = astroEndpoint(openApiEndpoint);
