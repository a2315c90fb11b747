import { astroEndpoint } from '../../astro-endpoint.ts';
import { feedEndpoint } from '../endpoints.ts';
/** Open data: the Atom feed of a search's newest innovations. */
export const prerender = false;

export const ALL = astroEndpoint(feedEndpoint);
