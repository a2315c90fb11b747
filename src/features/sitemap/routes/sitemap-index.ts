import type { APIRoute } from 'astro';
import { sitemapIndexResponse } from '../responses.ts';
/** The sitemap index: the entry pages, then the innovations in chunks. */
export const prerender = false;

export const GET: APIRoute = ({ locals, url }) => sitemapIndexResponse(locals.portal, url);
