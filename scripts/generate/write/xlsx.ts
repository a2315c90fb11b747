import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import ExcelJS from 'exceljs';
import { setImmediate } from 'node:timers/promises';
import { pinZipDates } from './zip-dates.ts';

const rowsPerPause = 20;

export type XlsxCell = string | number | Date;

export interface SheetSpec {
  name: string;
  /** Rows top to bottom; an empty array is an empty row. */
  rows: Iterable<readonly XlsxCell[]>;
}

/**
 * Streams sheets into an XLSX file with exceljs' WorkbookWriter: rows are committed as they
 * come, so a large sheet is never held whole. `created` stands in for every timestamp the
 * file would otherwise take from the clock, so the same input gives the same bytes.
 */
export async function writeXlsx(
  path: string,
  sheets: readonly SheetSpec[],
  created: Date,
): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'Sinovik';
  workbook.lastModifiedBy = 'Sinovik';
  workbook.created = created;
  workbook.modified = created;
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    let pending = 0;
    for (const cells of sheet.rows) {
      // exceljs commits rows synchronously into an in-memory buffer that the zip stream drains
      // only when the event loop turns: without this pause a large sheet is held whole.
      pending += 1;
      if (pending === rowsPerPause) {
        pending = 0;
        await setImmediate();
      }
      const row = worksheet.addRow(cells.map((cell) => (cell === '' ? null : cell)));
      row.eachCell((cell) => {
        if (cell.value instanceof Date) cell.numFmt = 'dd/mm/yyyy';
      });
      row.commit();
    }
    worksheet.commit();
  }
  await workbook.commit();
  await pinZipDates(path, created);
}
