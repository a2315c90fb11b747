import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  kippFileNames,
  kippRecords,
  readKipp,
  samplesDir,
  xlsxSheetNames,
  type KippSheet,
  type SheetCell,
} from './read-sample.ts';

const sheets = new Map<string, KippSheet>();

beforeAll(async () => {
  for (const file of kippFileNames(samplesDir)) sheets.set(file, await readKipp(samplesDir, file));
});

const allRecords = () => [...sheets.values()].flatMap((sheet) => kippRecords(sheet));
const column = (...headers: string[]): SheetCell[] =>
  allRecords().flatMap((record) => headers.map((header) => record.get(header)));
const texts = (...headers: string[]): string[] =>
  column(...headers).filter((cell): cell is string => typeof cell === 'string' && cell !== '');

describe('the KIPP sample files', () => {
  it('are nine exports, XLSX and CSV', () => {
    expect([...sheets.keys()].sort()).toEqual([
      'kipp/kipp-2014-2015.xlsx',
      'kipp/kipp-2016.csv',
      'kipp/kipp-2017.xlsx',
      'kipp/kipp-2018.csv',
      'kipp/kipp-2019.xlsx',
      'kipp/kipp-2020-2021.csv',
      'kipp/kipp-2022.xlsx',
      'kipp/kipp-2023.csv',
      'kipp/kipp-2025.xlsx',
    ]);
  });

  it('use every header variant of SOURCES.md somewhere', () => {
    const headers = new Set([...sheets.values()].flatMap((sheet) => sheet.header));
    for (const variant of [
      'no. registrasi',
      'no registrasi',
      'nomor registrasi',
      'kelompok instansi',
      'klaster',
      'unit penyelenggara',
      'upp',
      'kabupaten/kota',
      'kab/kota',
      'capaian',
      'penghargaan',
      'tpb/sdgs',
      'sdgs',
      'tpb',
      'tanggal mulai',
      'mulai inovasi',
      'tautan video',
      'video',
    ]) {
      expect(headers, variant).toContain(variant);
    }
  });

  it('put rows above the header, and headers in odd case with spaces', () => {
    expect(sheets.get('kipp/kipp-2018.csv')?.headerRow).toBe(4);
    expect(sheets.get('kipp/kipp-2016.csv')?.headerRow).toBe(1);
    const raw = sheets.get('kipp/kipp-2023.csv')?.rows[3]?.map(String) ?? [];
    expect(raw.some((header) => header !== header.trim())).toBe(true);
    expect(
      raw.some((header) => header.trim() === header.trim().toUpperCase() && /[A-Z]/.test(header)),
    ).toBe(true);
  });

  it('are , or ; delimited, with or without a BOM, CRLF or LF, and quote fields with line breaks', () => {
    const raw = (file: string) => readFileSync(join(samplesDir, file), 'utf8');
    expect(raw('kipp/kipp-2016.csv').startsWith('\uFEFF')).toBe(true);
    expect(raw('kipp/kipp-2016.csv')).toContain('\r\n');
    expect(raw('kipp/kipp-2018.csv').split('\n')[3]).toContain(';Judul Inovasi;');
    expect(raw('kipp/kipp-2020-2021.csv').startsWith('"No";"No Registrasi"')).toBe(true);
    expect(raw('kipp/kipp-2023.csv').startsWith('\uFEFF')).toBe(true);
    expect(texts('inovator').some((names) => names.includes('\n'))).toBe(true);
    expect(texts('inovator').some((names) => names.includes(';'))).toBe(true);
  });

  it('hold empty rows between records, as blank lines and as ;;;; lines', () => {
    const raw = readFileSync(join(samplesDir, 'kipp/kipp-2018.csv'), 'utf8');
    expect(raw).toMatch(/\r\n;;;;;;;;;;;;;;;;;;;;;;;;;\r\n/);
    expect(readFileSync(join(samplesDir, 'kipp/kipp-2016.csv'), 'utf8')).toMatch(/\r\n\r\n/);
  });

  it('keep the data of some XLSX files on a sheet named Proposal that is not the first', async () => {
    expect(await xlsxSheetNames(join(samplesDir, 'kipp/kipp-2017.xlsx'))).toEqual([
      'Petunjuk',
      'Proposal',
    ]);
    expect(await xlsxSheetNames(join(samplesDir, 'kipp/kipp-2022.xlsx'))).toEqual([
      'Rekap',
      'Proposal',
    ]);
  });

  it('hold start dates as date cells, serial numbers and every text form', () => {
    const dates = column('tanggal mulai', 'mulai inovasi');
    expect(dates.some((cell) => cell instanceof Date)).toBe(true);
    expect(dates.some((cell) => typeof cell === 'number' && cell > 30_000)).toBe(true);
    expect(dates.some((cell) => typeof cell === 'number' && cell > 2000 && cell < 2100)).toBe(true);
    const text = dates.filter((cell): cell is string => typeof cell === 'string');
    const forms = {
      iso: /^\d{4}-\d{2}-\d{2}$/,
      isoMonth: /^\d{4}-\d{2}$/,
      slash: /^\d{2}\/\d{2}\/\d{4}$/,
      dash: /^\d{2}-\d{2}-\d{4}$/,
      dayMonth: /^\d{1,2} Maret \d{4}$/,
      month: /^Maret \d{4}$/,
      agt: /^Agt \d{4}$/,
      agu: /^(\d{1,2} )?Agu \d{4}$/,
      ags: /^(\d{1,2} )?Ags \d{4}$/,
      year: /^\d{4}$/,
    };
    for (const [name, form] of Object.entries(forms))
      expect(
        text.some((value) => form.test(value)),
        name,
      ).toBe(true);
  });

  it('award the layers of each year: 99 winners, none in 2024', () => {
    const layers = new Map<string, number>();
    for (const record of allRecords()) {
      const result = record.get('capaian') ?? record.get('penghargaan');
      if (typeof result === 'string' && result !== '') {
        const key = `${String(record.get('tahun'))} ${result}`;
        layers.set(key, (layers.get(key) ?? 0) + 1);
      }
    }
    expect(Object.fromEntries([...layers].sort())).toEqual({
      '2014 Top 9': 9,
      '2014 Top 99': 90,
      '2015 Top 25': 25,
      '2015 Top 99': 74,
      '2016 Outstanding Achievement': 10,
      '2016 Top 35': 25,
      '2016 Top 99': 64,
      '2017 Top 40': 40,
      '2017 Top 99': 59,
      '2018 Top 40': 40,
      '2018 Top 99': 59,
      '2019 Top 45': 45,
      '2019 Top 99': 54,
      '2020 Top 45': 45,
      '2020 Top 99': 54,
      '2021 Top 45': 45,
      '2021 Top 99': 44,
      '2021 Top Inovasi Terpuji': 10,
      '2022 Top 45': 45,
      '2022 Top 99': 44,
      '2022 Top Inovasi Terpuji': 10,
      '2023 Top 45': 45,
      '2023 Top 99': 54,
      '2025 Top 45': 45,
      '2025 Top 99': 54,
    });
  });

  it('write clusters in any case, and Pemkab, Pemkot, Pemprov', () => {
    const clusters = new Set(texts('kelompok instansi', 'klaster'));
    for (const label of [
      'Kabupaten',
      'KABUPATEN',
      'kota',
      'Pemkab',
      'Pemkot',
      'Pemprov',
      'Kementerian',
      'Lembaga',
      'BUMN',
      'BUMD',
    ]) {
      expect(clusters, label).toContain(label);
    }
  });

  it('write every status, and leave some empty', () => {
    const statuses = new Set(column('status keberlanjutan').map((cell) => cell ?? ''));
    for (const status of [
      'Berlanjut',
      'Berlanjut dengan pengembangan',
      'Berkembang',
      'Berhenti',
      'Vakum',
      '',
    ]) {
      expect(statuses, status).toContain(status);
    }
  });

  it('write SDGs in every text form', () => {
    const sdgs = texts('tpb/sdgs', 'sdgs', 'tpb');
    expect(sdgs).toContain('3');
    expect(sdgs.some((value) => /^\d+, \d+$/.test(value))).toBe(true);
    expect(sdgs.some((value) => /^TPB \d+; TPB \d+$/.test(value))).toBe(true);
    expect(sdgs.some((value) => /^SDG \d+$/.test(value))).toBe(true);
    expect(sdgs).toContain('3 - Kehidupan Sehat dan Sejahtera');
  });

  it('hold simple HTML and entities in summaries and sections', () => {
    const html = texts('ringkasan', 'latar belakang', 'implementasi').join(' ');
    for (const markup of ['<p>', '<br>', '<b>', '<strong>', '<ul><li>', '&nbsp;', '&amp;'])
      expect(html, markup).toContain(markup);
  });

  it('hold empty, YouTube and non-URL video links', () => {
    const videos = column('tautan video', 'video').filter((cell) => cell !== null);
    expect(
      videos.some((video) => String(video).startsWith('https://www.youtube.com/watch?v=')),
    ).toBe(true);
    expect(videos.some((video) => String(video).startsWith('https://youtu.be/'))).toBe(true);
    expect(videos).toContain('javascript:alert(1)');
    expect(
      column('tautan video', 'video').filter((cell) => cell === null || cell === '').length,
    ).toBeGreaterThan(100);
  });
});
