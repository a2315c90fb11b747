import { astroEndpoint } from '../../astro-endpoint.ts';
import { jobEventsEndpoint } from '../ingest-jobs/events.ts';
/** An ingest job's progress as server-sent events (administrators only). */
export const prerender = false;

export const GET = astroEndpoint(jobEventsEndpoint);
