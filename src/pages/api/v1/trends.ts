import { trendsRoute } from '../../../features/opendata/endpoints.ts';

/** Open data: the numbers of the trends charts for a search. */
export const prerender = false;

export const ALL = trendsRoute;
