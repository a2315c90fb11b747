import { DatabaseSync } from 'node:sqlite';
import type { Meilisearch } from 'meilisearch';
import type { Database } from '../src/infra/database/types.ts';
import type { Acknowledged } from './interest-requests.ts';

export interface StoreCheck {
  acknowledged: number;
  /** Acknowledged and stored exactly once (one row, registrations = 1, right innovation). */
  once: number;
  missing: number;
  /** More than one row, or a registrations counter above 1, or another innovation. */
  wrong: number;
  /** Stored, but the answer never reached the client (a request in flight at the kill). */
  unanswered: number;
  integrity: string;
}

/**
 * Reads the SQLite file itself (not through the store under test): every registration the
 * server acknowledged is there exactly once, and SQLite finds the file intact.
 */
export function checkStore(file: string, run: string, acknowledged: readonly Acknowledged[]) {
  const db = new DatabaseSync(file);
  try {
    const rows = db
      .prepare('SELECT innovation_id, agency, registrations FROM registrations WHERE agency LIKE ?')
      .all(`Dinas Uji ${run} %`);
    const byAgency = new Map<string, { innovation: string; registrations: number }[]>();
    for (const row of rows) {
      const agency = String(row.agency);
      const found = byAgency.get(agency) ?? [];
      found.push({
        innovation: String(row.innovation_id),
        registrations: Number(row.registrations),
      });
      byAgency.set(agency, found);
    }
    const check: StoreCheck = {
      acknowledged: acknowledged.length,
      once: 0,
      missing: 0,
      wrong: 0,
      unanswered: byAgency.size - acknowledged.length,
      integrity: '',
    };
    for (const { agency, innovationId } of acknowledged) {
      const found = byAgency.get(agency) ?? [];
      if (found.length === 0) check.missing += 1;
      else if (
        found.length === 1 &&
        found[0]?.registrations === 1 &&
        found[0].innovation === innovationId
      )
        check.once += 1;
      else check.wrong += 1;
    }
    check.unanswered = byAgency.size - check.once - check.wrong;
    const integrity = db.prepare('PRAGMA integrity_check').all();
    check.integrity = integrity.map((row) => String(row.integrity_check)).join('; ');
    return check;
  } finally {
    db.close();
  }
}

/**
 * Waits until every innovation's counts in the index equal the store's (the index sync has
 * caught up): resolves to the seconds it took, or undefined with the mismatches left.
 */
export async function indexCaughtUp(
  client: Meilisearch,
  indexUid: string,
  store: Pick<Database, 'counts'>,
  timeoutMs: number,
): Promise<{ seconds?: number; mismatched: number; innovations: number }> {
  const started = performance.now();
  for (;;) {
    const counts = await store.counts();
    const { results } = await client.index(indexUid).getDocuments({
      fields: ['id', 'interestCount', 'replicationCount'],
      limit: 100_000,
    });
    const mismatched = results.filter((doc) => {
      const expected = counts.get(String(doc.id));
      return (
        doc.interestCount !== (expected?.interestCount ?? 0) ||
        doc.replicationCount !== (expected?.replicationCount ?? 0)
      );
    }).length;
    const elapsed = performance.now() - started;
    if (mismatched === 0) return { seconds: elapsed / 1000, mismatched, innovations: counts.size };
    if (elapsed > timeoutMs) return { mismatched, innovations: counts.size };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
