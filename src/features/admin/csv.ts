import { csvByteOrderMark, csvLine } from '../../lib/text/csv.ts';
import type { Registration } from '../../infra/database/types.ts';

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
  'shareEmail',
  'sharePhone',
  'stage',
  'hidden',
  'registrations',
  'createdAt',
  'updatedAt',
  'stageChangedAt',
] as const;

export type CsvColumn = (typeof csvColumns)[number];

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
      controller.enqueue(encoder.encode(`${csvByteOrderMark}${csvLine(csvColumns)}`));
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
    shareEmail: row.shareEmail,
    sharePhone: row.sharePhone,
    stage: row.stage,
    hidden: row.hidden,
    registrations: row.registrations,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    stageChangedAt: row.stageChangedAt,
  };
  return csvColumns.map((column) => values[column]);
}
