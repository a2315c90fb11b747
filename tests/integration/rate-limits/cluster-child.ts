import cluster from 'node:cluster';
import { once } from 'node:events';
import { clusterCounters, serveClusterRateLimits } from '../../../src/infra/rate-limits/cluster.ts';

/**
 * `node cluster-child.ts <workers> <takes> <perMinute>`: a cluster primary keeping the counts
 * and `<workers>` workers, each taking `<takes>` requests of one client at once (all in one
 * turn of its event loop, so they go as one message); prints the allowed count of each worker
 * and how many took the local fallback, as JSON.
 */
const [workers, takes, perMinute] = process.argv.slice(2).map(Number);
if (cluster.isPrimary) {
  serveClusterRateLimits();
  const results: unknown[] = [];
  const exits: Promise<unknown>[] = [];
  for (let n = 0; n < (workers ?? 0); n += 1) {
    const worker = cluster.fork();
    exits.push(once(worker, 'exit'));
    worker.on('message', (message: unknown) => {
      if (typeof message === 'object' && message !== null && 'allowed' in message)
        results.push(message);
    });
  }
  await Promise.all(exits);
  console.log(JSON.stringify(results));
} else {
  let fallbacks = 0;
  const counters = clusterCounters(() => (fallbacks += 1));
  const counter = counters.counter({ name: 'write', perMinute: perMinute ?? 0 });
  const decisions = await Promise.all(
    Array.from({ length: takes ?? 0 }, () => counter.take('203.0.113.7')),
  );
  const allowed = decisions.filter((decision) => decision.ok).length;
  const refused = decisions.filter((decision) => !decision.ok && decision.retryAfterSeconds >= 1);
  await counters.close();
  process.send?.({ allowed, refused: refused.length, fallbacks }, () => {
    process.disconnect();
  });
}
