import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';

/** A node request as the Web `Request` a route reads, with the URL it was made from. */
export interface WebRequest {
  request: Request;
  url: URL;
}

/**
 * Builds the Web request from a node request the way Astro's node adapter does: the URL from
 * the Host header (or this server's own address when it is missing or unusable), the headers
 * as node parsed them, and a GET or HEAD without body; any other method's body is streamed
 * (`duplex: 'half'`), so the route's own limit decides how much of it is read. Throws for what
 * a Web request cannot carry (the caller hands those to Astro, which answers them as before).
 */
export function toWebRequest(req: IncomingMessage): WebRequest {
  const method = req.method ?? 'GET';
  const url = requestUrl(req);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
  }
  const withBody = method !== 'GET' && method !== 'HEAD';
  const body = withBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : null;
  const request = new Request(url, { method, headers, body, ...(withBody && { duplex: 'half' }) });
  return { request, url };
}

// --- internal ---

function requestUrl(req: IncomingMessage): URL {
  const path = req.url ?? '/';
  const host = req.headers.host;
  if (host !== undefined) {
    const url = URL.parse(`http://${host}${path}`);
    if (url !== null) return url;
  }
  const own = `localhost:${String(req.socket.localPort ?? 80)}`;
  return URL.parse(`http://${own}${path}`) ?? new URL(`http://${own}/`);
}
