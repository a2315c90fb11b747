import { astroEndpoint } from '../../astro-endpoint.ts';
import { facetValuesEndpoint } from '../api.ts';
/** A long facet's values, fetched when the search page's narrowing box or "show all" opens it. */
export const prerender = false;

export const ALL = astroEndpoint(facetValuesEndpoint);
