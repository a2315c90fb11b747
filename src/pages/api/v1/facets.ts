import { facetsRoute } from '../../../features/opendata/endpoints.ts';

/** Open data: records per facet value for a search. */
export const prerender = false;

export const ALL = facetsRoute;
