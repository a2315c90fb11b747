import { astroEndpoint } from '../../astro-endpoint.ts';
import { replicationsCsvEndpoint } from '../replications.ts';
/** Open data: confirmed replications as CSV. */
export const prerender = false;

export const ALL = astroEndpoint(replicationsCsvEndpoint);
