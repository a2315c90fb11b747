import type { APIRoute } from 'astro';
import { exportResponse } from '../export.ts';
/** The registrations of the admin list's filter as CSV (administrators only). */
export const prerender = false;

export const GET: APIRoute = ({ locals, request, url, clientAddress }) =>
  exportResponse(locals.portal, { request, clientAddress }, url);
