import { astroEndpoint } from '../../astro-endpoint.ts';
import { innovationsEndpoint } from '../endpoints.ts';
/** Open data: a page of the innovations matching a search. */
export const prerender = false;

export const ALL = astroEndpoint(innovationsEndpoint);
