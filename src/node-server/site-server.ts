import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { addSecurityHeaders } from '../http/security-headers.ts';
import { matchInterestRoute, type InterestRouteMatch } from './interest-routes.ts';
import { toWebRequest } from './web-request.ts';
import { writeWebResponse } from './web-response.ts';

/** A node request handler: Astro's standalone handler (static files, then the app). */
export type NodeHandler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * The site's HTTP server: the replication-interest JSON API answered directly (the load it
 * must carry does not fit through Astro's render path), everything else handed to `astro`.
 */
export function createSiteServer(astro: NodeHandler): Server {
  return createServer((req, res) => {
    const match = matchInterestRoute(req.method, req.url);
    if (match === undefined) astro(req, res);
    else void answer(match, req, res, astro);
  });
}

// --- internal ---

async function answer(
  match: InterestRouteMatch,
  req: IncomingMessage,
  res: ServerResponse,
  astro: NodeHandler,
): Promise<void> {
  let built: ReturnType<typeof toWebRequest>;
  try {
    built = toWebRequest(req);
  } catch {
    // What a Web request cannot carry: Astro answers it as it always has.
    astro(req, res);
    return;
  }
  try {
    const response = await match.route({
      ...built,
      params: match.params,
      clientAddress: req.socket.remoteAddress ?? 'unknown',
    });
    addSecurityHeaders(response.headers);
    await writeWebResponse(response, res, req.method === 'HEAD');
  } catch (error) {
    // The routes answer their own failures (503); this is the answer itself failing to go out.
    console.error(`site server: an interest API answer failed (${describe(error)})`);
    if (res.headersSent) res.destroy();
    else res.writeHead(500).end();
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : 'unknown error';
}
