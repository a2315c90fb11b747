import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { z } from 'zod';
import { describeIssues } from '../../lib/zod-issues.ts';

type CsvRecord = Record<string, string>;

export interface ParsedLine<T> {
  line: number;
  value: T;
}

/** A path as a message shows it: relative to the working folder when inside it. */
export function displayPath(path: string): string {
  const inside = relative(process.cwd(), path);
  return inside === '' || inside.startsWith('..') ? path : inside;
}

/**
 * Reads a small reference CSV (header row, `,` delimiter) and parses every record with
 * `schema`. Reference data is ours, so the first bad row stops the run with an error that
 * names the file, the line and the field.
 */
export function readReferenceCsv<S extends z.ZodType>(
  path: string,
  schema: S,
): ParsedLine<z.output<S>>[] {
  const where = displayPath(path);
  const rows = parse<CsvRecord>(readFileSync(path), {
    bom: true,
    columns: true,
    info: true,
    skip_empty_lines: true,
    trim: true,
  }) as unknown as { record: CsvRecord; info: { lines: number } }[];
  return rows.map(({ record, info }) => {
    const result = schema.safeParse(record);
    if (!result.success) {
      throw new Error(`${where} line ${info.lines}: ${describeIssues(result.error.issues, 'row')}`);
    }
    return { line: info.lines, value: result.data };
  });
}
