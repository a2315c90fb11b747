import { parse } from 'csv-parse';
import { parse as parseText } from 'csv-parse/sync';
import { openCounted, readHead } from './file-stream.ts';
import type { ReadProgress } from './types.ts';
import { DEFAULT_READ_LIMITS, type ReadLimits } from './limits.ts';
import { rowProblem, type SheetRow } from './table.ts';

/**
 * Streams the rows of a CSV file, numbered as a spreadsheet shows them. The delimiter (`,` or
 * `;`, which Indonesian Excel writes) is sniffed from the line that holds `marker`.
 */
export async function* readCsvRows(
  path: string,
  marker: string,
  progress: ReadProgress,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
): AsyncGenerator<SheetRow> {
  const head = await sniffHead(path, marker);
  const options = {
    bom: true,
    // Bounds what a quote never closed can swallow: the parser fails there, and the file is
    // rejected from that row on (see collectFile), instead of holding the rest of it.
    max_record_size: limits.maxLineChars,
    delimiter: head.delimiter,
    relax_column_count: true,
    relax_quotes: true,
  };
  let row = 0;
  for (const cells of head.titleRows === undefined ? [] : parseText(head.titleRows, options)) {
    row += 1;
    yield checked(row, cells, limits);
  }
  // The title rows are read apart because csv-parse builds an error object (with a stack and a
  // deep copy of the record) for every record whose length differs from the first one's, even
  // when told to relax: after a one-cell title row, that is every row of the file.
  const parser = (await openCounted(path, progress)).pipe(
    parse({ ...options, from_line: row + 1 }),
  );
  for await (const cells of parser as AsyncIterable<string[]>) {
    row += 1;
    yield checked(row, cells, limits);
  }
}

function checked(row: number, cells: string[], limits: ReadLimits): SheetRow {
  const problem = rowProblem(cells, limits);
  return problem === undefined ? { row, cells } : { row, cells: [], problem };
}

const SNIFF_BYTES = 64 * 1024;

interface CsvHead {
  delimiter: ',' | ';';
  /**
   * The lines above the header, when none holds a quote (so each line is one row and the
   * header's line number is its row number).
   */
  titleRows?: string;
}

/** The delimiter (`,` or `;`) from the line that holds `marker`, and the title rows above it. */
async function sniffHead(path: string, marker: string): Promise<CsvHead> {
  const lines = (await readHead(path, SNIFF_BYTES)).split(/\r?\n/);
  const headerIndex = lines.findIndex((line) => line.toLowerCase().includes(marker.toLowerCase()));
  const sample = lines[Math.max(0, headerIndex)] ?? '';
  const delimiter = count(sample, ';') > count(sample, ',') ? ';' : ',';
  const above = lines.slice(0, Math.max(0, headerIndex));
  if (above.length === 0 || above.some((line) => line.includes('"'))) return { delimiter };
  return { delimiter, titleRows: above.join('\n') };
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}
