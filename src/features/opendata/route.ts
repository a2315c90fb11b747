import { failureResponse, jsonResponse } from '../../http/json.ts';
import { rateLimit, type RateBucket } from '../../http/limits.ts';
import { requestLocale } from '../../http/locale.ts';
import type { ApiContext } from '../../http/route.ts';
import { isEngineDown } from '../../infra/meilisearch/site-engine.ts';
import { shortCache } from '../search/api.ts';

export type OpenDataHandler = (context: ApiContext) => Promise<Response>;

/** Methods every open-data endpoint answers. */
export const allowedMethods = 'GET, HEAD, OPTIONS';

/**
 * Read by any site: public data, no cookies, nothing a cross-origin read could abuse. The
 * headers a script may want to read are exposed.
 */
export const corsHeaders = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'Retry-After, Content-Disposition, X-Total-Count',
} as const;

/**
 * One open-data endpoint (Astro's `ALL` export): answers a CORS preflight, refuses methods other
 * than GET and HEAD (405), takes the request from the client's `bucket` of the rate limit (429
 * with Retry-After), and turns "the engine is down" into 503. Every answer carries the CORS
 * headers; a HEAD answer carries the GET answer's headers and no body (a download is never
 * started for it).
 */
export function openDataRoute(
  name: string,
  handler: OpenDataHandler,
  bucket: RateBucket = 'read',
): (context: ApiContext) => Promise<Response> {
  return async (context) => {
    const method = context.request.method.toUpperCase();
    if (method === 'OPTIONS') return preflight();
    if (method !== 'GET' && method !== 'HEAD') {
      return withCors(apiError(405, 'method-not-allowed', { Allow: allowedMethods }));
    }
    const limited = rateLimit(context, bucket);
    if (limited !== undefined) {
      return withCors(failureResponse(limited, requestLocale(context.request, context.url)));
    }
    const response = withCors(await answer(name, handler, context));
    if (method !== 'HEAD') return response;
    await response.body?.cancel();
    return new Response(null, { status: response.status, headers: response.headers });
  };
}

/** A JSON answer of the open-data API; 200s are cached briefly like the search API's. */
export function apiJson(body: unknown, status = 200, headers: Record<string, string> = {}) {
  return jsonResponse(status, body, { ...(status === 200 ? shortCache : {}), ...headers });
}

/** `{ error, fields? }`: a stable code for programs, the parameters at fault for people. */
export function apiError(
  status: number,
  error: string,
  headers: Record<string, string> = {},
  fields?: Record<string, string[]>,
): Response {
  return apiJson(fields === undefined ? { error } : { error, fields }, status, headers);
}

export function invalidParameters(fields: Record<string, string[]>): Response {
  return apiError(400, 'invalid-parameters', {}, fields);
}

// --- internal ---

async function answer(
  name: string,
  handler: OpenDataHandler,
  context: ApiContext,
): Promise<Response> {
  try {
    return await handler(context);
  } catch (error) {
    if (isEngineDown(error)) return apiError(503, 'engine-unavailable', { 'Retry-After': '30' });
    // The route's name, not the request: nothing a client sent is logged.
    console.error(`open data ${name}: ${error instanceof Error ? error.message : 'unknown error'}`);
    return apiError(500, 'internal-error');
  }
}

function preflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...corsHeaders,
      'Access-Control-Allow-Methods': allowedMethods,
      'Access-Control-Allow-Headers': '*',
      'Access-Control-Max-Age': '86400',
    },
  });
}

function withCors(response: Response): Response {
  for (const [header, value] of Object.entries(corsHeaders)) response.headers.set(header, value);
  return response;
}
