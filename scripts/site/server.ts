import { loadConfig } from '../../src/infra/config.ts';
import { serveSite } from '../../src/node-server/serve-site.ts';
import { createPortal } from '../../src/portal/create.ts';
import { stopOnSignal } from '../../src/node-server/stop-on-signal.ts';
import { SITE_DIR } from './build.ts';

/**
 * `node scripts/site/server.ts [<build dir>]`: serves a built site (default `dist/`) on
 * HOST:PORT for one portal built from the environment, as `npm start` does in its own process;
 * `startSiteServer` runs it for tests and benches. SIGTERM or SIGINT closes the server and the
 * portal (the index sync flushed, the database closed).
 */
const buildDir = process.argv[2] ?? SITE_DIR;
const config = loadConfig();
const portal = createPortal(config);
await portal.start();
const site = await serveSite({ buildDir, portal, host: config.HOST, port: config.PORT });
stopOnSignal(async () => {
  await site.close();
  await portal.close();
});
portal.log.info(`Site server listening on ${site.url} (${buildDir})`);
