import { astroEndpoint } from '../../astro-endpoint.ts';
import { innovationEndpoint } from '../endpoints.ts';
/** Open data: one innovation by id. */
export const prerender = false;

export const ALL = astroEndpoint(innovationEndpoint);
