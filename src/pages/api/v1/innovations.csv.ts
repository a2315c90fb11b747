import { exportRoute } from '../../../features/opendata/export.ts';

/** Open data: every innovation matching a search, as CSV. */
export const prerender = false;

export const ALL = exportRoute('csv');
