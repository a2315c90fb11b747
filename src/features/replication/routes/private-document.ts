import { astroEndpoint } from '../../astro-endpoint.ts';
import { privateDocumentEndpoint } from '../documents.ts';
/** A document of a registrant's own entry, opened with its private link. */
export const prerender = false;

export const ALL = astroEndpoint(privateDocumentEndpoint);
