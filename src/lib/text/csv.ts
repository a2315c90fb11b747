/**
 * CSV as every download of the portal writes it (RFC 4180, CRLF), safe to open in a
 * spreadsheet: the admin's registrations, the open-data records and dictionary, a chart's
 * numbers.
 */

/** Put first in a file, so Excel reads it as UTF-8. */
export const csvByteOrderMark = '\uFEFF';

export type CsvValue = string | number | boolean | undefined;

/**
 * One cell: a value a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a
 * tab or a carriage return) gets a leading `'`, so it shows as text; a cell holding a comma,
 * quote or line break is quoted, quotes doubled.
 */
export function csvCell(value: CsvValue): string {
  let text = value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A line of cells, ended by CRLF as RFC 4180 and Excel expect. */
export function csvLine(cells: readonly CsvValue[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** A whole small file: the byte-order mark, then one line per row (the first the header). */
export function csvDocument(rows: readonly (readonly CsvValue[])[]): string {
  return csvByteOrderMark + rows.map(csvLine).join('');
}
