import type { APIRoute } from 'astro';
import { innovationsSitemapResponse } from '../responses.ts';
/** Chunk `n` of the innovations; a chunk past the end (or a bad `n`) is not found. */
export const prerender = false;

export const GET: APIRoute = ({ locals, params, url }) =>
  innovationsSitemapResponse(locals.portal, params.n, url);
