import type { APIRoute } from 'astro';
import { searchApiResponse } from '../../features/search/api.ts';

/** The browser's only way to search: same origin, the search page's own URL parameters. */
export const prerender = false;

export const GET: APIRoute = ({ url }) => searchApiResponse(url);
