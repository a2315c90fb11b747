import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Reply {
  status: number;
  body: string;
  type?: string;
}

export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Path and query of every request received, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** A real HTTP server on 127.0.0.1 and a random port, answering every request with `reply`. */
export function startServer(reply: (url: URL) => Reply): Promise<TestServer> {
  return startHandlerServer((url, _request, response) => {
    const { status, body, type = 'application/json' } = reply(url);
    response.writeHead(status, { 'content-type': type });
    response.end(body);
  });
}

/**
 * A real HTTP server on 127.0.0.1 and a random port whose handler writes the response itself:
 * late, in pieces, or never.
 */
export async function startHandlerServer(
  handle: (url: URL, request: IncomingMessage, response: ServerResponse) => void,
): Promise<TestServer> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    requests.push(`${url.pathname}${url.search}`);
    handle(url, request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
      }),
  };
}

/** A JSON reply in the InoLAN page shape. */
export function pageReply(page: number, items: readonly unknown[], total: number): Reply {
  return {
    status: 200,
    body: JSON.stringify({ data: items, meta: { page, per_page: 2, total } }),
  };
}
