import { parentPort, workerData } from 'node:worker_threads';
import type { Config } from '../../src/infra/config.ts';
import { runNextJob, type JobMessage } from './run-job.ts';

/**
 * The thread an admin-area ingest job runs in (started by `worker.ts`): a heap and an event
 * loop of its own, so the site process keeps answering while the job reads and merges, and a
 * file that exhausts the heap ends this thread, never the site. `stop` from the site process
 * (it is shutting down) ends the run as a cancel would.
 */
const port = parentPort;
if (port === null) throw new Error('ingest/jobs/thread.ts runs as a worker thread');
const { config } = workerData as { config: Config };
const stop = new AbortController();
port.on('message', (message: unknown) => {
  if (message === 'stop') stop.abort();
});
await runNextJob(config, {
  stop: stop.signal,
  tell: (message: JobMessage) => {
    port.postMessage(message);
  },
});
// The engine client's idle sockets would keep the thread alive a few seconds more.
process.exit(0);
