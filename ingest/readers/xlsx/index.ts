import { readableFileSize } from '../file-stream.ts';
import { DEFAULT_READ_LIMITS, type ReadLimits } from '../limits.ts';
import type { SheetRow } from '../table.ts';
import type { ReadProgress } from '../types.ts';
import { readDateStyles, readWorkbook } from './parts.ts';
import { readSharedStrings } from './shared-strings.ts';
import { streamSheetRows } from './sheet.ts';
import { openPackage } from './zip.ts';

/**
 * Streams the rows of one sheet of an .xlsx file: the sheet named `preferredSheet` when there
 * is one, else the first. Cells become plain values (text, number, boolean, Date for cells
 * formatted as dates). Rows are parsed as the sheet part is inflated, never all at once.
 */
export async function* readXlsxRows(
  path: string,
  preferredSheet: string,
  progress: ReadProgress,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
): AsyncGenerator<SheetRow> {
  await readableFileSize(path);
  const pkg = await openPackage(path, limits.maxPartBytes);
  try {
    const workbook = await readWorkbook(pkg);
    const wanted = preferredSheet.trim().toLowerCase();
    const sheet =
      workbook.sheets.find((s) => s.name.trim().toLowerCase() === wanted) ?? workbook.sheets[0];
    if (!sheet) return;
    const context = {
      sharedStrings: await readSharedStrings(pkg, limits),
      dateStyles: await readDateStyles(pkg),
      date1904: workbook.date1904,
    };
    progress.setTotal(pkg.size(sheet.part));
    yield* streamSheetRows(await pkg.stream(sheet.part), context, limits, (bytes) => {
      progress.advance(bytes);
    });
  } finally {
    pkg.close();
  }
}
