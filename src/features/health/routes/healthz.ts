import { astroEndpoint } from '../../astro-endpoint.ts';
import { healthEndpoint } from '../api.ts';
/** Liveness, for a load balancer (the site server answers it itself; this is `astro dev`'s). */
export const prerender = false;

export const ALL = astroEndpoint(healthEndpoint);
