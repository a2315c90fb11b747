import type { APIRoute } from 'astro';
import { localeOfPath } from '../../../i18n/paths.ts';
import { logoutResponse } from '../login-route.ts';
/** Logging out of the administration (a same-origin form post). */
export const prerender = false;

export const POST: APIRoute = ({ locals, request, url }) =>
  logoutResponse(locals.portal, request, localeOfPath(url.pathname));
