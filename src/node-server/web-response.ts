import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';

/**
 * Writes a Web `Response` to a node response. The routes answer small JSON documents, so the
 * body is read whole and sent with its length (no chunked framing); a HEAD answer sends none.
 */
export async function writeWebResponse(
  response: Response,
  res: ServerResponse,
  head: boolean,
): Promise<void> {
  const body = response.body === null || head ? undefined : await response.bytes();
  const headers: OutgoingHttpHeaders = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers['set-cookie'] = cookies;
  if (body !== undefined) headers['content-length'] = body.byteLength;
  res.writeHead(response.status, headers);
  res.end(body);
}
