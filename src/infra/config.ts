import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { describeIssues } from '../lib/zod-issues.ts';
import { ingestStageSchema } from '../lib/ingest-report.ts';

/**
 * The whole environment of the portal, the ingest and the scripts, declared once. Every
 * variable is documented in the README's table and listed in `.env.example`.
 */
const envSchema = z.object({
  DATA_DIR: z.string().min(1).default('.data'),
  SAMPLES_DIR: z.string().min(1).default('data/samples'),
  REFERENCE_DIR: z.string().min(1).default('data'),
  MEILI_URL: z.url({ protocol: /^https?$/ }).optional(),
  MEILI_MASTER_KEY: z.string().min(16).optional(),
  MEILI_INDEX: z
    .string()
    .regex(/^[a-zA-Z0-9_-]+$/, 'may hold only letters, digits, - and _')
    .default('innovations'),
  MEILI_BIN: z.string().min(1).optional(),
  MEILI_PORT: z.coerce.number().int().min(1).max(65535).default(7700),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(1).max(65535).default(4321),
  /** The public origin of the site (canonical links, sitemap, Open Graph); else the request's. */
  SITE_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** PostgreSQL for replication-interest data; else embedded SQLite at DATA_DIR/interest.sqlite. */
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  /** The administrators' token for /admin; else one generated on first start in DATA_DIR. */
  ADMIN_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  /** Registrations and stage changes a client may send per minute. */
  RATE_LIMIT_WRITES: z.coerce.number().int().min(1).default(20),
  /** Reads of the interest API a client may send per minute. */
  RATE_LIMIT_READS: z.coerce.number().int().min(1).default(600),
  /**
   * Heavy pages (the search page, trends, a browse listing: each runs searches) a client may
   * load per minute, so one client's burst of them cannot slow everyone else's.
   */
  RATE_LIMIT_PAGES: z.coerce.number().int().min(1).default(300),
  /**
   * An ingest that changes at most this share of the published records updates the live index
   * in place instead of building a new one (0: always build; `--full` for one run).
   */
  INCREMENTAL_MAX_SHARE: z.coerce.number().min(0).max(1).default(0.2),
  /** Dated snapshots of the published records kept (one per publishing day); 0 takes none. */
  SNAPSHOT_KEEP: z.coerce.number().int().min(0).max(1000).default(24),
  /** Ingest: columns of a spreadsheet row; a cell further right rejects its row. */
  INGEST_MAX_COLUMNS: z.coerce.number().int().min(16).max(16_384).default(512),
  /** Ingest: characters of one cell; a longer one rejects its row. */
  INGEST_MAX_CELL_CHARS: z.coerce.number().int().min(1000).default(200_000),
  /** Ingest: characters of a CSV record (a longer one rejects the file from there on), bytes of an NDJSON line. */
  INGEST_MAX_LINE_CHARS: z.coerce.number().int().min(1000).default(2_000_000),
  /** Ingest: arrays and objects nested in one JSON item; deeper rejects the item. */
  INGEST_MAX_DEPTH: z.coerce.number().int().min(8).max(1000).default(32),
  /** Ingest: entries of an .xlsx shared-string table; more reject the file. */
  INGEST_MAX_SHARED_STRINGS: z.coerce.number().int().min(1000).default(2_000_000),
  /** Ingest: inflated bytes of one .xlsx part; a bigger part rejects the file. */
  INGEST_MAX_PART_BYTES: z.coerce.number().int().min(1_000_000).default(256_000_000),
  /**
   * Ingest: seconds the ingest lease lasts unless its run renews it (every third of it); a run
   * whose process died is found cut short once this has passed.
   */
  INGEST_LEASE_S: z.coerce.number().min(1).max(3600).default(30),
  /** Admin area: bytes an ingest job's upload may have in all (its files together). */
  INGEST_UPLOAD_MAX_BYTES: z.coerce.number().int().min(1024).default(50_000_000),
  /** Admin area: files one ingest job may upload. */
  INGEST_UPLOAD_MAX_FILES: z.coerce.number().int().min(1).max(200).default(20),
  /** Admin area: how often each site process looks for a queued ingest job. */
  INGEST_JOB_POLL_MS: z.coerce.number().int().min(10).default(2_000),
  /** Admin area: megabytes of heap an ingest job's thread may use (it fails past them, not the site). */
  INGEST_JOB_HEAP_MB: z.coerce.number().int().min(64).default(512),
  /** Tests only: a run prints `ingest: paused at <stage>` on entering the stage and waits there. */
  INGEST_PAUSE_AT: ingestStageSchema.optional(),
  /** InoLAN URLs: seconds one request (headers and body) may take. */
  INOLAN_REQUEST_TIMEOUT_S: z.coerce.number().positive().max(3600).default(30),
  /** InoLAN URLs: seconds all pages of one URL may take, retries included. */
  INOLAN_RUN_TIMEOUT_S: z.coerce.number().positive().max(86_400).default(1800),
  /** InoLAN URLs: bytes one page may have (aborted as it streams in when bigger). */
  INOLAN_MAX_PAGE_BYTES: z.coerce.number().int().min(1024).default(20_000_000),
  /** InoLAN URLs: pages read from one URL at most. */
  INOLAN_MAX_PAGES: z.coerce.number().int().min(1).default(1000),
  /** InoLAN URLs: origins besides the URL's own a redirect may lead to, comma-separated. */
  INOLAN_REDIRECT_ORIGINS: z
    .string()
    .default('')
    .transform((list) =>
      list
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url({ protocol: /^https?$/ }).transform((origin) => new URL(origin).origin))),
  /** `/metrics` answers a request carrying `Authorization: Bearer <this>`; unset: it is not served. */
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  /** Serves `/metrics` without a token on this port of 127.0.0.1 (for a local scraper). */
  METRICS_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  /**
   * The SMTP server mail goes through (`smtp://user:pass@host:587`, `smtps://…`); unset, every
   * message stays in the outbox, readable by administrators.
   */
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  /** The sender of every message (`Lumbung Inovasi <noreply@example.go.id>`); needed with SMTP_URL. */
  MAIL_FROM: z.string().trim().min(3).max(200).optional(),
  /** The wait before a message that could not be sent is tried again; it doubles each time. */
  MAIL_RETRY_BASE_MS: z.coerce.number().int().min(1).default(30_000),
  /** The longest wait between two attempts. */
  MAIL_RETRY_MAX_MS: z.coerce.number().int().min(1).default(3_600_000),
  /** Attempts after which a message that is still refused for a temporary reason is marked failed. */
  MAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(24),
  /** How often each site process looks for due messages in the outbox. */
  MAIL_POLL_MS: z.coerce.number().int().min(10).default(5_000),
  /**
   * How often the agency reminders look for innovations not updated for 12 months (one process
   * of all those on the store does it, by a lease; each agency is reminded once a month at most).
   */
  REMINDER_CHECK_MS: z.coerce.number().int().min(10).default(3_600_000),
  /** `production` makes WEB_CONCURRENCY default to the number of cores. */
  NODE_ENV: z.string().optional(),
  /** Site processes `npm start` runs on one port (`node:cluster`); see `siteProcessCount`. */
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(256).optional(),
  /** Behind a reverse proxy: take the client's address from the last X-Forwarded-For hop. */
  TRUST_PROXY: z
    .enum(['true', 'false', '1', '0', ''])
    .default('false')
    .transform((value) => value === 'true' || value === '1'),
});

export type Config = z.output<typeof envSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses the environment once; a bad value stops the program with the variable it names. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(`invalid environment: ${describeIssues(parsed.error.issues)}`);
  }
  if (Boolean(parsed.data.MEILI_URL) !== Boolean(parsed.data.MEILI_MASTER_KEY)) {
    throw new ConfigError('invalid environment: set MEILI_URL and MEILI_MASTER_KEY together');
  }
  if (parsed.data.SMTP_URL !== undefined && parsed.data.MAIL_FROM === undefined) {
    throw new ConfigError('invalid environment: SMTP_URL needs MAIL_FROM (the sender address)');
  }
  return parsed.data;
}

/** WEB_CONCURRENCY, else one process in development and one per core in production. */
export function siteProcessCount(config: Pick<Config, 'WEB_CONCURRENCY' | 'NODE_ENV'>): number {
  if (config.WEB_CONCURRENCY !== undefined) return config.WEB_CONCURRENCY;
  return config.NODE_ENV === 'production' ? availableParallelism() : 1;
}
