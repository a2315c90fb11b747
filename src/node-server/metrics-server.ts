import { createServer, type Server } from 'node:http';
import type { Portal } from '../portal/types.ts';

/**
 * `/metrics` without a token on 127.0.0.1:`port` (METRICS_PORT): for a scraper on the same
 * machine, reached by no one else. Anything but GET or HEAD of `/metrics` is 404.
 */
export async function serveMetrics(portal: Portal, port: number): Promise<Server> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '').split('?', 1)[0];
    if (path !== '/metrics' || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404).end();
      return;
    }
    portal.metrics.exposition().then(
      ({ body, contentType }) => {
        res.writeHead(200, { 'Content-Type': contentType, 'Cache-Control': 'no-store' });
        res.end(req.method === 'HEAD' ? undefined : body);
      },
      () => {
        res.writeHead(500).end();
      },
    );
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', fail);
      done();
    });
  });
  return server;
}
