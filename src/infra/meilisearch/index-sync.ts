import type { Meilisearch } from 'meilisearch';
import type { InterestCounts, Database } from '../database/types.ts';
import { applyCounts } from './counts.ts';
import { applyAgencyLayer } from './agency-layer.ts';

export interface IndexSyncOptions {
  /** A client holding the master key (partial document updates). */
  client: Meilisearch;
  indexUid: string;
  store: Pick<Database, 'counts' | 'approvedUpdates'>;
  /** How long touches gather before one update goes out. */
  delayMs?: number;
  /** The first wait after a failed update; it doubles up to 30 s. */
  retryMs?: number;
  /** One line per outage (never a registrant's data: only counts of innovations). */
  log?: (line: string) => void;
}

export interface IndexSync {
  /** Marks an innovation whose counts changed; its document follows within `delayMs`. */
  touch(innovationId: string): void;
  /** Resolves once everything touched so far is in the index (the engine's task succeeded). */
  flush(): Promise<void>;
  /**
   * Writes the counts of every innovation with an entry, then lays every agency's approved
   * update over its innovation; resolves to the documents whose counts were updated.
   */
  reconcile(): Promise<number>;
  /**
   * Lays the approved agency updates of the given innovations (of all, without ids) over their
   * documents now (see `applyAgencyLayer`); resolves to the documents updated.
   */
  applyLayer(innovationIds?: readonly string[]): Promise<number>;
  /** Flushes for a few seconds at most, then stops; what is left is reconciled at next start. */
  stop(): Promise<void>;
  /**
   * What is not in the index yet: the innovations touched and not yet applied, and how long
   * the oldest of them has waited (0 when none): the index-sync lag a metric reports.
   */
  backlog(): { innovations: number; seconds: number };
}

const MAX_RETRY_MS = 30_000;
const STOP_WAIT_MS = 5_000;
const NONE: InterestCounts = { interestCount: 0, replicationCount: 0 };

/**
 * Keeps `interestCount` and `replicationCount` of the search index in step with the store:
 * changed innovations are batched, their counts read from the store at send time (so a later
 * change is never overwritten by an earlier one) and sent as one partial update per batch;
 * after the engine applied it they are read again, and any that changed meanwhile is sent
 * again (with several processes, another's older read may have been applied after ours).
 * While the engine is unreachable the ids are kept and retried with back-off.
 */
export function createIndexSync(options: IndexSyncOptions): IndexSync {
  const { client, indexUid, store, delayMs = 1000, retryMs = 500 } = options;
  const log =
    options.log ??
    ((line: string) => {
      console.warn(line);
    });
  const pending = new Set<string>();
  const waiters: { upTo: number; resolve: () => void }[] = [];
  // Touches are numbered; every touch up to `applied` is in the index.
  let touched = 0;
  let applied = 0;
  let failures = 0;
  let running = false;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  // When the oldest touch not yet in the index was made; how many are being sent now.
  let waitingSince: number | undefined;
  let inFlight = 0;

  const schedule = (ms: number): void => {
    if (timer !== undefined || running || stopped || pending.size === 0) return;
    timer = setTimeout(() => void send(), ms);
    timer.unref();
  };

  const send = async (): Promise<void> => {
    timer = undefined;
    running = true;
    const ids = [...pending];
    const upTo = touched;
    inFlight = ids.length;
    pending.clear();
    try {
      const sent = countsOf(ids, await store.counts(ids));
      await applyCounts(client, indexUid, sent);
      // Another process may have sent counts it read earlier and had them applied after ours:
      // any count that is not the store's now is sent again, so the last update applied is right.
      for (const id of changedSince(sent, countsOf(ids, await store.counts(ids)))) pending.add(id);
      if (failures > 0) log(`index sync: interest counts applied again after ${failures} tries`);
      failures = 0;
      applied = upTo;
      waitingSince = pending.size === 0 ? undefined : Date.now();
      for (const waiter of waiters.filter((waiter) => waiter.upTo <= applied)) waiter.resolve();
      waiters.splice(0, waiters.length, ...waiters.filter((waiter) => waiter.upTo > applied));
    } catch (error) {
      for (const id of ids) pending.add(id);
      failures += 1;
      if (failures === 1) log(`index sync: ${ids.length} innovations wait (${reason(error)})`);
    } finally {
      running = false;
      inFlight = 0;
    }
    const backoff = Math.min(retryMs * 2 ** (failures - 1), MAX_RETRY_MS);
    schedule(failures > 0 ? backoff : waiters.length > 0 ? 0 : delayMs);
  };

  const flush = (): Promise<void> => {
    if (applied >= touched) return Promise.resolve();
    const done = new Promise<void>((resolve) => waiters.push({ upTo: touched, resolve }));
    if (timer !== undefined && failures === 0) {
      clearTimeout(timer);
      timer = undefined;
      schedule(0);
    }
    return done;
  };

  const touch = (innovationId: string): void => {
    touched += 1;
    waitingSince ??= Date.now();
    pending.add(innovationId);
    schedule(delayMs);
  };

  return {
    touch,
    flush,
    backlog: () => ({
      innovations: pending.size + inFlight,
      seconds: waitingSince === undefined ? 0 : (Date.now() - waitingSince) / 1000,
    }),
    async reconcile() {
      const counts = await store.counts();
      let updated: number;
      try {
        updated = await applyCounts(client, indexUid, counts);
      } catch (error) {
        // The engine may come back later: the batching retries them in the background.
        for (const id of counts.keys()) touch(id);
        throw error;
      }
      await applyAgencyLayer(client, indexUid, await store.approvedUpdates());
      return updated;
    },
    applyLayer: async (innovationIds) =>
      applyAgencyLayer(client, indexUid, await store.approvedUpdates(innovationIds)),
    async stop() {
      let timeout: NodeJS.Timeout | undefined;
      await Promise.race([
        flush(),
        new Promise((resolve) => (timeout = setTimeout(resolve, STOP_WAIT_MS))),
      ]);
      clearTimeout(timeout);
      if (pending.size > 0 || running) {
        log(`index sync: stopped with ${pending.size} innovations not updated (next start fixes)`);
      }
      stopped = true;
      clearTimeout(timer);
      timer = undefined;
    },
  };
}

function countsOf(
  ids: readonly string[],
  counts: Map<string, InterestCounts>,
): Map<string, InterestCounts> {
  return new Map(ids.map((id) => [id, counts.get(id) ?? NONE]));
}

function changedSince(
  sent: Map<string, InterestCounts>,
  now: Map<string, InterestCounts>,
): string[] {
  return [...sent].flatMap(([id, before]) => {
    const after = now.get(id) ?? NONE;
    const same =
      after.interestCount === before.interestCount &&
      after.replicationCount === before.replicationCount;
    return same ? [] : [id];
  });
}

function reason(error: unknown): string {
  if (!(error instanceof Error)) return 'unknown error';
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.name}: ${error.message}${cause}`;
}
