import { writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INDEX, allIds, ingestInto } from '../../helpers/ingest-into.ts';
import { startTestMeili, type TestMeili } from '../../helpers/meili.ts';
import { makeTempDir, type TempDir } from '../../helpers/temp.ts';

/**
 * Ids stay unique when a changed source record splits an innovation: two `SIAP` rows of one
 * city merge into one innovation; when the 2020 row is retitled, both halves held a record that
 * carried the old id. Before, both got it, the run said "2" and the index held 1.
 */
let meili: TestMeili;
let data: TempDir;

beforeAll(async () => {
  meili = await startTestMeili();
  data = await makeTempDir('ids');
}, 60_000);

afterAll(async () => {
  await meili.stop();
  await data.remove();
});

const header =
  'No Registrasi,Tahun,Judul Inovasi,Instansi,Klaster,UPP,Provinsi,Kabupaten/Kota,Kategori,Penghargaan,SDGs,Mulai Inovasi,Ringkasan,Inovator,Kontak,Video,Status Keberlanjutan,Tanggal Pemutakhiran';

function row(registration: string, year: number, title: string): string {
  return [
    registration,
    String(year),
    title,
    'RSUD Kota Padang',
    'Kota',
    'RSUD',
    'Sumatera Barat',
    'Kota Padang',
    'Pelayanan Publik',
    'Top 99',
    '3',
    `${String(year)}-01`,
    `"${title}: antrean pasien rumah sakit daerah."`,
    'Rina Marlina',
    'rsud@padang.go.id',
    '',
    'Berlanjut',
    `${String(year)}-06-01`,
  ].join(',');
}

async function kippFile(rows: readonly string[]): Promise<string> {
  const file = data.file(`kipp-${String(rows.length)}-${String(Date.now())}.csv`);
  await writeFile(file, `${[header, ...rows].join('\n')}\n`);
  return file;
}

describe('ids after a source record changed', () => {
  it('two halves of a split innovation get two ids, and the index holds what the run reports', async () => {
    const first = await kippFile([
      row('KIPP-2019-00101', 2019, 'SIAP (Sistem Informasi Antrian Pasien)'),
      row('KIPP-2020-00202', 2020, 'SIAP'),
    ]);
    const before = await ingestInto(meili.client, data.path, [
      { programme: 'kipp', inputs: [first] },
    ]);
    expect(before.report.total).toBe(1);
    const [kept = ''] = await allIds(meili.client);

    const retitled = await kippFile([
      row('KIPP-2019-00101', 2019, 'SIAP (Sistem Informasi Antrian Pasien)'),
      row('KIPP-2020-00202', 2020, 'Bank Sampah Digital'),
    ]);
    const after = await ingestInto(
      meili.client,
      data.path,
      [{ programme: 'kipp', inputs: [retitled] }],
      { replace: true },
    );
    const ids = await allIds(meili.client);
    expect(after.report.total).toBe(2);
    expect(ids).toHaveLength(2);
    expect((await meili.client.index(INDEX).getStats()).numberOfDocuments).toBe(2);
    // The older half keeps the id (and its page's URL); the other gets its own.
    const { results } = await meili.client
      .index(INDEX)
      .getDocuments<{ id: string; title: string }>({ fields: ['id', 'title'] });
    const retitledDoc = results.find((doc) => doc.title === 'Bank Sampah Digital');
    const olderDoc = results.find((doc) => doc !== retitledDoc);
    expect(olderDoc?.id).toBe(kept);
    expect(retitledDoc?.id).not.toBe(kept);
  }, 120_000);
});
