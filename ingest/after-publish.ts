import type { Database } from '../src/infra/database/types.ts';
import type { IdChanges } from '../src/lib/curation/decision.ts';
import type { RunLogs } from './run-types.ts';
import { takeSnapshot } from './snapshot.ts';

/**
 * Tells the store what became of the ids the run no longer gives (the pages' 301 and 410). A
 * failure is told, never thrown: the index already serves the run, which must not be undone
 * or reported failed for it; those ids answer 404 instead.
 */
export async function recordIdChanges(
  store: Database,
  changes: IdChanges,
  at: string,
  warn: (line: string) => void,
): Promise<void> {
  try {
    await store.recordIdChanges(changes, at);
  } catch (error) {
    warn(`ingest: what became of removed ids could not be stored (${String(error)})`);
  }
}

/** The published records as the day's snapshot: a failure is told, the run stays published. */
export async function snapshotOf(
  store: Database,
  file: string,
  publishedAt: string,
  keep: number,
  logs: RunLogs,
): Promise<void> {
  try {
    const taken = await takeSnapshot(store, { file, publishedAt, keep });
    if (taken === undefined) return;
    const { added, changed, removed } = taken.changes.counts;
    logs.log(
      `snapshot ${taken.day}: ${taken.records} records (${added} added, ${changed} changed, ${removed} removed)`,
    );
  } catch (error) {
    logs.warn(`ingest: the dated snapshot was not saved (${String(error)})`);
  }
}
