import { writeZip } from './zip.ts';

const KIPP_HEADER = ['No. Registrasi', 'Tahun', 'Judul Inovasi', 'Instansi', 'Ringkasan'];

/** A valid KIPP row's cells, numbered so each record is told apart. */
export function kippCells(n: number): string[] {
  return [
    `KIPP-2021-${String(n).padStart(5, '0')}`,
    '2021',
    `Inovasi ${String(n)}`,
    'Kementerian Keuangan',
    `Ringkasan ${String(n)}.`,
  ];
}

/** `<row r="n">` with inline-string cells in columns A, B, …; `extra` is written inside as is. */
export function rowXml(r: string, cells: readonly string[], extra = ''): string {
  const written = cells
    .map((text, index) => {
      const ref = `${String.fromCharCode(65 + index)}${r}`;
      return `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
    })
    .join('');
  return `<row r="${r}">${written}${extra}</row>`;
}

/** The KIPP header as row 1. */
export const headerRow = rowXml('1', KIPP_HEADER);

/**
 * A one-sheet .xlsx package written by hand, so its XML can be anything: `rows` is the inside
 * of `<sheetData>`, `sharedStrings` the inside of `<sst>` when given.
 */
export function writeHostileXlsx(
  path: string,
  rows: string,
  sharedStrings?: string,
  prolog = '<?xml version="1.0" encoding="UTF-8"?>',
): Promise<void> {
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return writeZip(path, {
    'xl/workbook.xml': `<?xml version="1.0"?><workbook ${ns} xmlns:r="${rel}"><sheets><sheet name="Proposal" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': `${prolog}<worksheet ${ns}><sheetData>${rows}</sheetData></worksheet>`,
    ...(sharedStrings !== undefined && {
      'xl/sharedStrings.xml': `<?xml version="1.0"?><sst ${ns}>${sharedStrings}</sst>`,
    }),
  });
}
