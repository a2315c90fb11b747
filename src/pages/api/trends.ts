import type { APIRoute } from 'astro';
import { stateApiResponse } from '../../server/site/search/api.ts';
import { computeTrends } from '../../server/site/trends.ts';

/** The trends page's island: its charts and filter panel for the search page's parameters. */
export const prerender = false;

export const GET: APIRoute = ({ url }) => stateApiResponse(url, (state) => computeTrends(state));
