import { astroEndpoint } from '../../astro-endpoint.ts';
import { ownEntryEndpoint } from '../api/own-entry.ts';
/** A registrant's own entry, read and moved by its private token. */
export const prerender = false;

export const ALL = astroEndpoint(ownEntryEndpoint);
