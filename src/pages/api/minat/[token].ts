import { ownEntryRoute } from '../../../features/interest/api/own-entry.ts';

/** A registrant's own entry by its private token: GET it, POST `{ stage }` to move it. */
export const prerender = false;

export const ALL = ownEntryRoute;
