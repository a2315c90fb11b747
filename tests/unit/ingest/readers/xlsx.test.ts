import { writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readXlsxRows } from '../../../../ingest/readers/xlsx/index.ts';
import { rowsToItems } from '../../../../ingest/readers/table.ts';
import { InputError, silentProgress } from '../../../../ingest/readers/types.ts';
import { recordProgress, toArray, within } from '../../../helpers/iterate.ts';
import { makeTempDir, type TempDir } from '../../../helpers/temp.ts';
import { kippWorkbook, writeWorkbook } from '../../../helpers/xlsx.ts';

let temp: TempDir;
let kippPath: string;
beforeAll(async () => {
  temp = await makeTempDir('xlsx-reader');
  kippPath = temp.file('kipp-2023.xlsx');
  await writeWorkbook(kippPath, kippWorkbook);
});
afterAll(async () => {
  await temp.remove();
});

const readRows = (path: string, sheet = 'Proposal') =>
  toArray(readXlsxRows(path, sheet, silentProgress));

describe('readXlsxRows', () => {
  it('reads the sheet named Proposal although it is not the first', async () => {
    const rows = await readRows(kippPath);
    expect(rows[0]?.cells).toEqual(['Rekap Proposal KIPP 2023']);
    expect(rows.map(({ row }) => row)).toEqual([1, 2, 3, 4, 5, 7]);
  });

  it('matches the preferred sheet name in any case', async () => {
    const rows = await readRows(kippPath, ' proposal ');
    expect(rows[0]?.cells).toEqual(['Rekap Proposal KIPP 2023']);
  });

  it('reads the first sheet when no sheet has the preferred name', async () => {
    const path = temp.file('no-proposal.xlsx');
    await writeWorkbook(path, [
      { name: 'Data 2023', rows: [['Judul Inovasi'], ['OASE']] },
      { name: 'Lain', rows: [['Judul Inovasi'], ['Bukan ini']] },
    ]);
    expect((await readRows(path)).map(({ cells }) => cells)).toEqual([['Judul Inovasi'], ['OASE']]);
  });

  it('finds the Proposal sheet behind ten other sheets', async () => {
    const path = temp.file('many-sheets.xlsx');
    const notes = Array.from({ length: 10 }, (_, index) => ({
      name: `Lampiran ${String(index + 1)}`,
      rows: [['Catatan'], ['bukan data']],
    }));
    await writeWorkbook(path, [
      ...notes,
      { name: 'Proposal', rows: [['Judul Inovasi'], ['OASE']] },
    ]);
    expect((await within(5000, readRows(path))).map(({ cells }) => cells)).toEqual([
      ['Judul Inovasi'],
      ['OASE'],
    ]);
  });

  it('gives a real date cell as a Date', async () => {
    const rows = await readRows(kippPath);
    const started = rows[3]?.cells[11];
    expect(started).toBeInstanceOf(Date);
    expect((started as Date).toISOString()).toBe('2020-03-17T00:00:00.000Z');
  });

  it('gives an Excel serial typed as a number as that number', async () => {
    const rows = await readRows(kippPath);
    expect(rows[4]?.cells[11]).toBe(44256);
    expect(rows[4]?.cells[10]).toBe(8);
  });

  it('joins rich-text runs into plain text', async () => {
    const rows = await readRows(kippPath);
    expect(rows[3]?.cells[2]).toBe('CEISA Barang Kiriman');
    expect(rows[5]?.cells[12]).toBe('Pupuk hayati <img src=x onerror=alert(1)>untuk petani.');
  });

  it('gives a hyperlink cell as its text', async () => {
    const rows = await readRows(kippPath);
    expect(rows[5]?.cells[14]).toBe('https://youtu.be/biotron');
  });

  it('feeds rowsToItems: header at row 3, items at rows 4, 5 and 7', async () => {
    const events = await toArray(
      rowsToItems(readXlsxRows(kippPath, 'Proposal', silentProgress), 'Judul Inovasi'),
    );
    expect(
      events.map((event) =>
        event.kind === 'item' ? [event.item.row, event.item.fields['no. registrasi']] : event.kind,
      ),
    ).toEqual([
      [4, 'KIPP-2023-00011'],
      [5, 'KIPP-2023-00012'],
      [7, 'KIPP-2023-00013'],
    ]);
  });

  it('gives a formula cell as its result, and an error cell as nothing', async () => {
    const path = temp.file('formulas.xlsx');
    await writeWorkbook(path, [
      {
        name: 'Proposal',
        rows: [
          ['Judul Inovasi', 'Tahun', 'Skor'],
          ['OASE', { formula: '2000+17', result: 2017 }, { error: '#DIV/0!' }],
        ],
      },
    ]);
    expect((await readRows(path))[1]?.cells).toEqual(['OASE', 2017, undefined]);
  });

  it('reports its progress in bytes of the file', async () => {
    const progress = recordProgress();
    await toArray(readXlsxRows(kippPath, 'Proposal', progress));
    expect(progress.totals).toHaveLength(1);
    expect(progress.advanced).toBe(progress.totals[0]);
  });

  it('rejects a missing file as an input error, without hanging', async () => {
    await expect(within(3000, readRows(temp.file('missing.xlsx')))).rejects.toThrow(InputError);
  });

  it('rejects a file that is not a workbook', async () => {
    const path = temp.file('not-a-workbook.xlsx');
    await writeFile(path, 'Judul Inovasi;Instansi\n');
    await expect(within(3000, readRows(path))).rejects.toThrow();
  });
});
