import type { Planted } from '../expect.ts';
import { messHeader } from '../mess.ts';
import type { Rng } from '../rng.ts';
import {
  kippColumnOrder,
  kippHeaderVariants,
  type Cell,
  type KippCells,
  type KippColumn,
} from './columns.ts';

/** How one KIPP export file looks around its records. */
export interface KippSheetStyle {
  /** Chosen header text per column; a column not chosen keeps its first variant. */
  headers: Partial<Record<KippColumn, string>>;
  /** Columns this export does not have. */
  omit: readonly KippColumn[];
  /** Extra columns: a running `No` first, a `Keterangan` remark last. */
  counter: boolean;
  remark: boolean;
  /** Odd case and spaces in some headers. */
  messyHeaders: boolean;
  /** Rows above the header row: a title, an export date, empty rows. */
  preamble: readonly (readonly Cell[])[];
  /** Chance of an empty row after a record; `delimiters` writes it as `;;;;` in CSV. */
  blankRows: number;
  blankStyle: 'empty' | 'delimiters';
}

export function kippColumns(style: KippSheetStyle): KippColumn[] {
  const data = kippColumnOrder.filter((column) => !style.omit.includes(column));
  return [
    ...(style.counter ? ['counter' as const] : []),
    ...data,
    ...(style.remark ? ['remark' as const] : []),
  ];
}

const remarks = ['', '', 'Lolos administrasi', 'Diverifikasi', 'Tidak lengkap', 'Revisi'];

/**
 * The rows of one KIPP sheet, top to bottom, as a spreadsheet shows them: preamble, header,
 * records with the odd empty row between them. Each record is handed to `locate` with its row
 * number (header rows count).
 */
export function* kippSheetRows(
  rng: Rng,
  style: KippSheetStyle,
  records: Iterable<Planted<KippCells>>,
  locate: (row: number, record: Planted<KippCells>) => void,
): Generator<Cell[]> {
  const columns = kippColumns(style);
  let row = 0;
  for (const line of style.preamble) {
    row += 1;
    yield [...line];
  }
  const header = columns.map((column) => style.headers[column] ?? kippHeaderVariants[column][0]);
  row += 1;
  yield style.messyHeaders ? header.map((text) => messHeader(rng, text)) : header;
  let counter = 0;
  for (const record of records) {
    counter += 1;
    const cells: KippCells = { ...record.value, counter, remark: rng.pick(remarks) };
    row += 1;
    locate(row, record);
    yield columns.map((column) => cells[column] ?? '');
    if (rng.chance(style.blankRows)) {
      row += 1;
      yield style.blankStyle === 'empty' ? [] : columns.map(() => '');
    }
  }
}
