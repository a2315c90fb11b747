import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { drainServer } from '../../../src/node-server/drain.ts';
import { createSiteServer } from '../../../src/node-server/site-server.ts';
import { testPortal } from '../../helpers/test-portal.ts';

/**
 * A graceful stop of the site server, with a stand-in for Astro's handler whose answer waits
 * until the test lets it go: what is under way finishes, nothing new is taken.
 */
let server: Server | undefined;

afterEach(() => {
  server?.closeAllConnections();
  server?.close();
});

async function slowServer() {
  const portal = testPortal({ DATA_DIR: '/nonexistent' });
  const released = Promise.withResolvers<undefined>();
  const started = Promise.withResolvers<undefined>();
  server = createSiteServer({
    astro: (_req, res) => {
      started.resolve(undefined);
      void released.promise.then(() =>
        res.writeHead(200, { 'content-type': 'text/plain' }).end('done'),
      );
    },
    portal,
  });
  const listening = server;
  await new Promise<void>((done) => listening.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${String((listening.address() as AddressInfo).port)}`;
  return {
    portal,
    server: listening,
    origin,
    release: () => {
      released.resolve(undefined);
    },
    started: started.promise,
  };
}

function get(url: string): Promise<{ status: number; connection?: string; body: string }> {
  return new Promise((done, fail) => {
    const req = request(url, { agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => {
        done({ status: res.statusCode ?? 0, connection: res.headers.connection, body });
      });
    });
    req.on('error', fail);
    req.end();
  });
}

describe('draining the site server', () => {
  it('finishes the answer under way, takes no new connection, then resolves', async () => {
    const site = await slowServer();
    const underWay = get(`${site.origin}/cari`);
    await site.started;
    let drained = false;
    const draining = drainServer(site.server, site.portal).then(() => (drained = true));
    expect(site.portal.stopping()).toBe(true);
    await expect(get(`${site.origin}/healthz`)).rejects.toThrow(/ECONNREFUSED/);
    expect(drained).toBe(false);
    site.release();
    const answer = await underWay;
    expect(answer).toEqual({ status: 200, connection: 'close', body: 'done' });
    await draining;
    expect(drained).toBe(true);
  });

  it('cuts an answer that does not finish in time', { timeout: 10_000 }, async () => {
    const site = await slowServer();
    const underWay = get(`${site.origin}/cari`);
    await site.started;
    const started = Date.now();
    await drainServer(site.server, site.portal);
    expect(Date.now() - started).toBeGreaterThanOrEqual(4_900);
    await expect(underWay).rejects.toThrow(/socket hang up|ECONNRESET/);
  });
});
