import type { APIRoute } from 'astro';
import { siteOrigin } from '../server/site/innovation/urls.ts';
import { xmlResponse } from '../server/site/innovation/xml-response.ts';
import { innovationChunkCount, sitemapIndexXml } from '../server/site/sitemap.ts';

export const prerender = false;

/** The sitemap index: the entry pages, then the innovations in chunks. */
export const GET: APIRoute = ({ url }) =>
  xmlResponse(async () => sitemapIndexXml(siteOrigin(url), await innovationChunkCount()));
