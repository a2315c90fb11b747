import type { APIRoute } from 'astro';
import { logoutResponse } from '../../features/admin/login-route.ts';

/** Logging out of the administration (a form post; Astro refuses cross-site ones). */
export const prerender = false;

export const POST: APIRoute = ({ request }) => logoutResponse(request, 'id');
