import { describe, expect, it } from 'vitest';
import { readCsvRows } from '../../../../ingest/readers/csv.ts';
import { headerKey, rowsToItems, type SheetRow } from '../../../../ingest/readers/table.ts';
import { silentProgress } from '../../../../ingest/readers/types.ts';
import { fixture } from '../../../helpers/fixtures.ts';
import { fromArray, toArray } from '../../../helpers/iterate.ts';

const items = (rows: SheetRow[]) => toArray(rowsToItems(fromArray(rows), 'Judul Inovasi'));

describe('headerKey', () => {
  it('ignores case and surrounding or doubled spaces', () => {
    expect(headerKey('  Kelompok   INSTANSI ')).toBe('kelompok instansi');
    expect(headerKey('No. Registrasi')).toBe('no. registrasi');
  });

  it('gives an empty key for a cell that is not text', () => {
    expect(headerKey(2019)).toBe('');
    expect(headerKey(undefined)).toBe('');
  });
});

describe('rowsToItems', () => {
  it('starts at the first row holding the marker and keys items by header', async () => {
    const events = await items([
      { row: 1, cells: ['Rekap KIPP'] },
      { row: 2, cells: ['Judul Inovasi (lihat kolom C)'] },
      { row: 3, cells: [' NO ', 'JUDUL  INOVASI', 'Instansi'] },
      { row: 4, cells: ['1', 'OASE', 'Pemerintah Kabupaten Tanah Datar'] },
    ]);
    expect(events).toEqual([
      {
        kind: 'item',
        item: {
          row: 4,
          fields: {
            no: '1',
            'judul inovasi': 'OASE',
            instansi: 'Pemerintah Kabupaten Tanah Datar',
          },
        },
      },
    ]);
  });

  it('skips empty rows silently and keeps the row numbers of the others', async () => {
    const events = await items([
      { row: 1, cells: ['Judul Inovasi'] },
      { row: 2, cells: [''] },
      { row: 3, cells: [' ', null, undefined] },
      { row: 5, cells: ['BASABA'] },
    ]);
    expect(events).toEqual([
      { kind: 'item', item: { row: 5, fields: { 'judul inovasi': 'BASABA' } } },
    ]);
  });

  it('keeps the first of two columns with the same header, and drops unnamed columns', async () => {
    const events = await items([
      { row: 1, cells: ['Judul Inovasi', 'Tahun', '', 'tahun'] },
      { row: 2, cells: ['SIMBARA', '2023', 'catatan', '2022'] },
    ]);
    expect(events).toEqual([
      { kind: 'item', item: { row: 2, fields: { 'judul inovasi': 'SIMBARA', tahun: '2023' } } },
    ]);
  });

  it('reports a file without a header row once, at row 0', async () => {
    const events = await items([
      { row: 1, cells: ['Nama', 'Instansi'] },
      { row: 2, cells: ['OASE', 'Pemerintah Kabupaten Tanah Datar'] },
    ]);
    expect(events).toEqual([
      { kind: 'broken', broken: { row: 0, reason: 'no header row with Judul Inovasi found' } },
    ]);
  });

  it('turns the ;-delimited fixture into three items at rows 4, 7 and 8', async () => {
    const path = fixture('kipp/semicolon-bom-title-rows.csv');
    const events = await toArray(
      rowsToItems(readCsvRows(path, 'Judul Inovasi', silentProgress), 'Judul Inovasi'),
    );
    const found = events.map((event) => (event.kind === 'item' ? event.item : undefined));
    expect(found.map((item) => item?.row)).toEqual([4, 7, 8]);
    expect(found[0]?.fields).toMatchObject({
      'no. registrasi': 'KIPP-2018-00123',
      tahun: '2018',
      'judul inovasi': 'BASABA (Bapak Sayang Bayi)',
      instansi: 'Pemerintah Kota Bukittinggi',
      'kelompok instansi': 'kota',
      'kab/kota': 'Kota Bukittinggi',
      kontak: 'rina.basaba@gmail.com / 0812-6677-8899',
    });
    expect(found[2]?.fields['judul inovasi']).toBe('e-Bupot');
  });
});
