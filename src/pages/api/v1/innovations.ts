import { innovationsRoute } from '../../../features/opendata/endpoints.ts';

/** Open data: a page of the innovations matching a search. */
export const prerender = false;

export const ALL = innovationsRoute;
