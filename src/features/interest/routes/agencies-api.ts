import { astroEndpoint } from '../../astro-endpoint.ts';
import { agenciesEndpoint } from '../api/agencies.ts';
/** Agency name suggestions for the registration form: `GET /api/instansi?q=`. */
export const prerender = false;

export const ALL = astroEndpoint(agenciesEndpoint);
