import { astroEndpoint } from '../../astro-endpoint.ts';
import { metricsEndpoint } from '../api.ts';
/** Prometheus metrics (the site server answers it itself; this is `astro dev`'s). */
export const prerender = false;

export const ALL = astroEndpoint(metricsEndpoint);
