import type { APIRoute } from 'astro';
import { stateApiResponse } from '../../features/search/api.ts';
import { computeTrends } from '../../features/trends/compute.ts';

/** The trends page's island: its charts and filter panel for the search page's parameters. */
export const prerender = false;

export const GET: APIRoute = ({ url }) => stateApiResponse(url, (state) => computeTrends(state));
