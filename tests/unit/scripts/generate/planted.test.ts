import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  igaRecords,
  inolanPageNames,
  kippFileNames,
  kippRecords,
  readJsonItems,
  readKipp,
  readLines,
  samplesDir,
  type Item,
  type KippSheet,
} from './read-sample.ts';

interface Expected {
  file: string;
  row: number;
  field: string;
}

const expectedRejections = JSON.parse(
  readFileSync(join(samplesDir, 'expected-rejections.json'), 'utf8'),
) as Expected[];
const expectedWarnings = JSON.parse(
  readFileSync(join(samplesDir, 'expected-warnings.json'), 'utf8'),
) as (Expected & { reason: string })[];

const sheets = new Map<string, KippSheet>();
beforeAll(async () => {
  for (const file of kippFileNames(samplesDir)) sheets.set(file, await readKipp(samplesDir, file));
});

/** The KIPP cell at a spreadsheet row, by header name. */
const kippCell = (file: string, row: number, header: string): unknown => {
  const sheet = sheets.get(file);
  if (!sheet) throw new Error(`no sheet ${file}`);
  return sheet.rows[row - 1]?.[sheet.header.indexOf(header.toLowerCase())] ?? null;
};

const jsonItem = (file: string, row: number): Item | undefined =>
  readJsonItems(samplesDir, file)[row - 1];

describe('the planted rejections', () => {
  it('are the nine of the brief, one or two per format', () => {
    expect(
      expectedRejections.map(({ file, field }) => `${file.replace(/\d+/g, '#')} ${field}`).sort(),
    ).toEqual(
      [
        'iga/iga-#-#.json nama_inovasi',
        'iga/iga-#-#.json pemda',
        'iga/iga-#-#.jsonl tahun_penilaian',
        'iga/iga-#-#.ndjson (record)',
        'inolan/page-#.json instansi',
        'inolan/page-#.json tahun',
        'kipp/kipp-#.csv Instansi',
        'kipp/kipp-#.csv Judul Inovasi',
        'kipp/kipp-#.xlsx Tahun',
      ].sort(),
    );
  });

  it('sit where EXPECTED says, each broken in its field', () => {
    for (const { file, row, field } of expectedRejections) {
      const where = `${file}:${String(row)} ${field}`;
      if (file.startsWith('kipp/')) {
        const value = kippCell(file, row, field);
        if (field === 'Tahun') expect(String(value), where).toBe('20019');
        else expect(value ?? '', where).toBe('');
        expect(kippCell(file, row, 'Ringkasan'), where).not.toBe('');
      } else if (field === '(record)') {
        const line = readLines(samplesDir, file)[row - 1] ?? '';
        expect(() => JSON.parse(line) as unknown, where).toThrow();
        expect(line.startsWith('{"id":'), where).toBe(true);
      } else if (file.endsWith('.jsonl')) {
        const record = JSON.parse(readLines(samplesDir, file)[row - 1] ?? '{}') as Item;
        expect(record[field], where).toBe('abc');
      } else {
        const item = jsonItem(file, row);
        expect(item, where).toBeDefined();
        expect(item?.[field] ?? null, where).toBeNull();
      }
    }
  });
});

describe('the planted warnings', () => {
  it('cover an unresolvable region, an unknown category, a bad video link and a bad SDG in each programme that has them', () => {
    const kinds = new Set(
      expectedWarnings.map(({ file, field }) => `${file.split('/')[0] ?? ''} ${field}`),
    );
    for (const kind of [
      'kipp Kabupaten/Kota',
      'kipp Provinsi',
      'kipp Kategori',
      'kipp Tautan Video',
      'kipp TPB/SDGs',
      'iga pemda.nama',
      'iga urusan',
      'iga video',
      'inolan wilayah.nama_kabkot',
      'inolan kategori',
      'inolan sdgs',
    ]) {
      expect(kinds, kind).toContain(kind);
    }
  });

  it('sit where EXPECTED says', () => {
    const badVideos = [
      'Channel YouTube Humas Pemda',
      'javascript:alert(1)',
      'lihat kanal YouTube dinas',
      'https//youtu.be/dQw4w9WgXcQ',
    ];
    for (const { file, row, field } of expectedWarnings) {
      const where = `${file}:${String(row)} ${field}`;
      if (!file.startsWith('kipp/')) {
        const item = file.endsWith('.json')
          ? jsonItem(file, row)
          : (JSON.parse(readLines(samplesDir, file)[row - 1] ?? '{}') as Item);
        expect(item, where).toBeDefined();
        continue;
      }
      const video = () => kippCell(file, row, 'Tautan Video') ?? kippCell(file, row, 'Video');
      const sdg = () =>
        kippCell(file, row, 'TPB/SDGs') ??
        kippCell(file, row, 'SDGs') ??
        kippCell(file, row, 'TPB');
      const allowed: Record<string, [unknown, string[]]> = {
        'Tautan Video': [video(), badVideos],
        'TPB/SDGs': [sdg(), ['18', 'SDG 21', 'TPB 0']],
        Kategori: [
          kippCell(file, row, 'Kategori'),
          ['Inovasi Lainnya', 'Pelayanan Prima Daerah', 'Kategori Khusus Daerah'],
        ],
        Provinsi: [kippCell(file, row, 'Provinsi'), ['Sumatera Tengah']],
        'Kabupaten/Kota': [
          kippCell(file, row, 'Kabupaten/Kota') ?? kippCell(file, row, 'Kab/Kota'),
          ['Kabupaten Sukamaju'],
        ],
      };
      const [actual, values] = allowed[field] ?? [undefined, []];
      expect(values, where).toContain(actual);
    }
  });
});

describe('the real innovations', () => {
  const kippRow = (file: string, title: string) => {
    const sheet = sheets.get(file);
    if (!sheet) throw new Error(`no sheet ${file}`);
    const record = kippRecords(sheet).find((candidate) => candidate.get('judul inovasi') === title);
    if (!record) throw new Error(`${title} is not in ${file}`);
    const get = (...headers: string[]) =>
      headers.map((header) => record.get(header)).find((cell) => cell !== null) ?? null;
    return {
      year: String(get('tahun')),
      agency: get('instansi'),
      unit: get('unit penyelenggara', 'upp'),
      result: get('capaian', 'penghargaan'),
      summary: String(get('ringkasan')),
    };
  };

  it('include BASABA of RSUD Dr. Achmad Mochtar Bukittinggi, KIPP 2018 Top 40, about fathers caring for newborns', () => {
    const basaba = kippRow('kipp/kipp-2018.csv', 'BASABA (Bapak Sayang Bayi)');
    expect(basaba).toMatchObject({
      year: '2018',
      agency: 'Pemerintah Provinsi Sumatera Barat',
      unit: 'RSUD Dr. Achmad Mochtar Bukittinggi',
      result: 'Top 40',
    });
    expect(basaba.summary).toContain('melibatkan ayah dalam perawatan bayi baru lahir');
  });

  it('include Kelas IMUD (2018), OASE and Klinik Berhenti Merokok (2017 Top 99)', () => {
    expect(kippRow('kipp/kipp-2018.csv', 'Kelas IMUD (Ibu Muda)')).toMatchObject({
      agency: 'Pemerintah Kota Padang',
      unit: 'Puskesmas Padang Pasir',
    });
    expect(kippRow('kipp/kipp-2018.csv', 'Kelas IMUD (Ibu Muda)').summary).toContain('stunting');
    const oase = kippRow('kipp/kipp-2017.xlsx', 'OASE');
    expect(oase).toMatchObject({
      year: '2017',
      agency: 'Pemerintah Kabupaten Tanah Datar',
      result: 'Top 99',
    });
    expect(oase.summary).toContain('layanan kependudukan');
    expect(kippRow('kipp/kipp-2017.xlsx', 'Klinik Berhenti Merokok')).toMatchObject({
      agency: 'Pemerintah Kota Payakumbuh',
      unit: 'Puskesmas Padang Karambia',
      result: 'Top 99',
    });
  });

  it('include PaDi UMKM, SIMBARA, CEISA Barang Kiriman and Biotron, Top 45 2023, under their full titles', () => {
    const top45 = (title: string) => kippRow('kipp/kipp-2023.csv', title);
    expect(
      top45(
        'PaDi UMKM (Pasar Digital Usaha Mikro Kecil dan Menengah) dari BUMN untuk UMKM Indonesia',
      ),
    ).toMatchObject({
      year: '2023',
      agency: 'Kementerian Badan Usaha Milik Negara',
      result: 'Top 45',
    });
    expect(
      top45('SIMBARA (Sistem Informasi Mineral dan Batubara antar Kementerian/Lembaga)'),
    ).toMatchObject({ agency: 'Kementerian Keuangan', result: 'Top 45' });
    expect(
      top45(
        'CEISA Barang Kiriman (Consignment Note) - Kemudahan Impor Barang Pekerja Migran Indonesia secara Cepat, Humanis dan Akuntabel',
      ),
    ).toMatchObject({ agency: 'Kementerian Keuangan', result: 'Top 45' });
    expect(top45('Biochar Three in One (Biotron)')).toMatchObject({
      agency: 'Kementerian Pertanian',
      result: 'Top 45',
    });
  });

  it('include PeduliLindungi (KIPP 2022, Top Inovasi Terpuji) and SIPIL DOYAN JALAN of RSUD Koja (2018 Top 40)', () => {
    expect(kippRow('kipp/kipp-2022.xlsx', 'PeduliLindungi')).toMatchObject({
      year: '2022',
      agency: 'Kementerian Kesehatan',
      result: 'Top Inovasi Terpuji',
    });
    const sipil = kippRow(
      'kipp/kipp-2018.csv',
      'SIPIL DOYAN JALAN (Sistem Pilih Dokter dan Waktu Pelayanan) Pasien Rawat Jalan Peserta JKN-KIS',
    );
    expect(sipil).toMatchObject({
      agency: 'Pemerintah Provinsi DKI Jakarta',
      unit: 'Rumah Sakit Umum Daerah Koja',
      result: 'Top 40',
    });
    expect(sipil.summary).toContain('memilih dokter dan waktu pelayanan');
  });

  it('spell BASABA three ways across KIPP and IGA, and keep the Bantul BASABA apart', () => {
    const titles = igaRecords(samplesDir).map(
      ({ record }) =>
        `${String(record.nama_inovasi)} @ ${JSON.stringify((record.pemda as { kode?: string } | null)?.kode)}`,
    );
    expect(titles).toContain('Basaba (Bapak Sayang Bayi) @ "13"');
    expect(titles).toContain('BASABA @ "13"');
    expect(
      titles.some((title) => /^BASABA \(Bersama Sahabat Baca\) @ "34\.?02"$/.test(title)),
    ).toBe(true);
  });
});

describe('private data', () => {
  const email = /[\w.+-]+@[\w-]+(\.[\w-]+)+/;
  const phoneNumber = /\+62[\s-]?8\d{2}|\b08\d{2}[-\s]?\d{4}|\(0\d{2,3}\)\s?\d{5,}/;

  it('sits only in the Kontak cells of KIPP', () => {
    let contacts = 0;
    for (const sheet of sheets.values()) {
      const kontak = sheet.header.indexOf('kontak');
      for (const row of sheet.rows.slice(sheet.headerRow)) {
        row.forEach((cell, i) => {
          if (typeof cell !== 'string') return;
          if (i === kontak) contacts += email.test(cell) || phoneNumber.test(cell) ? 1 : 0;
          else expect(email.test(cell) || phoneNumber.test(cell), cell).toBe(false);
        });
      }
    }
    expect(contacts).toBeGreaterThan(2000);
  });

  it('sits only in kontak of IGA, and nowhere in InoLAN', () => {
    for (const { record } of igaRecords(samplesDir)) {
      const { kontak, ...rest } = record;
      expect(email.test(String(kontak)) || phoneNumber.test(String(kontak))).toBe(true);
      const text = JSON.stringify(rest);
      expect(email.test(text) || phoneNumber.test(text), text.slice(0, 80)).toBe(false);
    }
    for (const page of inolanPageNames(samplesDir)) {
      const text = readFileSync(join(samplesDir, page), 'utf8');
      expect(email.test(text) || phoneNumber.test(text), page).toBe(false);
    }
  });
});

describe('region spellings', () => {
  it('include every form SOURCES.md lists, across KIPP and IGA', () => {
    const names = new Set<string>();
    for (const sheet of sheets.values()) {
      for (const record of kippRecords(sheet)) {
        for (const header of ['provinsi', 'kabupaten/kota', 'kab/kota'])
          names.add(String(record.get(header) ?? ''));
      }
    }
    for (const { record } of igaRecords(samplesDir))
      names.add(String((record.pemda as { nama?: string } | null)?.nama));
    for (const form of [
      'Sumatera Barat',
      'SUMATERA BARAT',
      'Prov. Sumatera Barat',
      'Provinsi Sumatera Barat',
      'Sumbar',
      'DKI Jakarta',
      'Jakarta',
      'DI Yogyakarta',
      'D.I. Yogyakarta',
      'Yogyakarta',
      'Kabupaten Banyuwangi',
      'Kab. Banyuwangi',
      'Banyuwangi',
      'Kota Bukittinggi',
      'Bukittinggi',
    ]) {
      expect(names, form).toContain(form);
    }
  });
});
