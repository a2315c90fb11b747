import type { IncomingMessage, ServerResponse } from 'node:http';
import compression from 'compression';

/** The site server's handler once the compression middleware has wrapped the response. */
export type CompressingHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  next: () => void,
) => void;

/**
 * Compresses what the site server answers (HTML, JSON, CSV, XML, SVG: whatever `compressible`
 * knows as text) with Brotli or gzip as the client's Accept-Encoding allows (Brotli first),
 * streamed, so a download is never held whole. Bodies under 1 kB go as they are (most interest
 * API answers); an answer already encoded (a precompressed asset) or marked `no-transform` is
 * left alone. The middleware's Brotli quality 4 is close to gzip's speed at a smaller size, what
 * a page rendered per request can afford; assets get quality 11 once, at build time.
 */
export function compressingHandler(): CompressingHandler {
  // The middleware touches only node's request and response, though its types name Express's.
  return compression() as unknown as CompressingHandler;
}
