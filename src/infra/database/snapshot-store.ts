import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { countOf, isoTime, timestamp } from './rows.ts';
import {
  snapshotChangesSchema,
  type SnapshotStore,
  type SnapshotSummary,
} from './snapshot-types.ts';
import type { StatementRunner } from './outbox-store.ts';

/**
 * The snapshots' methods over either database (the store's `createSqlDatabase` adds them). A
 * snapshot's parts are stored under a key of its own, so a day's new snapshot is written
 * whole before its summary row points at it; parts no summary points at are deleted after.
 */
export function snapshotStore(driver: StatementRunner): SnapshotStore {
  const deleteOrphanParts = () =>
    driver.all({
      text: 'DELETE FROM snapshot_parts WHERE snapshot NOT IN (SELECT snapshot FROM snapshots)',
      params: {},
    });
  return {
    async saveSnapshot(summary, parts) {
      const snapshot = randomUUID();
      let part = 0;
      for await (const data of parts) {
        await driver.all({
          text: 'INSERT INTO snapshot_parts (snapshot, part, data) VALUES (:snapshot, :part, :data)',
          params: { snapshot, part: part++, data },
        });
      }
      await driver.all({
        text: `INSERT INTO snapshots (day, snapshot, published_at, records, changes)
          VALUES (:day, :snapshot, :publishedAt, :records, :changes)
          ON CONFLICT (day) DO UPDATE SET snapshot = excluded.snapshot,
            published_at = excluded.published_at, records = excluded.records,
            changes = excluded.changes`,
        params: {
          day: summary.day,
          snapshot,
          publishedAt: isoTime(summary.publishedAt),
          records: summary.records,
          changes: JSON.stringify(summary.changes),
        },
      });
      await deleteOrphanParts();
    },
    async snapshots() {
      const rows = await driver.all({
        text: 'SELECT day, published_at, records, changes FROM snapshots ORDER BY day DESC',
        params: {},
      });
      return rows.map(toSummary);
    },
    async snapshotParts(day) {
      const [row] = await driver.all({
        text: 'SELECT snapshot FROM snapshots WHERE day = :day',
        params: { day },
      });
      if (row === undefined) return undefined;
      const { snapshot } = snapshotRowSchema.parse(row);
      return (async function* readParts() {
        for (let part = 0; ; part++) {
          const [data] = await driver.all({
            text: 'SELECT data FROM snapshot_parts WHERE snapshot = :snapshot AND part = :part',
            params: { snapshot, part },
          });
          if (data === undefined) return;
          yield dataRowSchema.parse(data).data;
        }
      })();
    },
    async pruneSnapshots(keep) {
      const stale = `FROM snapshots WHERE day NOT IN
        (SELECT day FROM snapshots ORDER BY day DESC LIMIT :keep)`;
      const [row] = await driver.all({
        text: `SELECT CAST(count(*) AS integer) AS n ${stale}`,
        params: { keep },
      });
      const count = countOf(row);
      if (count > 0) {
        await driver.all({ text: `DELETE ${stale}`, params: { keep } });
        await deleteOrphanParts();
      }
      return count;
    },
  };
}

// --- internal ---

const summaryRowSchema = z.object({
  day: z.string(),
  published_at: timestamp,
  records: z.int(),
  changes: z.string().transform((text) => snapshotChangesSchema.parse(JSON.parse(text))),
});

const snapshotRowSchema = z.object({ snapshot: z.string() });

/** SQLite gives a blob as a Uint8Array, PostgreSQL's bytea as a Buffer (a Uint8Array too). */
const dataRowSchema = z.object({ data: z.instanceof(Uint8Array) });

function toSummary(row: unknown): SnapshotSummary {
  const r = summaryRowSchema.parse(row);
  return { day: r.day, publishedAt: r.published_at, records: r.records, changes: r.changes };
}
