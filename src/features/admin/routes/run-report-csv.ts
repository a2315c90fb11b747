import { astroEndpoint } from '../../astro-endpoint.ts';
import { runReportEndpoint } from '../ingest-jobs/report-files.ts';
/** A run's report as CSV, its reasons in the path's language (administrators only). */
export const prerender = false;

export const GET = astroEndpoint(runReportEndpoint('csv'));
