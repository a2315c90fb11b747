import { parse } from 'csv-parse';
import { openCounted, readHead } from './file-stream.ts';
import type { ReadProgress } from './types.ts';
import type { SheetRow } from './table.ts';

/**
 * Streams the rows of a CSV file, numbered as a spreadsheet shows them. The delimiter (`,` or
 * `;`, which Indonesian Excel writes) is sniffed from the line that holds `marker`.
 */
export async function* readCsvRows(
  path: string,
  marker: string,
  progress: ReadProgress,
): AsyncGenerator<SheetRow> {
  const delimiter = await sniffDelimiter(path, marker);
  const parser = (await openCounted(path, progress)).pipe(
    parse({ bom: true, delimiter, relax_column_count: true, relax_quotes: true }),
  );
  let row = 0;
  for await (const cells of parser as AsyncIterable<string[]>) {
    row += 1;
    yield { row, cells };
  }
}

const SNIFF_BYTES = 64 * 1024;

async function sniffDelimiter(path: string, marker: string): Promise<',' | ';'> {
  const lines = (await readHead(path, SNIFF_BYTES)).split(/\r?\n/);
  const headerLine = lines.find((line) => line.toLowerCase().includes(marker.toLowerCase()));
  const sample = headerLine ?? lines[0] ?? '';
  return count(sample, ';') > count(sample, ',') ? ';' : ',';
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}
