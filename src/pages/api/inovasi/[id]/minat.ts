import { activityRoute } from '../../../../features/interest/api/activity.ts';

/** An innovation's replication interest: GET its public activity, POST a registration. */
export const prerender = false;

export const ALL = activityRoute;
