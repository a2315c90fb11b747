import { astroEndpoint } from '../../astro-endpoint.ts';
import { trendsEndpoint } from '../api.ts';
/** The trends page's island: its charts and filter panel for the search page's parameters. */
export const prerender = false;

export const ALL = astroEndpoint(trendsEndpoint);
