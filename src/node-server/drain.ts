import type { Server } from 'node:http';
import type { Portal } from '../portal/types.ts';

/** How long the answers under way may take to finish once the server is told to stop. */
const DRAIN_MS = 5_000;
/** How often connections left idle by a finished answer are closed while draining. */
const IDLE_SWEEP_MS = 50;

/**
 * A graceful stop: the portal marked stopping (`/readyz` says 503, every answer says
 * `Connection: close`), no new connection accepted, the answers under way finished (up to
 * `DRAIN_MS`, then their connections are cut), each connection closed once it is idle.
 */
export function drainServer(server: Server, portal: Pick<Portal, 'beginStop'>): Promise<void> {
  portal.beginStop();
  return new Promise((done) => {
    const sweep = setInterval(() => {
      server.closeIdleConnections();
    }, IDLE_SWEEP_MS);
    const cut = setTimeout(() => {
      server.closeAllConnections();
    }, DRAIN_MS);
    server.close(() => {
      clearInterval(sweep);
      clearTimeout(cut);
      done();
    });
    server.closeIdleConnections();
  });
}
