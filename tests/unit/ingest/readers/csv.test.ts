import { writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsvRows } from '../../../../ingest/readers/csv.ts';
import { InputError, silentProgress } from '../../../../ingest/readers/types.ts';
import { fixture } from '../../../helpers/fixtures.ts';
import { recordProgress, toArray } from '../../../helpers/iterate.ts';
import { makeTempDir, type TempDir } from '../../../helpers/temp.ts';

const readRows = (path: string) => toArray(readCsvRows(path, 'Judul Inovasi', silentProgress));

describe('readCsvRows on a ;-delimited export with a BOM and title rows', () => {
  const path = fixture('kipp/semicolon-bom-title-rows.csv');

  it('numbers rows as a spreadsheet does: title, header and empty rows count', async () => {
    const rows = await readRows(path);
    expect(rows.map(({ row }) => row)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(rows[6]?.cells[0]).toBe('KIPP-2018-00456');
    expect(rows[7]?.cells[0]).toBe('KIPP-2018-00789');
  });

  it('sniffs ; from the header line although the title row holds a comma', async () => {
    const [title, exported, header] = await readRows(path);
    expect(title?.cells).toEqual(['Daftar Proposal KIPP 2018, Sinovik KemenPANRB']);
    expect(exported?.cells).toEqual(['Tanggal ekspor', '17/03/2019']);
    expect(header?.cells).toHaveLength(19);
    expect(header?.cells.slice(0, 5)).toEqual([
      ' NO. REGISTRASI ',
      'tahun',
      'JUDUL INOVASI',
      ' Instansi ',
      'Kelompok  Instansi',
    ]);
  });

  it('drops the byte-order mark', async () => {
    const [title] = await readRows(path);
    expect(String(title?.cells[0]).charCodeAt(0)).toBe('D'.charCodeAt(0));
  });

  it('keeps quoted newlines and quoted delimiters inside one cell', async () => {
    const rows = await readRows(path);
    const basaba = rows[3]?.cells;
    expect(basaba?.[10]).toBe('TPB 3; TPB 5');
    expect(basaba?.[12]).toBe(
      '<p>Ayah ikut <b>merawat</b> bayi&nbsp;baru lahir &amp; ibunya.</p>\n' +
        "<script>alert('basaba')</script>\n" +
        '<p><img src="x" onerror="alert(1)">Kelas ayah tiap bulan.</p>\n' +
        '<a href="javascript:alert(2)">Tautan</a>',
    );
    expect(basaba?.[14]).toBe('dr. Rina Marlina; Budi Santoso');
    expect(rows[7]?.cells[12]).toBe('Bukti potong\npajak elektronik.');
  });

  it('ends CRLF rows without a stray carriage return', async () => {
    const rows = await readRows(path);
    expect(rows[3]?.cells.at(-1)).toBe('2023-08-01');
    expect(rows[7]?.cells.at(-1)).toBe('01/08/2023');
  });

  it('gives empty rows as rows of empty cells', async () => {
    const rows = await readRows(path);
    expect(rows[4]?.cells).toEqual(['']);
    expect(rows[5]?.cells).toEqual(Array<string>(19).fill(''));
  });

  it('reports the file size as the total and every byte read', async () => {
    const progress = recordProgress();
    await toArray(readCsvRows(path, 'Judul Inovasi', progress));
    expect(progress.totals).toEqual([1481]);
    expect(progress.advanced).toBe(1481);
  });
});

describe('readCsvRows on a ,-delimited export', () => {
  it('sniffs , and counts a row with a quoted newline once', async () => {
    const rows = await readRows(fixture('kipp/comma.csv'));
    expect(rows.map(({ row }) => row)).toEqual([1, 2, 3]);
    expect(rows[0]?.cells).toHaveLength(18);
    expect(rows[1]?.cells.slice(8, 11)).toEqual([
      'Pelayanan Publik Inklusif dan Berkeadilan',
      'Top 45',
      '8, 9',
    ]);
    expect(rows[1]?.cells[13]).toBe('Ani Lestari\nBudi Hartono');
    expect(rows[2]?.cells.slice(0, 3)).toEqual(['KIPP-2017-00321', '2017', 'OASE']);
  });
});

describe('readCsvRows on small files', () => {
  let temp: TempDir;
  beforeAll(async () => {
    temp = await makeTempDir('csv-reader');
  });
  afterAll(async () => {
    await temp.remove();
  });

  it('sniffs from the first line when no line holds the marker', async () => {
    const path = temp.file('no-header.csv');
    await writeFile(path, 'a;b;c\n1;2,5;3\n');
    expect((await readRows(path)).map(({ cells }) => cells)).toEqual([
      ['a', 'b', 'c'],
      ['1', '2,5', '3'],
    ]);
  });

  it('matches the marker in any case', async () => {
    const path = temp.file('upper.csv');
    await writeFile(path, 'x,y\nNO;JUDUL INOVASI;INSTANSI\n1;A, B;C\n');
    const rows = await readRows(path);
    expect(rows[1]?.cells).toEqual(['NO', 'JUDUL INOVASI', 'INSTANSI']);
    expect(rows[2]?.cells).toEqual(['1', 'A, B', 'C']);
  });

  it('numbers rows right when a title row above the header holds a quoted newline', async () => {
    const path = temp.file('quoted-title.csv');
    await writeFile(path, '"Daftar\nKIPP"\n\nJudul Inovasi;Instansi\nA;B\n');
    const rows = await readRows(path);
    expect(rows.map(({ row, cells }) => [row, cells])).toEqual([
      [1, ['Daftar\nKIPP']],
      [2, ['']],
      [3, ['Judul Inovasi', 'Instansi']],
      [4, ['A', 'B']],
    ]);
  });

  it('reads a ragged title block and the rows under it with their own lengths', async () => {
    const path = temp.file('title-block.csv');
    await writeFile(
      path,
      'Daftar KIPP\r\nTanggal;01/02/2025\r\nJudul Inovasi;Instansi;Tahun\r\nA;B;2019\r\n',
    );
    const rows = await readRows(path);
    expect(rows.map(({ row, cells }) => [row, cells])).toEqual([
      [1, ['Daftar KIPP']],
      [2, ['Tanggal', '01/02/2025']],
      [3, ['Judul Inovasi', 'Instansi', 'Tahun']],
      [4, ['A', 'B', '2019']],
    ]);
  });

  it('keeps rows of uneven length', async () => {
    const path = temp.file('ragged.csv');
    await writeFile(path, 'Judul Inovasi,Instansi,Tahun\nA,B\nC,D,2019,extra\n');
    expect((await readRows(path)).map(({ cells }) => cells.length)).toEqual([3, 2, 4]);
  });

  it('rejects a missing file as an input error', async () => {
    await expect(readRows(temp.file('missing.csv'))).rejects.toThrow(InputError);
  });

  it('rejects a folder as an input error', async () => {
    await expect(readRows(temp.path)).rejects.toThrow(InputError);
  });
});
