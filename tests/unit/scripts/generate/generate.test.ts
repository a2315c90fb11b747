import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateBench } from '../../../../scripts/generate/bench/generate.ts';
import { generateSample } from '../../../../scripts/generate/sample/generate.ts';
import { makeTempDir, type TempDir } from '../../../helpers/temp.ts';
import { samplesDir } from './read-sample.ts';

const taxonomyPath = join(import.meta.dirname, '../../../../data/taxonomy/category-sectors.csv');
const seed = 20_140_515;

/** SHA-256 of every file under `dir`, by relative path. */
function hashes(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) =>
    entry.isFile(),
  );
  return Object.fromEntries(
    files
      .map((entry) => join(entry.parentPath, entry.name))
      .sort()
      .map((path) => [
        relative(dir, path),
        createHash('sha256').update(readFileSync(path)).digest('hex'),
      ]),
  );
}

let temp: TempDir;
beforeAll(async () => {
  temp = await makeTempDir('generate');
});
afterAll(async () => {
  await temp.remove();
});

describe('generateSample', () => {
  it('writes byte-identical files for the same seed, and they are the committed sample', async () => {
    await generateSample({ seed, out: temp.file('a'), taxonomyPath });
    await generateSample({ seed, out: temp.file('b'), taxonomyPath });
    const first = hashes(temp.file('a'));
    expect(Object.keys(first)).toHaveLength(21);
    expect(hashes(temp.file('b'))).toEqual(first);
    // If this fails, the generator or the taxonomy changed: run `npm run data:generate` and commit data/samples.
    expect(hashes(samplesDir)).toEqual(first);
  }, 60_000);

  it('writes other files for another seed', async () => {
    await generateSample({ seed: seed + 1, out: temp.file('c'), taxonomyPath });
    expect(hashes(temp.file('c'))['kipp/kipp-2016.csv']).not.toBe(
      hashes(samplesDir)['kipp/kipp-2016.csv'],
    );
  }, 60_000);
});

describe('generateBench', () => {
  const count = 250;
  const bench = (name: string) =>
    generateBench({
      seed,
      out: temp.file(name),
      count,
      programmes: ['kipp', 'iga', 'inolan'],
      taxonomyPath,
    });

  it('writes byte-identical files for the same seed', async () => {
    await bench('bench-a');
    await bench('bench-b');
    const first = hashes(temp.file('bench-a'));
    expect(Object.keys(first).sort()).toEqual([
      'iga/iga-250.ndjson',
      'inolan/page-1.json',
      'kipp/kipp-250.csv',
      'kipp/kipp-250.xlsx',
    ]);
    expect(hashes(temp.file('bench-b'))).toEqual(first);
  }, 60_000);

  it('writes `count` records of each programme, in files that parse', async () => {
    const dir = temp.file('bench-a');
    const csv: string[][] = parse(readFileSync(join(dir, 'kipp/kipp-250.csv'), 'utf8'), {
      bom: true,
      delimiter: ';',
      relax_column_count: true,
      skip_empty_lines: true,
    });
    const records = csv.filter((row) => /^KIPP-\d{4}-\d{5}$/.test(row[0] ?? ''));
    expect(records).toHaveLength(count);
    expect(new Set(records.map((row) => row[0])).size).toBe(count);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'kipp/kipp-250.xlsx'));
    let xlsxRecords = 0;
    workbook.getWorksheet('Proposal')?.eachRow((row) => {
      if (/^KIPP-/.test(row.getCell(1).text)) xlsxRecords += 1;
    });
    expect(xlsxRecords).toBe(count);

    const lines = readFileSync(join(dir, 'iga/iga-250.ndjson'), 'utf8').trimEnd().split('\n');
    expect(lines.map((line) => JSON.parse(line) as unknown)).toHaveLength(count);

    const page = JSON.parse(readFileSync(join(dir, 'inolan/page-1.json'), 'utf8')) as {
      data: unknown[];
      meta: unknown;
    };
    expect(page.data).toHaveLength(count);
    expect(page.meta).toEqual({ page: 1, per_page: 1000, total: count });
  }, 60_000);
});
