import { startNginx } from '../scripts/nginx/run.ts';
import { childPids } from '../scripts/child-pids.ts';
import { startSiteServer, type SiteServer } from '../scripts/site/serve.ts';
import { freePort } from '../src/infra/meilisearch/port.ts';
import type { Setup } from './interest-setup.ts';

/** How the portal is served in one run of the bench. */
export interface Variant {
  name: string;
  /** Site processes: `WEB_CONCURRENCY` of one server, or one server each behind nginx. */
  processes: 1 | 2;
  nginx: boolean;
}

export const variants: readonly Variant[] = [
  { name: '1 process (WEB_CONCURRENCY=1), direct', processes: 1, nginx: false },
  { name: '2 processes (WEB_CONCURRENCY=2), direct', processes: 2, nginx: false },
  { name: '2 processes behind nginx (deploy/)', processes: 2, nginx: true },
];

/** `--only`'s values: one variant to run (no fault run), to iterate on one of them faster. */
export const variantKeys = new Map<string, Variant>([
  ['1', variants[0] as Variant],
  ['2', variants[1] as Variant],
  ['nginx', variants[2] as Variant],
]);

/** The portal served one way: where to send requests, whose CPU to count, how to end it. */
export interface Served {
  url: string;
  /** Every process serving it, by name (site processes, nginx's), for the CPU shares. */
  pids(): Record<string, number>;
  /** The site servers (one, or the two behind nginx). */
  servers: SiteServer[];
  stop(): Promise<void>;
}

/**
 * Serves the bench's build on its data as `variant` says. Behind nginx, two site servers on one
 * DATA_DIR (the SQLite store in WAL mode is shared by processes) are the upstream of the shipped
 * `deploy/nginx/lumbung.conf`, as two units of `deploy/systemd/` would be.
 */
export async function serve(setup: Setup, variant: Variant): Promise<Served> {
  if (!variant.nginx) {
    const env = { ...setup.server.env, WEB_CONCURRENCY: String(variant.processes) };
    const server = await startSiteServer({ ...setup.server, env });
    return {
      url: server.url,
      pids: () => sitePids(server, 'site'),
      servers: [server],
      stop: () => server.stop(),
    };
  }
  const servers: [SiteServer, SiteServer] = [
    await startSiteServer(setup.server),
    await startSiteServer({ ...setup.server, port: await freePort() }),
  ];
  const nginx = await startNginx({ upstreams: servers.map((one) => new URL(one.url).host) });
  return {
    url: nginx.url,
    pids: () => ({
      ...sitePids(servers[0], 'site 1'),
      ...sitePids(servers[1], 'site 2'),
      ...Object.fromEntries(nginx.pids().map((pid, n) => [nginxName(n), pid])),
    }),
    servers,
    stop: async () => {
      await nginx.stop();
      await Promise.all(servers.map((one) => one.stop()));
    },
  };
}

// --- internal ---

/** A server's process, and under WEB_CONCURRENCY > 1 its workers (the process is their primary). */
function sitePids(server: SiteServer, name: string): Record<string, number> {
  const workers = childPids(server.pid);
  if (workers.length === 0) return { [name]: server.pid };
  return {
    [`${name} primary`]: server.pid,
    ...Object.fromEntries(workers.map((pid, n) => [`${name} worker ${String(n + 1)}`, pid])),
  };
}

const nginxName = (n: number) => (n === 0 ? 'nginx master' : `nginx worker ${String(n)}`);
