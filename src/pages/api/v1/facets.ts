import { facetsRoute } from '../../../server/api/endpoints.ts';

/** Open data: records per facet value for a search. */
export const prerender = false;

export const ALL = facetsRoute;
