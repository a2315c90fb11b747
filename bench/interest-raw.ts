import { createHash } from 'node:crypto';
import { agencyKey } from '../src/lib/interest/agency-key.ts';
import { loadConfig } from '../src/infra/config.ts';
import { openDatabase } from '../src/infra/database/open.ts';
import type { Place } from './interest-requests.ts';

export interface RawRate {
  writes: number;
  seconds: number;
  latencies: number[];
}

/**
 * The floor under the server's figures: `store.register` called directly in a loop (one after
 * another, as the synchronous SQLite driver runs them anyway) on a fresh store of its own.
 */
export async function rawStoreRate(
  dataDir: string,
  innovationIds: readonly string[],
  place: Place,
  seconds: number,
): Promise<RawRate> {
  const store = await openDatabase(loadConfig({ DATA_DIR: dataDir }));
  const latencies: number[] = [];
  const started = performance.now();
  try {
    for (let n = 0; performance.now() - started < seconds * 1000; n += 1) {
      const agency = `Dinas Uji Mentah ${n}`;
      const sent = performance.now();
      await store.register({
        agency,
        cluster: 'kabupaten',
        ...place,
        contactName: 'Petugas Uji Beban',
        email: `uji.${n}@example.go.id`,
        phone: '+62 812 0000 0000',
        note: undefined,
        consent: true,
        shareEmail: true,
        sharePhone: true,
        innovationId: innovationIds[n % innovationIds.length] ?? '',
        agencyKey: agencyKey(agency, place.provinceCode, place.regencyCode),
        tokenHash: createHash('sha256').update(`raw-${n}`).digest('hex'),
        now: new Date().toISOString(),
      });
      latencies.push(performance.now() - sent);
    }
  } finally {
    await store.close();
  }
  return { writes: latencies.length, seconds: (performance.now() - started) / 1000, latencies };
}
