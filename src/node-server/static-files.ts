import type { IncomingMessage, ServerResponse } from 'node:http';
import send from 'send';

/**
 * Serves a file of the build's client folder (scripts, styles, images, the prerendered
 * dictionary files) for GET and HEAD, or calls `otherwise` when there is none: what the node
 * adapter's standalone server did before Astro's handler, which the middleware mode leaves to
 * us. Hashed assets (`/_astro/`) never change, so they are cached for a year.
 */
export function serveStatic(
  clientDir: string,
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  otherwise: () => void,
): void {
  if ((req.method !== 'GET' && req.method !== 'HEAD') || pathname.endsWith('/')) {
    otherwise();
    return;
  }
  const stream = send(req, pathname, { root: clientDir, index: false, dotfiles: 'deny' });
  let found = false;
  stream.on('file', () => {
    found = true;
  });
  stream.on('headers', () => {
    if (pathname.startsWith('/_astro/')) {
      res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    }
  });
  stream.on('error', (error: { status?: number }) => {
    if (!found) {
      otherwise();
      return;
    }
    res.statusCode = error.status ?? 500;
    res.end();
  });
  stream.pipe(res);
}
