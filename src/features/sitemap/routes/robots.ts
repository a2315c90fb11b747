import type { APIRoute } from 'astro';
import { robotsResponse } from '../responses.ts';
/** Everything may be crawled; the sitemap's address needs the public origin, hence on demand. */
export const prerender = false;

export const GET: APIRoute = ({ locals, url }) => robotsResponse(locals.portal, url);
