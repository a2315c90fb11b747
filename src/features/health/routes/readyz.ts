import { astroEndpoint } from '../../astro-endpoint.ts';
import { readyEndpoint } from '../api.ts';
/** Readiness, for a load balancer (the site server answers it itself; this is `astro dev`'s). */
export const prerender = false;

export const ALL = astroEndpoint(readyEndpoint);
