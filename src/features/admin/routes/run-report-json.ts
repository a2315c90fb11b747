import { astroEndpoint } from '../../astro-endpoint.ts';
import { runReportEndpoint } from '../ingest-jobs/report-files.ts';
/** A run's report as JSON (administrators only). */
export const prerender = false;

export const GET = astroEndpoint(runReportEndpoint('json'));
