import { dataDictionary } from '../../lib/schema/dictionary.ts';
import { csvDocument } from '../../lib/text/csv.ts';
import { csvColumns, listSeparator } from './csv.ts';

/** The data dictionary as CSV: one row per field, its meaning in both languages. */
export function dictionaryCsv(): string {
  return csvDocument([
    ['field', 'type', 'meaning_id', 'meaning_en'],
    ...dataDictionary.map(({ field, type, id, en }) => [field, type, id, en]),
  ]);
}

/** The data dictionary as JSON, with how the CSV download writes the fields. */
export function dictionaryJson(): string {
  const document = {
    fields: dataDictionary,
    csvExport: {
      columns: csvColumns,
      listSeparator,
      objectLists: 'JSON text',
      sections: 'one column per section: sections.<key>',
      absent: 'empty cell',
      formulaEscape: "a cell starting with =, +, -, @, tab or CR gets a leading '",
    },
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
