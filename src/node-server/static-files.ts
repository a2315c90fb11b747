import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname } from 'node:path';
import { contentType } from 'mime-types';
import send from 'send';
import { ASSETS_PATH, precompressedVariant } from './precompressed.ts';

/**
 * Serves a file of the build's client folder (scripts, styles, images, the prerendered
 * dictionary files) for GET and HEAD, or calls `otherwise` when there is none: what the node
 * adapter's standalone server did before Astro's handler, which the middleware mode leaves to
 * us. Hashed assets (`/_astro/`) never change, so they are cached for a year, and go out in
 * the encoding stored at build time that the client accepts (`precompressedVariant`).
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
  const variant = precompressedVariant(req, clientDir, pathname);
  const stream = send(req, variant?.path ?? pathname, {
    root: clientDir,
    index: false,
    dotfiles: 'deny',
    // A range of an encoded body is a range of its bytes: no client asks for one of an asset.
    acceptRanges: variant === undefined,
  });
  let found = false;
  stream.on('file', () => {
    found = true;
  });
  stream.on('headers', () => {
    if (!pathname.startsWith(ASSETS_PATH)) return;
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    res.setHeader('Vary', 'Accept-Encoding');
    if (variant === undefined) return;
    res.setHeader('Content-Encoding', variant.encoding);
    res.setHeader('Content-Type', contentType(extname(pathname)) || 'application/octet-stream');
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
