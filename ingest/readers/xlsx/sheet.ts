import type { Readable } from 'node:stream';
import type { SheetRow } from '../table.ts';
import { streamXml } from './xml.ts';

export interface CellContext {
  sharedStrings: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
}

interface CellState {
  column: number;
  type: string;
  style: number;
  value: string;
}

/**
 * Streams a worksheet part row by row: `<row r="N">` keeps its spreadsheet number, and each
 * `<c r="B3">` lands in its column, so skipped empty cells and rows stay where they were.
 */
export function streamSheetRows(
  input: Readable,
  context: CellContext,
  onBytes: (bytes: number) => void,
): AsyncGenerator<SheetRow> {
  const ready: SheetRow[] = [];
  let row: SheetRow | undefined;
  let cells: unknown[] = [];
  let lastRow = 0;
  let cell: CellState | undefined;
  let inValue = false;
  const handlers = {
    open(name: string, attributes: Record<string, string>) {
      if (name === 'row') {
        lastRow = attributes.r ? Number(attributes.r) : lastRow + 1;
        cells = [];
        row = { row: lastRow, cells };
      } else if (name === 'c') {
        const column = attributes.r ? columnIndex(attributes.r) : cells.length;
        cell = { column, type: attributes.t ?? 'n', style: Number(attributes.s ?? 0), value: '' };
      } else if (name === 'v' || name === 't') {
        inValue = true;
      }
    },
    text(text: string) {
      if (inValue && cell) cell.value += text;
    },
    close(name: string) {
      if (name === 'v' || name === 't') inValue = false;
      else if (name === 'c' && cell) {
        cells[cell.column] = cellValue(cell, context);
        cell = undefined;
      } else if (name === 'row' && row) {
        ready.push(row);
        row = undefined;
      }
    },
  };
  return streamXml(input, handlers, () => ready.splice(0), onBytes);
}

/** `B3` → 1 (column B, zero-based). */
function columnIndex(reference: string): number {
  let index = 0;
  for (const char of reference) {
    const code = char.charCodeAt(0);
    if (code < 65 || code > 90) break;
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
