import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Portal } from '../portal/types.ts';
import { drainServer } from './drain.ts';
import { serveMetrics } from './metrics-server.ts';
import { createSiteServer, type AstroHandler } from './site-server.ts';

export interface ServeSiteOptions {
  /** The build to serve: its `server/entry.mjs` (the node adapter's middleware) and `client/`. */
  buildDir: string;
  portal: Portal;
  host: string;
  port: number;
}

export interface ServedSite {
  url: string;
  server: Server;
  /** Stops gracefully: the answers under way finish (bounded), nothing new is taken. */
  close(): Promise<void>;
}

/**
 * Serves a built site on `host:port` for one portal: the build's files, the interest API the
 * site server answers itself, and Astro's handler for the rest; and `/metrics` on
 * 127.0.0.1:METRICS_PORT when it is set. The portal is the caller's: it
 * starts and closes it (an entry point, a test).
 */
export async function serveSite(options: ServeSiteOptions): Promise<ServedSite> {
  const astro = await loadAstroHandler(options.buildDir);
  const clientDir = resolve(join(options.buildDir, 'client'));
  const server = createSiteServer({ astro, portal: options.portal, clientDir });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port, options.host, () => {
      server.off('error', fail);
      done();
    });
  });
  const metricsPort = options.portal.config.METRICS_PORT;
  const metrics =
    metricsPort === undefined ? undefined : await serveMetrics(options.portal, metricsPort);
  return {
    url: `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${String(options.port)}`,
    server,
    close: async () => {
      await drainServer(server, options.portal);
      if (metrics === undefined) return;
      metrics.closeAllConnections();
      await new Promise((done) => {
        metrics.close(done);
      });
    },
  };
}

// --- internal ---

/** The adapter's entry in middleware mode exports the handler and starts no server. */
async function loadAstroHandler(buildDir: string): Promise<AstroHandler> {
  const entry = pathToFileURL(resolve(join(buildDir, 'server', 'entry.mjs'))).href;
  const loaded: unknown = await import(entry);
  if (!hasHandler(loaded)) throw new Error(`${entry} exports no request handler`);
  return loaded.handler;
}

function hasHandler(value: unknown): value is { handler: AstroHandler } {
  return (
    typeof value === 'object' &&
    value !== null &&
    'handler' in value &&
    typeof value.handler === 'function'
  );
}
