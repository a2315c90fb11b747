import { openSink } from './sink.ts';

export interface CsvOptions {
  /** Indonesian Excel writes `;`. */
  delimiter: ',' | ';';
  /** A UTF-8 byte-order mark, as Excel's "CSV UTF-8" writes. */
  bom: boolean;
  eol: '\n' | '\r\n';
  /** Quote every field, not only those that need it. */
  quoteAll: boolean;
}

/** One field, quoted when it holds the delimiter, a quote or a line break (RFC 4180). */
export function csvField(value: string, options: CsvOptions): string {
  const needsQuotes =
    options.quoteAll || value.includes(options.delimiter) || /["\r\n]/.test(value);
  return needsQuotes ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Streams lines to a CSV file; an empty array is an empty line. */
export async function writeCsv(
  path: string,
  lines: Iterable<readonly string[]>,
  options: CsvOptions,
): Promise<void> {
  const sink = await openSink(path);
  if (options.bom) await sink.write('\uFEFF');
  for (const line of lines) {
    await sink.write(
      line.map((value) => csvField(value, options)).join(options.delimiter) + options.eol,
    );
  }
  await sink.close();
}
