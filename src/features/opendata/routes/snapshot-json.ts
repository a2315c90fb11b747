import { astroEndpoint } from '../../astro-endpoint.ts';
import { snapshotJsonEndpoint } from '../snapshots.ts';
/** Open data: a dated snapshot of the published records as JSON, gzip-compressed. */
export const prerender = false;

export const ALL = astroEndpoint(snapshotJsonEndpoint);
