import { z } from 'zod';
import { endpointPatterns } from '../../i18n/routes.ts';
import { cacheHeader } from '../../http/cache.ts';
import type { Portal } from '../../portal/types.ts';
import { absoluteUrl, siteOrigin } from '../innovation/urls.ts';
import { xmlResponse } from '../innovation/xml-response.ts';
import {
  innovationChunk,
  innovationChunkCount,
  innovationsSitemapXml,
  pagesSitemapXml,
  sitemapIndexXml,
} from './sitemap.ts';

type SitemapContext = Pick<Portal, 'search' | 'config'>;

/** `robots.txt`: everything may be crawled, and where the sitemap is. */
export function robotsResponse(portal: Pick<Portal, 'config'>, url: URL): Response {
  const sitemap = absoluteUrl(siteOrigin(url, portal.config), endpointPatterns.sitemap);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8', ...cacheHeader('release') },
  });
}

/** The sitemap index: the entry pages, then the innovations in chunks. */
export function sitemapIndexResponse(portal: SitemapContext, url: URL): Promise<Response> {
  return xmlResponse(async () =>
    sitemapIndexXml(siteOrigin(url, portal.config), await innovationChunkCount(portal.search)),
  );
}

/** The entry pages in both languages; needs no engine. */
export function pagesSitemapResponse(portal: Pick<Portal, 'config'>, url: URL): Response {
  return new Response(pagesSitemapXml(siteOrigin(url, portal.config)), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8', ...cacheHeader('release') },
  });
}

/** Chunk `n` of the innovations; a chunk past the end (or a bad `n`) is not found. */
export function innovationsSitemapResponse(
  portal: SitemapContext,
  raw: string | undefined,
  url: URL,
): Promise<Response> {
  return xmlResponse(async () => {
    const n = chunkNumber.safeParse(raw);
    if (!n.success || n.data >= (await innovationChunkCount(portal.search))) return undefined;
    const entries = await innovationChunk(portal.search, n.data);
    return innovationsSitemapXml(siteOrigin(url, portal.config), entries);
  });
}

// --- internal ---

const chunkNumber = z
  .string()
  .regex(/^(0|[1-9]\d{0,4})$/)
  .transform(Number);
