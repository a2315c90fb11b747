import { astroEndpoint } from '../../astro-endpoint.ts';
import { exportJsonEndpoint } from '../endpoints.ts';
/** Open data: every innovation of a search as JSON. */
export const prerender = false;

export const ALL = astroEndpoint(exportJsonEndpoint);
