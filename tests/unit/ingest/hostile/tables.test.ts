import { writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { igaAdapter } from '../../../../ingest/adapters/iga.ts';
import { kippAdapter } from '../../../../ingest/adapters/kipp.ts';
import { DEFAULT_READ_LIMITS } from '../../../../ingest/readers/limits.ts';
import { collectInput } from '../../../helpers/collect.ts';
import { headerRow, kippCells, rowXml, writeHostileXlsx } from '../../../helpers/hostile-xlsx.ts';
import { makeTempDir, type TempDir } from '../../../helpers/temp.ts';
import { writeZip } from '../../../helpers/zip.ts';

/**
 * Hostile spreadsheets and CSV files, generated here: each ends as a located rejection of a row
 * or of the rest of its file, quickly, and the rows around it still go in.
 */
let temp: TempDir;
beforeAll(async () => {
  temp = await makeTempDir('hostile-tables');
});
afterAll(async () => {
  await temp.remove();
  const peak = process.resourceUsage().maxRSS / 1024;
  console.log(`hostile tables: peak memory (maxRSS) of this test process ${peak.toFixed(0)} MB`);
});

async function collectTimed(name: string, limits = DEFAULT_READ_LIMITS) {
  const started = performance.now();
  const outcome = await collectInput(kippAdapter, temp.file(name), temp, undefined, limits);
  const ms = performance.now() - started;
  console.log(`${name}: ${ms.toFixed(0)} ms, ${JSON.stringify(outcome.stats)}`);
  const rejected = outcome.rejected.map(({ row, field, reason }) => ({ row, field, reason }));
  return { ...outcome, rejected, ms };
}

const data = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, index) =>
    rowXml(String(from + index), kippCells(from + index)),
  ).join('');

describe('a hostile .xlsx', () => {
  it('rejects rows with a cell far right without allocating up to its column', async () => {
    const far = (r: number) => `<c r="MWLQKWU${String(r)}" t="inlineStr"><is><t>x</t></is></c>`;
    const rows = Array.from({ length: 2000 }, (_, index) =>
      rowXml(String(index + 2), kippCells(index + 2), far(index + 2)),
    ).join('');
    await writeHostileXlsx(temp.file('far-columns.xlsx'), `${headerRow}${rows}${data(2002, 2002)}`);
    const { stats, rejected, records, ms } = await collectTimed('far-columns.xlsx');
    expect(stats).toMatchObject({ read: 2001, accepted: 1, rejected: 2000 });
    expect(records).toHaveLength(1);
    expect(rejected[0]).toEqual({
      row: 2,
      field: '(record)',
      reason: 'has a cell beyond column 512, the limit',
    });
    expect(rejected.at(-1)?.row).toBe(2001);
    expect(ms).toBeLessThan(5000);
  });

  it('rejects a header row with a cell at AAAAAAA1, and says the file has no header', async () => {
    const header = headerRow.replace(
      '</row>',
      '<c r="AAAAAAA1" t="inlineStr"><is><t>x</t></is></c></row>',
    );
    await writeHostileXlsx(temp.file('far-header.xlsx'), `${header}${data(2, 3)}`);
    const { rejected, ms } = await collectTimed('far-header.xlsx');
    expect(rejected).toEqual([
      { row: 1, field: '(record)', reason: 'has a cell beyond column 512, the limit' },
      { row: 0, field: '(record)', reason: 'no header row with Judul Inovasi found' },
    ]);
    expect(ms).toBeLessThan(1000);
  });

  it('rejects a row numbered 1e999 at its place, and reads the rows around it', async () => {
    const bad = rowXml('1e999', kippCells(9)).replace(/r="[A-E]1e999"/g, '');
    await writeHostileXlsx(
      temp.file('row-1e999.xlsx'),
      `${headerRow}${data(2, 2)}${bad}${data(4, 4)}`,
    );
    const { stats, rejected } = await collectTimed('row-1e999.xlsx');
    expect(stats).toMatchObject({ accepted: 2, rejected: 1 });
    expect(rejected).toEqual([
      {
        row: 3,
        field: '(record)',
        reason: 'the row number "1e999" is not a whole number from 1 to 1048576',
      },
    ]);
  });

  it('rejects the rest of a file at an undefined XML entity, keeping the rows before', async () => {
    const broken = rowXml('4', kippCells(4)).replace('Inovasi 4', 'Inovasi &bogus; 4');
    await writeHostileXlsx(
      temp.file('entity.xlsx'),
      `${headerRow}${data(2, 3)}${broken}${data(5, 5)}`,
    );
    const { stats, rejected } = await collectTimed('entity.xlsx');
    expect(stats).toMatchObject({ accepted: 2, rejected: 1 });
    expect(rejected).toHaveLength(1);
    expect(rejected[0]?.row).toBe(0);
    expect(rejected[0]?.reason).toMatch(
      /^the file could not be read after row 3 \(.*undefined entity/,
    );
  });

  it('rejects a file of more shared strings than the limit, quickly', async () => {
    const count = DEFAULT_READ_LIMITS.maxSharedStrings + 1;
    await writeHostileXlsx(
      temp.file('shared-strings.xlsx'),
      `${headerRow}${data(2, 2)}`,
      '<si/>'.repeat(count),
    );
    const { stats, rejected, ms } = await collectTimed('shared-strings.xlsx');
    expect(stats).toMatchObject({ read: 0, accepted: 0, rejected: 1 });
    expect(rejected).toEqual([
      {
        row: 0,
        field: '(record)',
        reason: `the file could not be read after row 0 (the shared-string table has more than ${String(DEFAULT_READ_LIMITS.maxSharedStrings)} entries, the limit)`,
      },
    ]);
    expect(ms).toBeLessThan(10_000);
  });

  it('rejects the row of a cell longer than the limit, in a cell or a shared string', async () => {
    const long = 'kata '.repeat(DEFAULT_READ_LIMITS.maxCellChars / 5 + 1);
    const inline = rowXml('3', [...kippCells(3).slice(0, 4), long]);
    const shared = '<row r="4"><c r="A4" t="s"><v>0</v></c></row>';
    await writeHostileXlsx(
      temp.file('long-cell.xlsx'),
      `${headerRow}${data(2, 2)}${inline}${shared}${data(5, 5)}`,
      `<si><t>${long}</t></si>`,
    );
    const { stats, rejected } = await collectTimed('long-cell.xlsx');
    expect(stats).toMatchObject({ accepted: 2, rejected: 2 });
    expect(rejected).toEqual([
      {
        row: 3,
        field: '(record)',
        reason: 'column 5 holds more than 200000 characters, the limit',
      },
      {
        row: 4,
        field: '(record)',
        reason: 'column 1 holds more than 200000 characters, the limit',
      },
    ]);
  });

  it('rejects a file whose sheet inflates to more than the part limit before reading it', async () => {
    await writeHostileXlsx(temp.file('big-part.xlsx'), `${headerRow}${data(2, 40)}`);
    const limits = { ...DEFAULT_READ_LIMITS, maxPartBytes: 4000 };
    const { stats, rejected } = await collectTimed('big-part.xlsx', limits);
    expect(stats).toMatchObject({ read: 0, rejected: 1 });
    expect(rejected[0]?.reason).toMatch(
      /^the file could not be read after row 0 \(xl\/worksheets\/sheet1\.xml inflates to \d+ bytes, more than the limit of 4000\)$/,
    );
  });
});

const CSV_HEADER = 'No Registrasi,Tahun,Judul Inovasi,Instansi,Ringkasan\n';
const csvRow = (n: number) => `${kippCells(n).join(',')}\n`;

describe('a broken .xlsx', () => {
  it('is rejected as a file, whether it is no zip at all or a zip without a sheet', async () => {
    await writeFile(temp.file('not-a-zip.xlsx'), 'Judul Inovasi,Instansi\nA,B\n');
    const notZip = await collectTimed('not-a-zip.xlsx');
    expect(notZip.rejected).toHaveLength(1);
    expect(notZip.rejected[0]?.reason).toMatch(
      /^the file could not be read after row 0 \(not a readable \.xlsx file \(/,
    );
    await writeZip(temp.file('no-workbook.xlsx'), { 'readme.txt': 'kosong' });
    const noWorkbook = await collectTimed('no-workbook.xlsx');
    expect(noWorkbook.rejected).toEqual([
      {
        row: 0,
        field: '(record)',
        reason:
          'the file could not be read after row 0 (the .xlsx package has no xl/_rels/workbook.xml.rels)',
      },
    ]);
  });
});

describe('a hostile CSV', () => {
  it('rejects the rest of the file at a quote never closed, keeping the rows before', async () => {
    const stray = csvRow(4).replace('Inovasi 4', '"Inovasi 4');
    await writeFile(
      temp.file('stray-quote.csv'),
      `${CSV_HEADER}${csvRow(2)}${csvRow(3)}${stray}${csvRow(5)}`,
    );
    const { stats, rejected } = await collectTimed('stray-quote.csv');
    expect(stats).toMatchObject({ accepted: 2, rejected: 1 });
    expect(rejected).toHaveLength(1);
    expect(rejected[0]?.reason).toMatch(
      /^the file could not be read after row 3 \(.*Quote Not Closed/,
    );
  });

  it('rejects a row with a cell over the limit and a file with a line over it', async () => {
    const cell = 'kata '.repeat(DEFAULT_READ_LIMITS.maxCellChars / 5 + 1);
    await writeFile(
      temp.file('long-cell.csv'),
      `${CSV_HEADER}${csvRow(2)}${csvRow(3).replace('Ringkasan 3.', cell)}${csvRow(4)}`,
    );
    const longCell = await collectTimed('long-cell.csv');
    expect(longCell.stats).toMatchObject({ accepted: 2, rejected: 1 });
    expect(longCell.rejected).toEqual([
      {
        row: 3,
        field: '(record)',
        reason: 'column 5 holds more than 200000 characters, the limit',
      },
    ]);
    const line = 'kata '.repeat(DEFAULT_READ_LIMITS.maxLineChars / 5 + 1);
    await writeFile(
      temp.file('long-line.csv'),
      `${CSV_HEADER}${csvRow(2)}${csvRow(3).replace('Ringkasan 3.', line)}${csvRow(4)}`,
    );
    const longLine = await collectTimed('long-line.csv');
    expect(longLine.stats).toMatchObject({ accepted: 1, rejected: 1 });
    expect(longLine.rejected[0]?.reason).toMatch(
      /^the file could not be read after row 2 \(.*Max Record Size/,
    );
  });
});

describe('a hostile NDJSON file', () => {
  it('rejects a line longer than the limit without holding it, and reads the others', async () => {
    const item = (id: number, summary: string) =>
      JSON.stringify({
        id: `IID-2023-3510-${String(id)}`,
        tahun_penilaian: 2023,
        pemda: { kode: '35.10', nama: 'Kabupaten Banyuwangi' },
        nama_inovasi: `Inovasi ${String(id)}`,
        rancang_bangun: summary,
      });
    const huge = 'kata '.repeat(DEFAULT_READ_LIMITS.maxLineChars / 5 + 1);
    await writeFile(
      temp.file('long-line.ndjson'),
      `${item(1, 'Ringkasan.')}\r\n${item(2, huge)}\r\n${item(3, 'Ringkasan.')}`,
    );
    const started = performance.now();
    const { stats, rejected } = await collectInput(igaAdapter, temp.file('long-line.ndjson'), temp);
    console.log(`long-line.ndjson: ${(performance.now() - started).toFixed(0)} ms`);
    expect(stats).toMatchObject({ read: 3, accepted: 2, rejected: 1 });
    expect(rejected.map(({ row, reason }) => [row, reason])).toEqual([
      [2, 'the line is longer than 2000000 bytes, the limit'],
    ]);
  });
});
