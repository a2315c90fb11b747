import cluster from 'node:cluster';
import { fileURLToPath } from 'node:url';
import { loadConfig, siteProcessCount } from '../../src/infra/config.ts';
import { serveSite } from '../../src/node-server/serve-site.ts';
import { agencyReminders } from '../../src/features/accounts/reminders.ts';
import { startIngestJobs } from '../../ingest/jobs/worker.ts';
import {
  forkSiteProcesses,
  restartOnHangup,
  SERVING_MESSAGE,
} from '../../src/node-server/site-processes.ts';
import { createPortal } from '../../src/portal/create.ts';
import { stopOnSignal } from '../../src/node-server/stop-on-signal.ts';
import { SITE_DIR } from './build.ts';

/**
 * `node scripts/site/server.ts [<build dir>]`: serves a built site (default `dist/`) on
 * HOST:PORT for one portal built from the environment, or under WEB_CONCURRENCY=N as the
 * primary of N such processes (`node:cluster`, one port). It is also what each site process of
 * `npm start` runs (a cluster worker: it tells its primary when it listens and counts rate
 * limits through it), and `startSiteServer` runs it for tests and benches. SIGTERM or SIGINT
 * closes the server and the portal (the answers under way finish, the index sync flushed, the
 * database closed); SIGHUP to a primary restarts its processes one by one.
 */
const buildDir = process.argv[2] ?? SITE_DIR;
const config = loadConfig();
const processes = siteProcessCount(config);
if (cluster.isPrimary && processes > 1) {
  const log = (line: string) => {
    console.log(line);
  };
  const exec = fileURLToPath(import.meta.url);
  const site = await forkSiteProcesses({ count: processes, exec, args: [buildDir], log });
  stopOnSignal(site.stop);
  restartOnHangup(site, log);
} else {
  const portal = createPortal(config, { inCluster: cluster.isWorker });
  await portal.start();
  // Every process runs the reminders' job; the store's lease lets one of them do each round.
  const reminders = agencyReminders(portal);
  reminders.start();
  // The admin area's ingest jobs: every process looks for them; the ingest lease runs one.
  const jobs = startIngestJobs({ config, database: portal.database, log: portal.log });
  const site = await serveSite({ buildDir, portal, host: config.HOST, port: config.PORT });
  stopOnSignal(async () => {
    await site.close();
    await jobs.stop();
    await reminders.stop();
    await portal.close();
  });
  portal.log.info(`Site server ${String(process.pid)} listening on ${site.url} (${buildDir})`);
  process.send?.(SERVING_MESSAGE);
}
