import type { Locale } from '../i18n/locales.ts';
import { describeError } from '../lib/text/error.ts';
import { isEngineDown } from '../infra/meilisearch/errors.ts';
import type { CachePolicy } from './cache.ts';
import { failures, methodNotAllowed, type HttpFailure } from './failure.ts';
import type { Limits, RateBucket, RequestContext } from './limits.ts';
import { requestLocale } from './locale.ts';
import { toResponse, type JsonStatus, type Outcome } from './outcome.ts';

export type { Outcome } from './outcome.ts';

/** What a route gets of a request: Astro's endpoint context and the site server's both fit. */
export interface EndpointRequest extends RequestContext {
  readonly url: URL;
  readonly params: Readonly<Record<string, string | undefined>>;
}

/** What the edge needs of the portal: the allowances, and where a failed answer is logged. */
export interface EdgePortal {
  readonly limits: Limits;
  readonly log: { error(line: string): void };
}

export interface HandlerContext<P> extends EndpointRequest {
  readonly portal: P;
  readonly locale: Locale;
}

export type Handler<P> = (context: HandlerContext<P>) => Promise<Outcome>;

export interface EndpointSpec<P> {
  /** For the log: never the path, which may hold a private token. */
  name: string;
  GET?: Handler<P>;
  POST?: Handler<P>;
  /** The allowance a GET (or HEAD) takes before its handler runs. */
  readBucket?: RateBucket;
  /** Readable by any site: answers preflights, carries the CORS headers, GET and HEAD only. */
  cors?: boolean;
  /**
   * What an error thrown by a handler becomes, when it is not the engine being away (always
   * `unavailable`): `unavailable` for routes whose database may be away, else a bug (500).
   */
  thrown?: 'unavailable' | 'internal-error';
  /** Headers on every answer of the route, failures included (a private entry's). */
  headers?: Readonly<Record<string, string>>;
}

/** A route as the site server and Astro call it: the request, and the portal answering it. */
export type Endpoint<P> = (request: EndpointRequest, portal: P) => Promise<Response>;

/**
 * One endpoint: dispatches GET (and HEAD, answered with GET's headers and no body) and POST to
 * their handlers, answers any other method 405 with `Allow`, takes the read allowance, and
 * maps every outcome (and every thrown error) to its status, headers, cache and body in the
 * request's language. The one place an endpoint's answer is made.
 */
export function defineEndpoint<P extends EdgePortal>(spec: EndpointSpec<P>): Endpoint<P> {
  const allow = [
    ...(spec.GET === undefined ? [] : ['GET', 'HEAD']),
    ...(spec.POST === undefined ? [] : ['POST']),
    ...(spec.cors === true ? ['OPTIONS'] : []),
  ];
  const extra = { ...(spec.cors === true ? corsHeaders : {}), ...spec.headers };
  return async (request, portal) => {
    const locale = requestLocale(request.request, request.url);
    const method = request.request.method.toUpperCase();
    const respond = (outcome: Outcome) => toResponse(outcome, locale, extra);
    if (method === 'OPTIONS' && spec.cors === true) return preflight(allow);
    const handler =
      method === 'GET' || method === 'HEAD' ? spec.GET : method === 'POST' ? spec.POST : undefined;
    if (handler === undefined) return respond(refused(methodNotAllowed(allow)));
    if (handler === spec.GET && spec.readBucket !== undefined) {
      const limited = await portal.limits.take(request, spec.readBucket);
      if (limited !== undefined) return respond(refused(limited));
    }
    const response = respond(await run(spec, handler, { ...contextOf(request), portal, locale }));
    if (method !== 'HEAD') return response;
    await response.body?.cancel();
    return new Response(null, { status: response.status, headers: response.headers });
  };
}

/** A failure as an outcome. */
export function refused(failure: HttpFailure): Outcome {
  return { kind: 'failure', failure };
}

/** A JSON answer; 200 unless said otherwise, not stored by caches unless a policy is given. */
export function json(
  body: unknown,
  options: { status?: JsonStatus; cache?: CachePolicy; headers?: Record<string, string> } = {},
): Outcome {
  return { kind: 'json', body, ...options };
}

/**
 * Read by any site: public data, no cookies, nothing a cross-origin read could abuse. The
 * headers a script may want to read are exposed.
 */
export const corsHeaders = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'Retry-After, Content-Disposition, X-Total-Count, Link',
} as const;

// --- internal ---

/** The request's own fields, read once (Astro's `clientAddress` is a getter that may throw). */
function contextOf(request: EndpointRequest): EndpointRequest {
  let clientAddress: string;
  try {
    clientAddress = request.clientAddress;
  } catch {
    clientAddress = 'unknown';
  }
  return { request: request.request, url: request.url, params: request.params, clientAddress };
}

async function run<P extends EdgePortal>(
  spec: EndpointSpec<P>,
  handler: Handler<P>,
  context: HandlerContext<P>,
): Promise<Outcome> {
  try {
    return await handler(context);
  } catch (error) {
    // The route's name, not its path: a path may hold a private token.
    context.portal.log.error(`${spec.name} ${context.request.method}: ${describeError(error)}`);
    if (isEngineDown(error) || spec.thrown === 'unavailable') return refused(failures.unavailable);
    return refused(failures.internal);
  }
}

function preflight(allow: readonly string[]): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...corsHeaders,
      'Access-Control-Allow-Methods': allow.join(', '),
      'Access-Control-Allow-Headers': '*',
      'Access-Control-Max-Age': '86400',
    },
  });
}
