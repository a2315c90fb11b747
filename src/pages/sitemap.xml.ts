import type { APIRoute } from 'astro';
import { siteOrigin } from '../features/innovation/urls.ts';
import { xmlResponse } from '../features/innovation/xml-response.ts';
import { innovationChunkCount, sitemapIndexXml } from '../features/sitemap/sitemap.ts';

export const prerender = false;

/** The sitemap index: the entry pages, then the innovations in chunks. */
export const GET: APIRoute = ({ url }) =>
  xmlResponse(async () => sitemapIndexXml(siteOrigin(url), await innovationChunkCount()));
