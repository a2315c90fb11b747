import { spawn } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestReportSchema, type IngestReport } from '../../src/lib/ingest-report.ts';
import { headerRow, kippCells, rowXml, writeHostileXlsx } from '../helpers/hostile-xlsx.ts';
import { makeTempDir, type TempDir } from '../helpers/temp.ts';

/**
 * A folder of hostile KIPP files and one of IGA items nested too deep, generated here (the big ones too), ingested by the CLI as an
 * operator runs it (`npm run ingest`: a 512 MB heap) as a dry run: every file ends as located
 * rejections, the run finishes with its report and exit 0, and its peak memory is printed.
 */
let temp: TempDir;
let report: IngestReport;
let code: number;
let peakMb: number;

const rows = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, index) =>
    rowXml(String(from + index), kippCells(from + index)),
  ).join('');
const CSV_HEADER = 'No Registrasi,Tahun,Judul Inovasi,Instansi,Ringkasan\n';
const csvRow = (n: number) => `${kippCells(n).join(',')}\n`;

async function writeHostileFolder(folder: string): Promise<void> {
  const file = (name: string) => `${folder}/${name}`;
  const far = (r: number) => `<c r="MWLQKWU${String(r)}" t="inlineStr"><is><t>x</t></is></c>`;
  await writeHostileXlsx(
    file('1-far-columns.xlsx'),
    headerRow +
      Array.from({ length: 2000 }, (_, i) =>
        rowXml(String(i + 2), kippCells(i + 2), far(i + 2)),
      ).join(''),
  );
  await writeHostileXlsx(
    file('2-shared-strings.xlsx'),
    headerRow + rows(2, 3),
    '<si/>'.repeat(12_000_000),
  );
  await writeHostileXlsx(
    file('3-entity.xlsx'),
    headerRow + rows(2, 3) + rowXml('4', kippCells(4)).replace('Inovasi 4', '&bogus;'),
  );
  await writeHostileXlsx(
    file('4-row-1e999.xlsx'),
    headerRow + rows(2, 2) + rowXml('1e999', kippCells(3)).replace(/r="[A-E]1e999"/g, ''),
  );
  await writeFile(
    file('5-stray-quote.csv'),
    CSV_HEADER + csvRow(2) + csvRow(3).replace('Inovasi', '"Inovasi'),
  );
  // The probe's 50 MB cell of 10 million words.
  await writeFile(
    file('6-huge-cell.csv'),
    `${CSV_HEADER}${csvRow(2)}K,2021,Judul,Instansi,${'kata '.repeat(10_000_000)}\n`,
  );
  await writeFile(file('7-good.csv'), CSV_HEADER + csvRow(2) + csvRow(3));
}

/** IGA items nested 200,000 levels deep, in a JSON array and on an NDJSON line, between good ones. */
async function writeDeepIga(folder: string): Promise<void> {
  const item = (id: string) =>
    JSON.stringify({
      id,
      tahun_penilaian: 2023,
      pemda: { kode: '35.10', nama: 'Kabupaten Banyuwangi' },
      nama_inovasi: `Inovasi ${id}`,
      rancang_bangun: 'Ringkasan.',
    });
  const deep = `{"id":"D","tahun_penilaian":2023,"urusan":${'['.repeat(200_000)}${']'.repeat(200_000)}}`;
  await writeFile(`${folder}/deep.json`, `[${item('A1')},${deep},${item('A3')}]`);
  await writeFile(`${folder}/deep.ndjson`, `${item('B1')}\n${deep}\n${item('B3')}\n`);
}

/** The ingest CLI under GNU time, for the child's peak resident memory. */
function ingestDry(inputs: string[], reportPath: string, dataDir: string) {
  const child = spawn(
    '/usr/bin/time',
    [
      '-f',
      'maxrss_kb=%M',
      process.execPath,
      '--max-old-space-size=512',
      'ingest/cli.ts',
      ...inputs,
      '--dry-run',
      '--report',
      reportPath,
    ],
    {
      cwd: process.cwd(),
      env: { ...process.env, DATA_DIR: dataDir },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise<{ code: number; stderr: string }>((resolve) => {
    child.on('exit', (exit) => {
      resolve({ code: exit ?? 1, stderr });
    });
  });
}

beforeAll(async () => {
  temp = await makeTempDir('hostile-ingest');
  const folder = temp.file('kipp');
  await mkdir(folder);
  await writeHostileFolder(folder);
  const igaFolder = temp.file('iga');
  await mkdir(igaFolder);
  await writeDeepIga(igaFolder);
  const run = await ingestDry(
    ['kipp', folder, 'iga', igaFolder],
    temp.file('r.json'),
    temp.file('data'),
  );
  code = run.code;
  peakMb = Number(/maxrss_kb=(\d+)/.exec(run.stderr)?.[1] ?? Number.NaN) / 1024;
  console.log(`hostile folder, dry run: exit ${String(code)}, peak memory ${peakMb.toFixed(0)} MB`);
  report = ingestReportSchema.parse(JSON.parse(await readFile(temp.file('r.json'), 'utf8')));
}, 120_000);

afterAll(async () => {
  await temp.remove();
});

describe('a dry run over a folder of hostile files', () => {
  it('finishes with its report, exit 0, under the ingest heap', () => {
    expect(code).toBe(0);
    expect(peakMb).toBeLessThan(700);
  });

  it('reads the good file and rejects each hostile one where it broke', () => {
    const byFile = (name: string) => report.files.find((stats) => stats.file.endsWith(name));
    expect(byFile('7-good.csv')).toMatchObject({ accepted: 2, rejected: 0 });
    expect(byFile('1-far-columns.xlsx')).toMatchObject({ accepted: 0, rejected: 2000 });
    expect(byFile('3-entity.xlsx')).toMatchObject({ accepted: 2, rejected: 1 });
    expect(byFile('4-row-1e999.xlsx')).toMatchObject({ accepted: 1, rejected: 1 });
    expect(byFile('5-stray-quote.csv')).toMatchObject({ accepted: 1, rejected: 1 });
    expect(byFile('6-huge-cell.csv')).toMatchObject({ accepted: 1, rejected: 1 });
    const reasons = (name: string) =>
      report.rejected
        .filter((issue) => issue.file.endsWith(name))
        .map((issue) => [issue.row, issue.reason]);
    expect(reasons('2-shared-strings.xlsx')).toEqual([
      [
        0,
        'the file could not be read after row 0 (the shared-string table has more than 2000000 entries, the limit)',
      ],
    ]);
    expect(reasons('4-row-1e999.xlsx')).toEqual([
      [3, 'the row number "1e999" is not a whole number from 1 to 1048576'],
    ]);
    for (const name of ['deep.json', 'deep.ndjson']) {
      expect(byFile(name)).toMatchObject({ accepted: 2, rejected: 1 });
      expect(reasons(name)).toEqual([[2, 'nests deeper than 32 levels, the limit']]);
    }
    expect(reasons('6-huge-cell.csv')[0]?.[1]).toMatch(
      /^the file could not be read after row 2 \(Max Record Size/,
    );
  });
});
