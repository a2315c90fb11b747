import { astroEndpoint } from '../../astro-endpoint.ts';
import { searchEndpoint } from '../api.ts';
/** The browser's only way to search: same origin, the search page's own URL parameters. */
export const prerender = false;

export const ALL = astroEndpoint(searchEndpoint);
