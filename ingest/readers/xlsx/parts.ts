import { posix } from 'node:path';
import type { Package } from './zip.ts';
import { parseXml } from './xml.ts';

export interface SheetRef {
  name: string;
  /** The part holding the sheet's rows, e.g. `xl/worksheets/sheet2.xml`. */
  part: string;
}

export interface Workbook {
  sheets: SheetRef[];
  /** Serial day 0 is 1904-01-01 instead of 1899-12-30 (old Mac workbooks). */
  date1904: boolean;
}

export async function readWorkbook(pkg: Package): Promise<Workbook> {
  const targets = new Map<string, string>();
  parseXml(await pkg.text('xl/_rels/workbook.xml.rels'), {
    open(name, attributes) {
      if (name === 'Relationship' && attributes.Id && attributes.Target) {
        targets.set(attributes.Id, attributes.Target);
      }
    },
  });
  const sheets: SheetRef[] = [];
  let date1904 = false;
  parseXml(await pkg.text('xl/workbook.xml'), {
    open(name, attributes) {
      if (name === 'workbookPr') date1904 = ['1', 'true'].includes(attributes.date1904 ?? '');
      if (name !== 'sheet') return;
      const target = targets.get(attributes['r:id'] ?? '');
      if (target) sheets.push({ name: attributes.name ?? '', part: partPath(target) });
    },
  });
  return { sheets, date1904 };
}

/** Relationship targets are relative to `xl/`, or absolute from the package root. */
function partPath(target: string): string {
  return target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join('xl', target));
}

/** Built-in number formats that show a date or time (ECMA-376 18.8.30). */
const DATE_FORMAT_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57,
]);

/** For each cell style index, whether its number format shows a date. */
export async function readDateStyles(pkg: Package): Promise<boolean[]> {
  if (!pkg.has('xl/styles.xml')) return [];
  const customDate = new Map<number, boolean>();
  const styles: boolean[] = [];
  let inCellXfs = false;
  parseXml(await pkg.text('xl/styles.xml'), {
    open(name, attributes) {
      if (name === 'numFmt')
        customDate.set(Number(attributes.numFmtId), isDateCode(attributes.formatCode ?? ''));
      if (name === 'cellXfs') inCellXfs = true;
      if (name === 'xf' && inCellXfs) {
        const id = Number(attributes.numFmtId ?? 0);
        styles.push(customDate.get(id) ?? DATE_FORMAT_IDS.has(id));
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return styles;
}

/** A format code shows a date when, outside quoted text and [colour] brackets, it has d, m or y. */
function isDateCode(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '').replace(/general/gi, '');
  return /[dmy]/i.test(bare);
}
