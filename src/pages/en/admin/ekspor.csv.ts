import type { APIRoute } from 'astro';
import { exportResponse } from '../../../features/admin/export.ts';

/** The registrations of the admin list's filter as CSV (administrators only). */
export const prerender = false;

export const GET: APIRoute = ({ request, url }) => exportResponse(request, url);
