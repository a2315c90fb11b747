import type { IncomingMessage } from 'node:http';

/**
 * The URL a request names, or undefined when it names none the site can answer: a target that
 * is not a path (the absolute form `GET http://x/cari` a proxy would be sent, `OPTIONS *`), or a
 * Host a URL cannot be made of or that carries credentials (`Host: a@b`). Those are answered 400
 * before anything else sees them: Astro would build its Request from them and fail (a 500 with
 * a stack trace in the log) or answer another page. A missing Host (HTTP/1.0) is this server's.
 */
export function requestTarget(req: IncomingMessage): URL | undefined {
  const target = req.url ?? '';
  if (!target.startsWith('/') || target.startsWith('//')) return undefined;
  const host = req.headers.host ?? `localhost:${String(req.socket.localPort ?? 80)}`;
  const url = URL.parse(`http://${host}${target}`);
  if (url === null || url.username !== '' || url.password !== '') return undefined;
  if (url.host !== host.toLowerCase()) return undefined;
  return url;
}
