import type { Innovation } from '../../../src/lib/schema/innovation.ts';
import { toSearchDocument } from '../../../src/lib/index/document.ts';
import { indexSettings } from '../../../src/lib/index/settings.ts';
import type { Programme } from '../../../src/lib/schema/enums.ts';
import { startTestMeili, type TestMeili } from '../../helpers/meili.ts';
import { makeTempDir, type TempDir } from '../../helpers/temp.ts';
import { testPortal } from '../../helpers/test-portal.ts';

/*
 * Eight innovations whose freshness the tests count by hand (the table in each test), indexed
 * the way the ingest indexes them (`toSearchDocument`, the index settings). Status dates are
 * months before today, far from any window's edge: recent (3), mid (18), old (30), or none.
 */
export const SITE = 'https://lumbung.example';
const INDEX = 'freshness';

export const padang = 'Dinas Kesehatan Kota Padang';
export const bandung = 'Dinas Pendidikan Kabupaten Bandung';
export const jabar = 'Pemerintah Provinsi Jawa Barat';
export const kemenkes = 'Kementerian Kesehatan';

type Age = 'recent' | 'mid' | 'old' | 'never';
const monthsOf: Record<Exclude<Age, 'never'>, number> = { recent: 3, mid: 18, old: 30 };

interface Row {
  id: string;
  agency: string;
  programmes: Programme[];
  cluster: Innovation['cluster'];
  province: string | undefined;
  years: number[];
  age: Age;
}

const provinceCodes: Record<string, string> = { 'Sumatera Barat': '13', 'Jawa Barat': '32' };

/** The fixture as a table: id | agency | programmes | cluster | province | years | status date. */
const table: [string, string, Programme[], Row['cluster'], string | undefined, number[], Age][] = [
  ['a1', padang, ['kipp'], 'kota', 'Sumatera Barat', [2019], 'recent'],
  ['a2', 'DINAS KESEHATAN KOTA PADANG', ['kipp'], 'kota', 'Sumatera Barat', [2019, 2021], 'never'],
  ['a3', padang, ['kipp', 'iga'], 'kota', 'Sumatera Barat', [2021], 'old'],
  ['b1', bandung, ['iga'], 'kabupaten', 'Jawa Barat', [2019], 'mid'],
  ['b2', bandung, ['iga'], 'kabupaten', 'Jawa Barat', [2021], 'never'],
  ['c1', jabar, ['inolan'], 'provinsi', 'Jawa Barat', [2021], 'recent'],
  ['c2', jabar, ['inolan'], 'provinsi', 'Jawa Barat', [2023], 'mid'],
  ['d1', kemenkes, ['kipp'], 'kementerian', undefined, [2023], 'never'],
];

const rows: Row[] = table.map(([id, agency, programmes, cluster, province, years, age]) => ({
  id,
  agency,
  programmes,
  cluster,
  province,
  years,
  age,
}));

export interface FreshnessFixture {
  meili: TestMeili;
  dir: TempDir;
  portal: ReturnType<typeof testPortal>;
  stop(): Promise<void>;
}

export async function startFreshnessFixture(): Promise<FreshnessFixture> {
  const [meili, dir] = await Promise.all([startTestMeili(), makeTempDir('freshness')]);
  await meili.client.createIndex(INDEX, { primaryKey: 'id' }).waitTask();
  await meili.client.index(INDEX).updateSettings(indexSettings).waitTask();
  const task = await meili.client
    .index(INDEX)
    .addDocuments(rows.map((row) => toSearchDocument(innovation(row))))
    .waitTask();
  if (task.status !== 'succeeded') throw new Error(JSON.stringify(task.error));
  const portal = testPortal({
    MEILI_URL: meili.url,
    MEILI_MASTER_KEY: meili.masterKey,
    MEILI_INDEX: INDEX,
    DATA_DIR: dir.path,
    SITE_URL: SITE,
    RATE_LIMIT_WRITES: '1000',
  });
  return {
    meili,
    dir,
    portal,
    async stop() {
      await portal.close();
      await meili.stop();
      await dir.remove();
    },
  };
}

// --- internal ---

/** An ISO date `months` before today. */
function monthsAgo(months: number): string {
  const date = new Date();
  date.setUTCMonth(date.getUTCMonth() - months);
  return date.toISOString().slice(0, 10);
}

function innovation(row: Row): Innovation {
  const [year = 2019] = row.years;
  return {
    id: row.id,
    title: `Inovasi ${row.id}`,
    summary: 'Layanan publik.',
    sections: {},
    year,
    years: row.years,
    agency: row.agency,
    cluster: row.cluster,
    ...(row.province !== undefined && {
      provinceCode: provinceCodes[row.province],
      province: row.province,
    }),
    sectors: ['kesehatan'],
    categories: [],
    sdgs: [],
    status: row.age === 'never' ? 'tidak-diketahui' : 'berlanjut',
    ...(row.age !== 'never' && { statusUpdatedAt: monthsAgo(monthsOf[row.age]) }),
    awards: [],
    programmes: row.programmes,
    provenance: row.programmes.map((programme) => ({
      programme,
      sourceId: `${programme}-${row.id}`,
      year,
    })),
    innovators: [],
    interestCount: 0,
    replicationCount: 0,
    updatedAt: '2026-01-02T03:00:00.000Z',
  };
}
