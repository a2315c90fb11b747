import { isBlank } from './blank.ts';
import { fail, ok, quote, type Parsed } from './parsed.ts';

/**
 * Shapes a number is written in, each with how to make it plain (`1234.5`). Indonesian writes
 * `1.234,5`; English-style exports write `1,234.5`. A lone `,` is the Indonesian decimal mark
 * (`87,5`). A lone `.` followed by exactly three digits (`1.234`, `12.500`) is read as a
 * thousands separator, because the sources are Indonesian; any other lone `.` is a decimal
 * point (`87.5`, `0.125`).
 */
const shapes: readonly { pattern: RegExp; plain: (text: string) => string }[] = [
  { pattern: /^\d+$/, plain: (text) => text },
  { pattern: /^\d*,\d+$/, plain: (text) => text.replace(',', '.') },
  { pattern: /^[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?$/, plain: indonesianToPlain },
  { pattern: /^[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?$/, plain: (text) => text.replaceAll(',', '') },
  { pattern: /^\d*\.\d+$/, plain: (text) => text },
];

/** A number from a number or from text in Indonesian or English notation. */
export function parseNumber(input: unknown): Parsed<number | undefined> {
  if (isBlank(input)) return ok(undefined);
  if (typeof input === 'number') {
    return Number.isFinite(input) ? ok(input) : fail(`${quote(String(input))} is not a number`);
  }
  if (typeof input !== 'string') return fail(`${quote(input)} is not a number`);
  const plain = toPlain(input.trim().replace(/\s+/g, ''));
  return plain === undefined ? fail(`${quote(input)} is not a number`) : ok(Number(plain));
}

// --- internal ---

function toPlain(text: string): string | undefined {
  const sign = /^[-+]/.test(text) ? text.slice(0, 1) : '';
  const digits = text.slice(sign.length);
  const shape = shapes.find(({ pattern }) => pattern.test(digits));
  return shape && `${sign}${shape.plain(digits)}`;
}

function indonesianToPlain(text: string): string {
  return text.replaceAll('.', '').replace(',', '.');
}
