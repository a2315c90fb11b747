import { astroEndpoint } from '../../astro-endpoint.ts';
import { activityEndpoint } from '../api/activity.ts';
/** An innovation's public replication activity (GET) and registrations (POST). */
export const prerender = false;

export const ALL = astroEndpoint(activityEndpoint);
