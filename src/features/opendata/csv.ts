import { dataDictionary } from '../../lib/schema/dictionary.ts';
import { sectionKeys, type Innovation } from '../../lib/schema/innovation.ts';
import { csvByteOrderMark, csvLine } from '../../lib/text/csv.ts';

/**
 * The CSV export's columns: the data dictionary's fields in order, `sections` spread over one
 * column per section (`sections.background` …), since a spreadsheet reads long texts best one
 * to a cell, without `otherNarratives` (JSON only).
 */
export const csvColumns: readonly string[] = dataDictionary.flatMap(({ field }) =>
  columnsOf(field),
);

/** Separates the items of a list of strings or numbers in one cell. */
export const listSeparator = '; ';

/** The header line, after a UTF-8 byte-order mark so that Excel reads the file as UTF-8. */
export function csvHeader(): string {
  return `${csvByteOrderMark}${csvLine(csvColumns)}`;
}

/**
 * One record as a CSV line: text, numbers and booleans as they are, an absent field empty,
 * lists of strings or numbers joined by `; `, lists of objects (`awards`, `provenance`) as
 * JSON text. Cells a spreadsheet would run as a formula are escaped by `csvLine`.
 */
export function csvRecord(record: Innovation): string {
  return csvLine(
    dataDictionary.flatMap(({ field }) => {
      if (field === 'sections') return sectionKeys.map((key) => record.sections[key]);
      return columnsOf(field).length === 0 ? [] : [cellOf(record[field])];
    }),
  );
}

// --- internal ---

/**
 * A field's columns. `otherNarratives` is left to the JSON: several whole narratives in one
 * cell would pass the 32,767 characters a spreadsheet cell holds.
 */
function columnsOf(field: keyof Innovation): string[] {
  if (field === 'sections') return sectionKeys.map((key) => `sections.${key}`);
  return field === 'otherNarratives' ? [] : [field];
}

type FieldValue = Innovation[keyof Innovation];

function cellOf(value: FieldValue): string | number | boolean | undefined {
  if (Array.isArray(value)) {
    const items: readonly unknown[] = value;
    return items.every(isScalar) ? items.join(listSeparator) : JSON.stringify(value);
  }
  return typeof value === 'object' ? JSON.stringify(value) : value;
}

function isScalar(item: unknown): item is string | number {
  return typeof item === 'string' || typeof item === 'number';
}
