import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';

/**
 * Builds the Web request of a node request whose URL is known (`requestTarget`): the headers
 * as node parsed them, and a GET or HEAD without body; any other method's body is streamed
 * (`duplex: 'half'`), so the route's own limit decides how much of it is read.
 */
export function toWebRequest(req: IncomingMessage, url: URL): Request {
  const method = req.method ?? 'GET';
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
  }
  const withBody = method !== 'GET' && method !== 'HEAD';
  const body = withBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : null;
  return new Request(url, { method, headers, body, ...(withBody && { duplex: 'half' }) });
}
