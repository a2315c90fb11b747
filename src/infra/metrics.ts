import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { MailStatus } from './database/outbox-types.ts';
import type { PoolUse } from './database/types.ts';
import type { IndexSync } from './meilisearch/index-sync.ts';

/** What the metrics read when they are scraped (each may be away: a store not open yet). */
export interface MetricSources {
  /** The index sync's backlog, once it runs. */
  indexBacklog: () => ReturnType<IndexSync['backlog']> | undefined;
  /** The store's connection pool (PostgreSQL), once open; SQLite has none. */
  poolUse: () => PoolUse | undefined;
  /** Messages in the outbox by status, once the store is open. */
  outboxDepth: () => Promise<Record<MailStatus, number>> | undefined;
}

/** One answered request, as the request log and the metrics record it. */
export interface ObservedRequest {
  method: string;
  /** The route's name in the route table (`innovation`, `activity`), never the path. */
  route: string;
  status: number;
  seconds: number;
}

export interface PortalMetrics {
  observe: (request: ObservedRequest) => void;
  /** The Prometheus text exposition of every metric, and its content type. */
  exposition: () => Promise<{ body: string; contentType: string }>;
}

/** Seconds: the interest API's goal (100 ms) and a page's (a few hundred) fall between buckets. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The portal's metrics in a registry of its own (two portals in one process never mix):
 * requests by route, method and status, latency histograms by route, the index-sync lag, the
 * store pool's use, and Node's own process metrics. Labels are route names and status codes,
 * never a path, a token or anything a visitor typed.
 */
export function createMetrics(sources: MetricSources): PortalMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: 'http_requests_total',
    help: 'Requests answered, by route name, method and status.',
    labelNames: ['route', 'method', 'status'],
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time from the request to the end of its answer, by route name and method.',
    labelNames: ['route', 'method'],
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  backlogGauges(registry, sources);
  poolGauge(registry, sources);
  outboxGauge(registry, sources);
  return {
    observe: ({ method, route, status, seconds }) => {
      requests.inc({ route, method, status: String(status) });
      latency.observe({ route, method }, seconds);
    },
    exposition: async () => ({ body: await registry.metrics(), contentType: registry.contentType }),
  };
}

function backlogGauges(registry: Registry, sources: MetricSources): void {
  new Gauge({
    name: 'index_sync_pending_innovations',
    help: 'Innovations whose interest counts changed and are not in the search index yet.',
    registers: [registry],
    collect() {
      this.set(sources.indexBacklog()?.innovations ?? 0);
    },
  });
  new Gauge({
    name: 'index_sync_lag_seconds',
    help: 'How long the oldest change not yet in the search index has waited (0: none).',
    registers: [registry],
    collect() {
      this.set(sources.indexBacklog()?.seconds ?? 0);
    },
  });
}

function poolGauge(registry: Registry, sources: MetricSources): void {
  new Gauge({
    name: 'store_pool_connections',
    help: "The store's connection pool (PostgreSQL): connections by state.",
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const use = sources.poolUse();
      if (use === undefined) return;
      this.set({ state: 'total' }, use.total);
      this.set({ state: 'idle' }, use.idle);
      this.set({ state: 'waiting' }, use.waiting);
    },
  });
}

function outboxGauge(registry: Registry, sources: MetricSources): void {
  new Gauge({
    name: 'mail_outbox_messages',
    help: 'Messages in the outbox by status (queued and sending: not delivered yet).',
    labelNames: ['status'],
    registers: [registry],
    async collect() {
      // A store that cannot answer leaves the gauge out of this scrape rather than failing it.
      const counts = await sources.outboxDepth()?.catch(() => undefined);
      if (counts === undefined) return;
      for (const [status, count] of Object.entries(counts)) this.set({ status }, count);
    },
  });
}
