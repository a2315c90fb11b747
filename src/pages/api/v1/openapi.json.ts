import { openApiRoute } from '../../../server/api/endpoints.ts';

/** Open data: the OpenAPI 3.1 document of this API. */
export const prerender = false;

export const ALL = openApiRoute;
