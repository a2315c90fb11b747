import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { routeNameOf } from '../i18n/route-names.ts';
import type { Portal } from '../portal/types.ts';
import { ASSETS_PATH } from './precompressed.ts';

/** An X-Request-Id a proxy set (nginx's `$request_id`, a UUID) is kept; anything else is not. */
const FORWARDED_ID = /^[A-Za-z0-9-]{8,64}$/;

/**
 * Tracks one request from its arrival to the end of its answer: gives it an id (the proxy's
 * X-Request-Id when it sent a sane one), echoed in the answer's `X-Request-Id`, then writes one
 * JSON line to the portal's log and counts it in the metrics. The line holds the time, method,
 * route name (never the path, which may hold a private token), status, duration, id and the
 * answering process: never
 * a header, a body or a query string.
 */
export function trackRequest(portal: Portal, req: IncomingMessage, res: ServerResponse): void {
  const started = performance.now();
  const forwarded = req.headers['x-request-id'];
  const id =
    typeof forwarded === 'string' && FORWARDED_ID.test(forwarded) ? forwarded : randomUUID();
  res.setHeader('X-Request-Id', id);
  res.once('close', () => {
    const seconds = (performance.now() - started) / 1000;
    const route = routeLabel(req.url);
    const method = req.method ?? 'GET';
    // An answer cut before its end (the client left, a stop cut it) is logged as such.
    const status = res.writableFinished ? res.statusCode : 499;
    portal.metrics.observe({ method, route, status, seconds });
    portal.log.info(
      JSON.stringify({
        time: new Date().toISOString(),
        method,
        route,
        status,
        ms: Math.round(seconds * 10_000) / 10,
        id,
        // Which of several site processes answered (WEB_CONCURRENCY).
        pid: process.pid,
      }),
    );
  });
}

/** The route's name, `asset` for a build file, `other` for what the route table does not hold. */
function routeLabel(url: string | undefined): string {
  const pathname = (url ?? '/').split('?', 1)[0] ?? '/';
  if (pathname.startsWith(ASSETS_PATH)) return 'asset';
  return routeNameOf(pathname) ?? 'other';
}
