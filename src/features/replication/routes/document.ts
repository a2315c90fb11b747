import { astroEndpoint } from '../../astro-endpoint.ts';
import { documentEndpoint } from '../documents.ts';
/** A replication document, for its parties, or anyone once public and confirmed. */
export const prerender = false;

export const ALL = astroEndpoint(documentEndpoint);
