import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

/** Plain readers for the generated files, independent of the ingest's own readers. */

export const samplesDir = join(import.meta.dirname, '../../../../data/samples');

export type SheetCell = string | number | Date | null;

export interface KippSheet {
  /** Every row as a spreadsheet shows it: `rows[n - 1]` is row n. */
  rows: SheetCell[][];
  /** 1-based row of the header (the first row holding `Judul Inovasi`). */
  headerRow: number;
  /** Header cells, trimmed and lower-cased. */
  header: string[];
}

const isHeader = (row: readonly SheetCell[] | undefined): boolean =>
  (row ?? []).some(
    (cell) => typeof cell === 'string' && cell.trim().toLowerCase() === 'judul inovasi',
  );

export async function readKipp(dir: string, file: string): Promise<KippSheet> {
  const rows = file.endsWith('.csv') ? csvRows(join(dir, file)) : await xlsxRows(join(dir, file));
  const index = rows.findIndex(isHeader);
  const header = (rows[index] ?? []).map((cell) =>
    String(cell ?? '')
      .trim()
      .toLowerCase(),
  );
  return { rows, headerRow: index + 1, header };
}

function csvRows(path: string): SheetCell[][] {
  const text = readFileSync(path, 'utf8');
  const headerLine = text.split('\n').find((line) => /judul inovasi/i.test(line)) ?? '';
  const delimiter = headerLine.includes(';') ? ';' : ',';
  return parse(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: false });
}

export async function xlsxSheetNames(path: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook.worksheets.map((sheet) => sheet.name);
}

async function xlsxRows(path: string): Promise<SheetCell[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.getWorksheet('Proposal') ?? workbook.worksheets[0];
  // eachRow skips rows that were never written: leave them as holes, filled below.
  const rows: (SheetCell[] | undefined)[] = [];
  sheet?.eachRow({ includeEmpty: true }, (row, number) => {
    rows[number - 1] = (row.values as (SheetCell | undefined)[])
      .slice(1)
      .map((cell) => cell ?? null);
  });
  return Array.from(rows, (row) => row ?? []);
}

/** The records below the header, by header name, with their spreadsheet row. */
export function kippRecords(
  sheet: KippSheet,
): { row: number; get: (header: string) => SheetCell }[] {
  return sheet.rows
    .map((cells, i) => ({ row: i + 1, cells }))
    .filter(
      ({ row, cells }) =>
        row > sheet.headerRow && cells.some((cell) => cell !== null && cell !== ''),
    )
    .map(({ row, cells }) => ({
      row,
      get: (header: string) => cells[sheet.header.indexOf(header.toLowerCase())] ?? null,
    }));
}

export type Item = Record<string, unknown>;

/** Items of a JSON array, a `{"data": [...]}` file or an InoLAN page. */
export function readJsonItems(dir: string, file: string): Item[] {
  const document: unknown = JSON.parse(
    readFileSync(join(dir, file), 'utf8').replace(/^\uFEFF/, ''),
  );
  return (Array.isArray(document) ? document : (document as { data: Item[] }).data) as Item[];
}

/** Lines of an NDJSON/JSONL file, without the final empty one. */
export function readLines(dir: string, file: string): string[] {
  return readFileSync(join(dir, file), 'utf8').split(/\r?\n/).slice(0, -1);
}

/** Every IGA record (broken lines left out) of the folder. */
export function igaRecords(dir: string): { file: string; record: Item }[] {
  return readdirSync(join(dir, 'iga')).flatMap((name) => {
    const file = `iga/${name}`;
    const items = name.endsWith('.json')
      ? readJsonItems(dir, file)
      : readLines(dir, file).flatMap((line): Item[] => {
          try {
            return [JSON.parse(line) as Item];
          } catch {
            return [];
          }
        });
    return items.map((record) => ({ file, record }));
  });
}

export const kippFileNames = (dir: string): string[] =>
  readdirSync(join(dir, 'kipp')).map((name) => `kipp/${name}`);

export const inolanPageNames = (dir: string): string[] =>
  readdirSync(join(dir, 'inolan'))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((name) => `inolan/${name}`);
