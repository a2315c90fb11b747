import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import type { IngestLease } from '../src/infra/database/ingest-runs.ts';
import type { Database } from '../src/infra/database/types.ts';

/** Another run holds the lease and this one was not told to wait (the CLI exits 1). */
export class IngestBusyError extends Error {
  override name = 'IngestBusyError';
}

export interface LeaseOptions {
  /** Who asks, for the message another run prints: `cli`, `site`, `admin job 4`. */
  who: string;
  /** How long the lease lasts unless renewed. */
  ttlMs: number;
  /** Wait for the other run to end (`--wait`) instead of stopping. */
  wait: boolean;
  /** Told once when waiting starts. */
  log: (line: string) => void;
}

/** The lease while a run holds it: renewed by a heartbeat until released. */
export interface HeldLease {
  readonly holder: string;
  /** Names the run in the lease and renews it with each heartbeat from now on. */
  attach(runId: number): Promise<void>;
  /** Renews now; throws when the lease was lost (a run must not publish then). */
  confirm(): Promise<void>;
  release(): Promise<void>;
}

/** How often a waiting run asks again. */
const WAIT_POLL_MS = 500;

/**
 * Takes the ingest lease in the store shared by the CLI, the site processes and the admin
 * area: one run at a time. When another run holds it, stops with who runs and since when, or
 * with `wait` asks again until it is free (or has expired: its holder stopped renewing).
 */
export async function takeIngestLease(store: Database, options: LeaseOptions): Promise<HeldLease> {
  const holder = `${options.who} on ${hostname()} pid ${String(process.pid)} #${randomBytes(3).toString('hex')}`;
  let told = false;
  for (;;) {
    const now = Date.now();
    const attempt = await store.takeIngestLease(holder, iso(now), iso(now + options.ttlMs));
    if (attempt.taken) return heldLease(store, holder, options.ttlMs);
    const busy = describeBusy(attempt.lease);
    if (!options.wait) throw new IngestBusyError(`${busy}; stopping (--wait waits for it)`);
    if (!told) options.log(`${busy}; waiting for it to end (--wait)`);
    told = true;
    await sleep(WAIT_POLL_MS);
  }
}

/** "another ingest is running: cli on host pid 12 #ab12cd, since …, run #4 (merging)" */
export function describeBusy(lease: IngestLease | undefined): string {
  if (lease === undefined) return 'another ingest is running';
  const run =
    lease.runId === undefined
      ? ''
      : `, run #${String(lease.runId)}${lease.stage === undefined ? '' : ` (${lease.stage})`}`;
  return `another ingest is running: ${lease.holder}, since ${lease.acquiredAt}${run}; its lease ends at ${lease.expiresAt} unless renewed`;
}

// --- internal ---

function heldLease(store: Database, holder: string, ttlMs: number): HeldLease {
  let runId: number | undefined;
  const renew = async () => {
    const now = Date.now();
    if (!(await store.renewIngestLease(holder, iso(now + ttlMs), runId))) {
      throw new Error('the ingest lease was lost (this run stopped renewing it in time)');
    }
    if (runId !== undefined) await store.touchIngestRun(runId, iso(now));
  };
  // A missed beat (the store busy) is made up by the next; `confirm` says when it is lost.
  const beat = setInterval(() => {
    renew().catch(() => undefined);
  }, ttlMs / 3);
  return {
    holder,
    async attach(id) {
      runId = id;
      await renew();
    },
    confirm: renew,
    async release() {
      clearInterval(beat);
      await store.releaseIngestLease(holder);
    },
  };
}

const iso = (ms: number) => new Date(ms).toISOString();
