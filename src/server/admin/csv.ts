import type { Registration } from '../interest/store/types.ts';

/**
 * The CSV export's columns: every field of a registration, contact data included (this file
 * is the only way contact data leaves the server), region names beside their codes.
 */
export const csvColumns = [
  'id',
  'innovationId',
  'agency',
  'cluster',
  'provinceCode',
  'province',
  'regencyCode',
  'regency',
  'contactName',
  'email',
  'phone',
  'note',
  'consent',
  'stage',
  'hidden',
  'registrations',
  'createdAt',
  'updatedAt',
  'stageChangedAt',
] as const;

export type CsvColumn = (typeof csvColumns)[number];

/**
 * One cell: a value a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a
 * tab or a carriage return) gets a leading `'`, so it shows as text; a cell holding a comma,
 * quote or line break is quoted, quotes doubled (RFC 4180).
 */
export function csvCell(value: string | number | boolean | undefined): string {
  let text = value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A line of cells, ended by CRLF as RFC 4180 and Excel expect. */
export function csvLine(cells: readonly (string | number | boolean | undefined)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/**
 * The export as a byte stream: a UTF-8 byte-order mark (so Excel reads the file as UTF-8),
 * the header, then one line per registration as the store yields them, so memory stays flat
 * however many there are.
 */
export function csvStream(
  rows: AsyncIterable<Registration>,
  regionName: (code: string) => string | undefined,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = rows[Symbol.asyncIterator]();
  return new ReadableStream({
    start(controller) {
      controller.enqueue(encoder.encode(`\uFEFF${csvLine(csvColumns)}`));
    },
    async pull(controller) {
      const next = await iterator.next();
      if (next.done === true) {
        controller.close();
        return;
      }
      controller.enqueue(encoder.encode(csvLine(cellsOf(next.value, regionName))));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

// --- internal ---

function cellsOf(
  row: Registration,
  regionName: (code: string) => string | undefined,
): (string | number | boolean | undefined)[] {
  const values: Record<CsvColumn, string | number | boolean | undefined> = {
    id: row.id,
    innovationId: row.innovationId,
    agency: row.agency,
    cluster: row.cluster,
    provinceCode: row.provinceCode,
    province: regionName(row.provinceCode),
    regencyCode: row.regencyCode,
    regency: row.regencyCode === undefined ? undefined : regionName(row.regencyCode),
    contactName: row.contactName,
    email: row.email,
    phone: row.phone,
    note: row.note,
    consent: row.consent,
    stage: row.stage,
    hidden: row.hidden,
    registrations: row.registrations,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    stageChangedAt: row.stageChangedAt,
  };
  return csvColumns.map((column) => values[column]);
}
