import type { Readable } from 'node:stream';
import type { ReadLimits } from '../limits.ts';
import { cellTooLong, type SheetRow } from '../table.ts';
import { OVERLONG, type SharedString } from './shared-strings.ts';
import { streamXml } from './xml.ts';

export interface CellContext {
  sharedStrings: readonly SharedString[];
  dateStyles: readonly boolean[];
  date1904: boolean;
}

interface CellState {
  column: number;
  type: string;
  style: number;
  value: string;
  tooLong: boolean;
}

/** Excel's last row: a row number beyond it (or not a whole number) is not a row. */
const MAX_ROW = 1_048_576;

/**
 * Streams a worksheet part row by row: `<row r="N">` keeps its spreadsheet number, and each
 * `<c r="B3">` lands in its column, so skipped empty cells and rows stay where they were.
 */
export function streamSheetRows(
  input: Readable,
  context: CellContext,
  limits: ReadLimits,
  onBytes: (bytes: number) => void,
): AsyncGenerator<SheetRow> {
  const ready: SheetRow[] = [];
  let row: SheetRow | undefined;
  let cells: unknown[] = [];
  let problem: string | undefined;
  let lastRow = 0;
  let cell: CellState | undefined;
  let inValue = false;
  const handlers = {
    open(name: string, attributes: Record<string, string>) {
      if (name === 'row') {
        const written = attributes.r;
        const number = written === undefined ? lastRow + 1 : rowNumber(written);
        lastRow = number ?? lastRow + 1;
        problem = number === undefined ? badRowNumber(written) : undefined;
        cells = [];
        row = { row: lastRow, cells };
      } else if (name === 'c') {
        const column = attributes.r ? columnIndex(attributes.r) : cells.length;
        cell = {
          column,
          type: attributes.t ?? 'n',
          style: Number(attributes.s ?? 0),
          value: '',
          tooLong: false,
        };
      } else if (name === 'v' || name === 't') {
        inValue = true;
      }
    },
    text(text: string) {
      if (!inValue || !cell || cell.tooLong) return;
      if (cell.value.length + text.length > limits.maxCellChars) cell.tooLong = true;
      else cell.value += text;
    },
    close(name: string) {
      if (name === 'v' || name === 't') inValue = false;
      else if (name === 'c' && cell) {
        problem ??= placeCell(cell, cells, context, limits);
        cell = undefined;
      } else if (name === 'row' && row) {
        ready.push(problem === undefined ? row : { row: row.row, cells: [], problem });
        row = undefined;
      }
    },
  };
  return streamXml(input, handlers, () => ready.splice(0), onBytes);
}

/**
 * Puts a cell's value in its column, addressed without allocating up to it: a cell beyond the
 * column limit or too long is the row's problem instead.
 */
function placeCell(
  cell: CellState,
  cells: unknown[],
  context: CellContext,
  limits: ReadLimits,
): string | undefined {
  if (cell.column >= limits.maxColumns) {
    return `has a cell beyond column ${String(limits.maxColumns)}, the limit`;
  }
  const value = cell.tooLong ? OVERLONG : cellValue(cell, context);
  if (value === OVERLONG) return cellTooLong(cell.column, limits);
  cells[cell.column] = value;
  return undefined;
}

/** A row number as written (`r="12"`), when it is a whole number Excel can have. */
function rowNumber(written: string): number | undefined {
  if (!/^\d{1,7}$/.test(written)) return undefined;
  const number = Number(written);
  return number >= 1 && number <= MAX_ROW ? number : undefined;
}

function badRowNumber(written = ''): string {
  const shown = written.length > 20 ? `${written.slice(0, 20)}…` : written;
  return `the row number ${JSON.stringify(shown)} is not a whole number from 1 to ${String(MAX_ROW)}`;
}

/** Column letters beyond Excel's last column (XFD) all count as too far right. */
const MAX_LETTERS = 3;

/** `B3` → 1 (column B, zero-based); a column further right than XFD → Infinity. */
function columnIndex(reference: string): number {
  let index = 0;
  for (let at = 0; at < reference.length; at++) {
    const code = reference.charCodeAt(at);
    if (code < 65 || code > 90) break;
    if (at >= MAX_LETTERS) return Infinity;
    index = index * 26 + (code - 64);
  }
  return index - 1;
}

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

function cellValue(cell: CellState, context: CellContext): unknown {
  switch (cell.type) {
    case 's':
      return context.sharedStrings[Number(cell.value)];
    case 'inlineStr':
    case 'str':
      return cell.value;
    case 'b':
      return cell.value === '1';
    case 'e':
      return undefined;
    case 'd':
      return new Date(cell.value);
    default:
      return numberCell(cell, context);
  }
}

function numberCell(cell: CellState, context: CellContext): number | Date | undefined {
  if (cell.value === '') return undefined;
  const number = Number(cell.value);
  if (!context.dateStyles[cell.style]) return number;
  const epoch = context.date1904 ? EPOCH_1904 : EPOCH_1900;
  return new Date(epoch + Math.round(number * DAY_MS));
}
