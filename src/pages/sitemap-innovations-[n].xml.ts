import type { APIRoute } from 'astro';
import { z } from 'zod';
import { siteOrigin } from '../features/innovation/urls.ts';
import { xmlResponse } from '../features/innovation/xml-response.ts';
import {
  innovationChunk,
  innovationChunkCount,
  innovationsSitemapXml,
} from '../features/sitemap/sitemap.ts';

export const prerender = false;

const chunkNumber = z
  .string()
  .regex(/^(0|[1-9]\d{0,4})$/)
  .transform(Number);

/** Chunk `n` of the innovations; a chunk past the end (or a bad `n`) is not found. */
export const GET: APIRoute = ({ params, url }) =>
  xmlResponse(async () => {
    const n = chunkNumber.safeParse(params.n);
    if (!n.success || n.data >= (await innovationChunkCount())) return undefined;
    return innovationsSitemapXml(siteOrigin(url), await innovationChunk(n.data));
  });
