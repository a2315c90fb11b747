import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startInterest } from '../features/interest/instance.ts';
import { createSiteServer, type NodeHandler } from './site-server.ts';

export interface ServeSiteOptions {
  /** The build to serve (its `server/entry.mjs`, the node adapter's standalone entry). */
  buildDir: string;
  host: string;
  port: number;
  log: (line: string) => void;
}

export interface ServedSite {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/**
 * Serves a built site on `host:port`: the node adapter's handler loaded without its own server
 * (static files and the Astro app), inside the site server, which answers the interest API
 * itself. The interest store is opened (migrations), the index sync started and the catalogue's
 * ids listed before the first request, not under it.
 */
export async function serveSite(options: ServeSiteOptions): Promise<ServedSite> {
  const astro = await loadAstroHandler(options.buildDir);
  await startInterest(options.log);
  const server = createSiteServer(astro);
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port, options.host, () => {
      server.off('error', fail);
      done();
    });
  });
  return {
    url: `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${String(options.port)}`,
    server,
    close: () => closeServer(server),
  };
}

// --- internal ---

/**
 * The adapter's entry starts its own server on import unless told not to; its `handler` is
 * what that server would run (static files, then the app).
 */
async function loadAstroHandler(buildDir: string): Promise<NodeHandler> {
  process.env.ASTRO_NODE_AUTOSTART = 'disabled';
  const entry = pathToFileURL(resolve(join(buildDir, 'server', 'entry.mjs'))).href;
  const loaded: unknown = await import(entry);
  if (!hasHandler(loaded)) throw new Error(`${entry} exports no request handler`);
  return loaded.handler;
}

function hasHandler(value: unknown): value is { handler: NodeHandler } {
  return (
    typeof value === 'object' &&
    value !== null &&
    'handler' in value &&
    typeof value.handler === 'function'
  );
}

function closeServer(server: Server): Promise<void> {
  return new Promise((done) => {
    server.close(() => {
      done();
    });
    server.closeAllConnections();
  });
}
