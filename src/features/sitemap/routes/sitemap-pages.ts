import type { APIRoute } from 'astro';
import { pagesSitemapResponse } from '../responses.ts';
/** The entry pages in both languages; needs no engine. */
export const prerender = false;

export const GET: APIRoute = ({ locals, url }) => pagesSitemapResponse(locals.portal, url);
