import { loadConfig } from '../../src/infra/config.ts';
import { serveSite } from '../../src/node-server/serve-site.ts';
import { SITE_DIR } from './build.ts';

/**
 * `node scripts/site/server.ts [<build dir>]`: serves a built site (default `dist/`) on
 * HOST:PORT through the site server (the interest API answered directly, the rest by Astro),
 * as `npm start` does in its own process; `startSiteServer` runs it for tests and benches.
 */
const buildDir = process.argv[2] ?? SITE_DIR;
const config = loadConfig();
const log = (line: string) => {
  console.log(line);
};
const site = await serveSite({ buildDir, host: config.HOST, port: config.PORT, log });
log(`Site server listening on ${site.url} (${buildDir})`);
