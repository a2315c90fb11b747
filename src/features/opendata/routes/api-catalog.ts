import { astroEndpoint } from '../../astro-endpoint.ts';
import { catalogEndpoint } from '../endpoints.ts';
/** Open data: the dataset's DCAT metadata as JSON-LD. */
export const prerender = false;

export const ALL = astroEndpoint(catalogEndpoint);
