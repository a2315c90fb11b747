import type { AdminToken } from '../infra/admin-token.ts';
import type { Limits } from '../http/limits.ts';
import type { PortalMetrics } from '../infra/metrics.ts';
import type { Config } from '../infra/config.ts';
import type { Database } from '../infra/database/types.ts';
import type { IndexSync } from '../infra/meilisearch/index-sync.ts';
import type { SiteSearch } from '../infra/meilisearch/site-engine.ts';
import type { KippRegistration } from '../lib/trends/kipp.ts';
import type { RegionIndex } from '../lib/regions/index.ts';
import type { InnovationLookup } from './innovation-lookup.ts';
import type { PortalMail } from './mail.ts';

/** Where the portal's own lines go (start, outages); never a visitor's data. */
export interface PortalLog {
  readonly info: (line: string) => void;
  readonly warn: (line: string) => void;
  readonly error: (line: string) => void;
}

/**
 * Everything a running portal needs, built once from one configuration by `createPortal` and
 * handed down: to the site server's own routes as a parameter, to Astro's pages and endpoints
 * as `Astro.locals.portal`, to a test as a fresh instance.
 */
export interface Portal {
  readonly config: Config;
  readonly log: PortalLog;
  /** Different for every portal started: part of the innovation page's ETag. */
  readonly bootId: string;
  /** The engine through the search-only key. */
  readonly search: SiteSearch;
  /**
   * The database, opened (migrations applied) on the first call or at `start`; a failed open is
   * forgotten, so the next call tries again (a database that was down a moment ago).
   */
  readonly database: () => Promise<Database>;
  /** Tells the index that an innovation's counts changed (see `IndexSync.touch`). */
  readonly touchCounts: (innovationId: string) => void;
  /** The outbox's sender (with SMTP_URL): told when a message was written. */
  readonly mail: Pick<PortalMail, 'delivering' | 'kick'>;
  /** The running index sync, for a caller that must wait for the index (tests, shutdown). */
  readonly indexSync: () => Promise<IndexSync>;
  /** Whether an innovation is in the catalogue, remembered for a while. */
  readonly innovations: InnovationLookup;
  readonly limits: Limits;
  /** Requests by route and status, latencies, the index-sync lag, the store pool (`/metrics`). */
  readonly metrics: PortalMetrics;
  /** The official provinces and regencies, read from REFERENCE_DIR on first use. */
  readonly regions: () => RegionIndex;
  /** KIPP registrations per year (the trends page's context chart), read on first use. */
  readonly kippRegistrations: () => KippRegistration[];
  /** The administrators' token (ADMIN_TOKEN or DATA_DIR/admin-token), read on first use. */
  readonly adminToken: () => Promise<AdminToken>;
  /**
   * Opens the database now (not under the first request), starts the index sync and the
   * catalogue listing; a database that cannot be opened is reported and tried again later.
   */
  readonly start: () => Promise<void>;
  /**
   * True once the process began to stop (`beginStop`, or `close`): `/readyz` then answers 503
   * so that a load balancer sends nothing new while the answers under way finish.
   */
  readonly stopping: () => boolean;
  readonly beginStop: () => void;
  /** Flushes the index sync, stops the timers, closes the database. */
  readonly close: () => Promise<void>;
}
