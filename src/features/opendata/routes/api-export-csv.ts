import { astroEndpoint } from '../../astro-endpoint.ts';
import { exportCsvEndpoint } from '../endpoints.ts';
/** Open data: every innovation of a search as CSV. */
export const prerender = false;

export const ALL = astroEndpoint(exportCsvEndpoint);
