import { agenciesRoute } from '../../features/interest/api/agencies.ts';

/** Agency name suggestions for the registration form: `GET /api/instansi?q=`. */
export const prerender = false;

export const ALL = agenciesRoute;
