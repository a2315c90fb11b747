import ExcelJS from 'exceljs';
import { openCounted, readableFileSize } from './file-stream.ts';
import type { ReadProgress } from './types.ts';
import type { SheetRow } from './table.ts';

/**
 * Streams the rows of one sheet of an .xlsx file: the sheet named `preferredSheet` when there
 * is one, else the first. Cells become plain values (text, number, boolean, Date).
 */
export async function* readXlsxRows(
  path: string,
  preferredSheet: string,
  progress: ReadProgress,
): AsyncGenerator<SheetRow> {
  await readableFileSize(path);
  const wanted = (await sheetNames(path)).find((name) => sameName(name, preferredSheet));
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(await openCounted(path, progress), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
  });
  let first = true;
  for await (const sheet of reader) {
    const take = wanted ? sameName(sheetName(sheet), wanted) : first;
    first = false;
    if (!take) continue;
    for await (const row of sheet) {
      yield { row: row.number, cells: cellsOf(row) };
    }
    return;
  }
}

function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function sheetName(sheet: unknown): string {
  return typeof sheet === 'object' && sheet && 'name' in sheet ? String(sheet.name) : '';
}

/** The sheet names, from the workbook part, read before the rows are streamed. */
async function sheetNames(path: string): Promise<string[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    worksheets: 'ignore',
    sharedStrings: 'ignore',
    styles: 'ignore',
    hyperlinks: 'ignore',
  });
  // With worksheets ignored the iteration yields nothing, but it parses the workbook part.
  await reader[Symbol.asyncIterator]().next();
  return reader.model.sheets.map((sheet) => sheet.name);
}

function cellsOf(row: ExcelJS.Row): unknown[] {
  // row.values is 1-based: index 0 is always empty.
  const values = Array.isArray(row.values) ? row.values.slice(1) : [];
  return values.map(plainValue);
}

function plainValue(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  if ('richText' in value && Array.isArray(value.richText)) {
    return value.richText.map((part: { text?: string }) => part.text ?? '').join('');
  }
  if ('result' in value) return plainValue(value.result);
  if ('text' in value) return plainValue(value.text);
  if ('error' in value) return undefined;
  return undefined;
}
