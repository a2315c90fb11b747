import { astroEndpoint } from '../../astro-endpoint.ts';
import { replicationsEndpoint } from '../replications.ts';
/** Open data: confirmed replications, with their numbers per year. */
export const prerender = false;

export const ALL = astroEndpoint(replicationsEndpoint);
