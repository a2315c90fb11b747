import type { APIRoute } from 'astro';
import { absoluteUrl, siteOrigin } from '../features/innovation/urls.ts';

export const prerender = false;

/** Everything may be crawled; the sitemap's address needs the public origin, hence on demand. */
export const GET: APIRoute = ({ url }) =>
  new Response(
    `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(siteOrigin(url), '/sitemap.xml')}\n`,
    {
      headers: {
        'Content-Type': 'text/plain; charset=utf-8',
        'Cache-Control': 'public, max-age=3600',
      },
    },
  );
