import { astroEndpoint } from '../../astro-endpoint.ts';
import { trendsEndpoint } from '../endpoints.ts';
/** Open data: the numbers of the trends charts for a search. */
export const prerender = false;

export const ALL = astroEndpoint(trendsEndpoint);
