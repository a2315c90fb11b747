import { openApiRoute } from '../../../features/opendata/endpoints.ts';

/** Open data: the OpenAPI 3.1 document of this API. */
export const prerender = false;

export const ALL = openApiRoute;
