import { agenciesRoute } from '../../server/http/interest/agencies.ts';

/** Agency name suggestions for the registration form: `GET /api/instansi?q=`. */
export const prerender = false;

export const ALL = agenciesRoute;
