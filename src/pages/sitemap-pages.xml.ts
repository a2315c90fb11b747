import type { APIRoute } from 'astro';
import { siteOrigin } from '../features/innovation/urls.ts';
import { pagesSitemapXml } from '../features/sitemap/sitemap.ts';

export const prerender = false;

/** The entry pages in both languages; needs no engine. */
export const GET: APIRoute = ({ url }) =>
  new Response(pagesSitemapXml(siteOrigin(url)), {
    headers: {
      'Content-Type': 'application/xml; charset=utf-8',
      'Cache-Control': 'public, max-age=3600',
    },
  });
