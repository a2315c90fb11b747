import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { qualityData } from '../../../src/features/admin/quality.ts';
import type { IngestReport } from '../../../src/lib/ingest-report.ts';
import { makeTempDir, type TempDir } from '../../helpers/temp.ts';
import { testPortal } from '../../helpers/test-portal.ts';

/*
 * The dashboard's places and categories from the run history in a real store: for each file,
 * the warnings of the newest run that read it; dry runs and failed runs do not count.
 */
let dir: TempDir;
let portal: ReturnType<typeof testPortal>;

const stats = (file: string) => ({
  file,
  programme: 'kipp' as const,
  read: 10,
  accepted: 10,
  rejected: 0,
  warnings: 1,
});
const place = (file: string, row: number, name: string) => ({
  file,
  row,
  field: 'Kabupaten/Kota',
  reason: `${JSON.stringify(name)} is not a known region; kept as written`,
});
const category = (file: string, row: number, name: string) => ({
  file,
  row,
  field: 'Kategori',
  reason: `${JSON.stringify(name)} is not in the sector mapping`,
});

async function record(at: string, report: Partial<IngestReport>, dryRun = false): Promise<void> {
  const full = {
    files: [],
    rejected: [],
    warnings: [],
    merged: 0,
    total: 1,
    renamed: [],
    ...report,
  };
  await (
    await portal.database()
  ).recordIngestRun({
    startedAt: at,
    finishedAt: at,
    status: 'ok',
    dryRun,
    published: !dryRun,
    inputs: full.files.map((file) => file.file),
    total: 1,
    rejected: 0,
    warnings: full.warnings.length,
    report: full,
  });
}

beforeAll(async () => {
  dir = await makeTempDir('quality');
  portal = testPortal({ DATA_DIR: dir.path });
  // An older run read both files; a newer one read a.csv again, where row 3 was corrected.
  await record('2026-12-01T00:00:00.000Z', {
    files: [stats('a.csv'), stats('b.csv')],
    warnings: [
      place('a.csv', 3, 'Kota Antah Berantah'),
      place('b.csv', 9, 'Kabupaten Sukamaju'),
      category('b.csv', 4, 'Urusan Lain-lain'),
    ],
  });
  await record('2026-12-02T00:00:00.000Z', {
    files: [stats('a.csv')],
    warnings: [place('a.csv', 7, 'Kabupaten Sukamaju'), category('a.csv', 8, 'Urusan Lain-lain')],
  });
  // A dry run of a.csv says nothing about what was published.
  await record(
    '2026-12-03T00:00:00.000Z',
    { files: [stats('a.csv')], warnings: [place('a.csv', 1, 'Sumatera Tengah')] },
    true,
  );
});
afterAll(async () => {
  await portal.close();
  await dir.remove();
});

describe('places and categories on the dashboard', () => {
  it('are counted per value with their files and rows, from the newest run of each file', async () => {
    const data = await qualityData(portal);
    expect(data.places).toEqual([
      {
        value: 'Kabupaten Sukamaju',
        count: 2,
        where: [
          { file: 'a.csv', row: 7 },
          { file: 'b.csv', row: 9 },
        ],
      },
    ]);
    expect(data.categories).toEqual([
      {
        value: 'Urusan Lain-lain',
        count: 2,
        where: [
          { file: 'a.csv', row: 8 },
          { file: 'b.csv', row: 4 },
        ],
      },
    ]);
    // No run measured the quality (reports before it have none): the page says so.
    expect(data.quality).toBeUndefined();
  });
});
