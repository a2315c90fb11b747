import { z } from 'zod';

/** An innovation named in a changelog: its id and its title at the time. */
export const changedInnovationSchema = z.object({ id: z.string(), title: z.string() });

/**
 * What a snapshot changed against the one before it (every record is `added` in the first):
 * how many of each, and the first `changelogNames` of each by name.
 */
export const snapshotChangesSchema = z.object({
  counts: z.object({ added: z.int(), changed: z.int(), removed: z.int() }),
  added: z.array(changedInnovationSchema),
  changed: z.array(changedInnovationSchema),
  removed: z.array(changedInnovationSchema),
});

/** How many innovations of each kind a changelog names (the counts cover them all). */
export const changelogNames = 500;
export type SnapshotChanges = z.infer<typeof snapshotChangesSchema>;

/**
 * One dated version of the published records, for a researcher to cite: the day it was
 * published (one per day, the day's last publication), when, how many records, what changed.
 */
export interface SnapshotSummary {
  day: string;
  publishedAt: string;
  records: number;
  changes: SnapshotChanges;
}

/** The dated snapshots in the store (never rebuilt from the sources, so backed up with it). */
export interface SnapshotStore {
  /**
   * Saves a snapshot: its records (gzip NDJSON, in parts of about a megabyte, each written by
   * a statement of its own so no write of the site waits on a long transaction), then its
   * summary, which makes it the day's (replacing an earlier one of the same day).
   */
  saveSnapshot(summary: SnapshotSummary, parts: AsyncIterable<Uint8Array>): Promise<void>;
  /** Newest first, without their records. */
  snapshots(): Promise<SnapshotSummary[]>;
  /** A day's records (gzip NDJSON, its parts in order), or undefined when there is none. */
  snapshotParts(day: string): Promise<AsyncGenerator<Uint8Array> | undefined>;
  /** Keeps the newest `keep` snapshots; resolves to how many were deleted. */
  pruneSnapshots(keep: number): Promise<number>;
}
