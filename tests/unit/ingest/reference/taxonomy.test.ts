import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCategoryRows, loadSectorMapper } from '../../../../ingest/reference/taxonomy.ts';
import { programmeSchema } from '../../../../src/lib/schema/enums.ts';

const folder = mkdtempSync(join(tmpdir(), 'taxonomy-'));
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

function csvFile(name: string, text: string): string {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
}

describe('the bundled category-sectors.csv', () => {
  const rows = loadCategoryRows();
  const mapper = loadSectorMapper();

  it('covers every programme', () => {
    for (const programme of programmeSchema.options) {
      expect(rows.some((row) => row.programme === programme)).toBe(true);
    }
  });

  it('has KIPP labels for every competition year but 2024', () => {
    const years = new Set(rows.flatMap((row) => (row.programme === 'kipp' ? row.years : [])));
    expect([...years].sort()).toEqual([
      2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2025,
    ]);
  });

  it('maps the labels SOURCES.md names', () => {
    expect(mapper.mapCategory('kipp', 'Kesehatan')).toEqual(['kesehatan']);
    expect(mapper.mapCategory('kipp', 'Penegakan Hukum')).toEqual(['keamanan-ketertiban', 'hukum']);
    expect(mapper.mapCategory('kipp', 'Tata Kelola Pemerintahan')).toEqual(['tata-kelola']);
    expect(mapper.mapCategory('kipp', 'Pelayanan Publik Inklusif dan Berkeadilan')).toEqual([
      'sosial-kemiskinan',
      'perempuan-anak',
    ]);
    expect(mapper.mapCategory('iga', 'Kependudukan dan Pencatatan Sipil')).toEqual([
      'kependudukan',
    ]);
    expect(mapper.mapCategory('iga', 'Pertanian')).toEqual(['pertanian-pangan']);
    expect(mapper.mapCategory('inolan', 'Pelayanan Kesehatan')).toEqual(['kesehatan']);
  });

  it('knows the 32 urusan pemerintahan of IGA', () => {
    const urusan = [
      'Pendidikan',
      'Kesehatan',
      'Pekerjaan Umum dan Penataan Ruang',
      'Perumahan Rakyat dan Kawasan Permukiman',
      'Ketenteraman, Ketertiban Umum dan Perlindungan Masyarakat',
      'Sosial',
      'Tenaga Kerja',
      'Pemberdayaan Perempuan dan Perlindungan Anak',
      'Pangan',
      'Pertanahan',
      'Lingkungan Hidup',
      'Kependudukan dan Pencatatan Sipil',
      'Pemberdayaan Masyarakat dan Desa',
      'Pengendalian Penduduk dan Keluarga Berencana',
      'Perhubungan',
      'Komunikasi dan Informatika',
      'Koperasi, Usaha Kecil dan Menengah',
      'Penanaman Modal',
      'Kepemudaan dan Olah Raga',
      'Statistik',
      'Persandian',
      'Kebudayaan',
      'Perpustakaan',
      'Kearsipan',
      'Kelautan dan Perikanan',
      'Pariwisata',
      'Pertanian',
      'Kehutanan',
      'Energi dan Sumber Daya Mineral',
      'Perdagangan',
      'Perindustrian',
      'Transmigrasi',
    ];
    expect(urusan).toHaveLength(32);
    for (const label of urusan) expect(mapper.mapCategory('iga', label), label).toBeDefined();
  });
});

describe('loadSectorMapper on a given file', () => {
  it('reads a small file with a byte-order mark', () => {
    const path = csvFile(
      'ok.csv',
      '\uFEFFprogramme,label,sectors,years\ninolan,Pelayanan Pasar,ekonomi-umkm,\n',
    );
    expect(loadSectorMapper(path).mapCategory('inolan', 'pelayanan pasar')).toEqual([
      'ekonomi-umkm',
    ]);
  });

  it('names the line of an unknown sector slug', () => {
    const path = csvFile(
      'bad-sector.csv',
      'programme,label,sectors,years\niga,Sosial,sosial-kemiskinan,\niga,Pangan,pangan,\n',
    );
    expect(() => loadSectorMapper(path)).toThrow(/bad-sector\.csv line 3: sectors\.0: /);
  });

  it('names the line of a label listed twice for one programme', () => {
    const path = csvFile(
      'repeat.csv',
      'programme,label,sectors,years\niga,Sosial,sosial-kemiskinan,\niga,SOSIAL,sosial-kemiskinan,\n',
    );
    expect(() => loadSectorMapper(path)).toThrow(
      /repeat\.csv line 3: iga label "SOSIAL" repeats line 2/,
    );
  });
});
