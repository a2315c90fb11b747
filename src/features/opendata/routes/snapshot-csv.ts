import { astroEndpoint } from '../../astro-endpoint.ts';
import { snapshotCsvEndpoint } from '../snapshots.ts';
/** Open data: a dated snapshot of the published records as CSV, gzip-compressed. */
export const prerender = false;

export const ALL = astroEndpoint(snapshotCsvEndpoint);
