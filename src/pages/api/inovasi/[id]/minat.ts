import { activityRoute } from '../../../../server/http/interest/activity.ts';

/** An innovation's replication interest: GET its public activity, POST a registration. */
export const prerender = false;

export const ALL = activityRoute;
