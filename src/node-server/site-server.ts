import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { describeError } from '../lib/text/error.ts';
import { defaultLocale, type Locale } from '../i18n/locales.ts';
import { acceptedLocale } from '../http/locale.ts';
import { failures } from '../http/failure.ts';
import { toResponse } from '../http/outcome.ts';
import { addSecurityHeaders } from '../http/security-headers.ts';
import type { Portal } from '../portal/types.ts';
import { compressingHandler } from './compress.ts';
import { matchOwnRoute, type OwnRouteMatch } from './own-routes.ts';
import { trackRequest } from './request-log.ts';
import { requestTarget } from './request-target.ts';
import { serveStatic } from './static-files.ts';
import { toWebRequest } from './web-request.ts';
import { writeWebResponse } from './web-response.ts';

/**
 * Astro's handler in the node adapter's middleware mode: it renders pages and endpoints with
 * the `locals` it is given (the portal), and calls `next` for what it has no route for.
 */
export type AstroHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  next: undefined,
  locals: App.Locals,
) => void | Promise<void>;

export interface SiteServerOptions {
  astro: AstroHandler;
  portal: Portal;
  /** The build's client folder (`dist/client`); none: no static files (a test's server). */
  clientDir?: string;
}

/**
 * The site's HTTP server: every request logged and counted (`trackRequest`), every answer compressed as the client accepts (`compressingHandler`),
 * a request target that is not a URL refused (400), the replication-interest JSON API answered
 * directly, the build's files served, everything else handed to Astro with the portal as
 * `locals.portal`.
 */
export function createSiteServer(options: SiteServerOptions): Server {
  const { astro, portal, clientDir } = options;
  const toAstro = (req: IncomingMessage, res: ServerResponse) => {
    void astro(req, res, undefined, { portal });
  };
  const route = (req: IncomingMessage, res: ServerResponse): void => {
    // While stopping, a client's next request goes to another process.
    if (portal.stopping()) res.setHeader('Connection', 'close');
    const url = requestTarget(req);
    if (url === undefined) {
      const locale = acceptedLocale(req.headers['accept-language']) ?? defaultLocale;
      void writeWebResponse(badRequest(locale), res, req.method === 'HEAD');
      return;
    }
    const match = matchOwnRoute(req.method, url.pathname);
    if (match !== undefined) void answer(portal, match, url, req, res);
    else if (clientDir === undefined) toAstro(req, res);
    else {
      serveStatic(clientDir, req, res, url.pathname, () => {
        toAstro(req, res);
      });
    }
  };
  const compress = compressingHandler();
  return createServer((req, res) => {
    trackRequest(portal, req, res);
    compress(req, res, () => {
      route(req, res);
    });
  });
}

// --- internal ---

/** No URL to read `?lang` from: the language is the client's Accept-Language, else Indonesian. */
function badRequest(locale: Locale): Response {
  const response = toResponse({ kind: 'failure', failure: failures.badRequest }, locale);
  addSecurityHeaders(response.headers);
  return response;
}

async function answer(
  portal: Portal,
  match: OwnRouteMatch,
  url: URL,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  try {
    const response = await match.endpoint(
      {
        request: toWebRequest(req, url),
        url,
        params: match.params,
        clientAddress: req.socket.remoteAddress ?? 'unknown',
      },
      portal,
    );
    addSecurityHeaders(response.headers);
    await writeWebResponse(response, res, req.method === 'HEAD');
  } catch (error) {
    // The endpoints answer their own failures; this is the answer itself failing to go out.
    portal.log.error(`site server: an interest API answer failed (${describeError(error)})`);
    if (res.headersSent) res.destroy();
    else res.writeHead(failures.internal.status).end();
  }
}
