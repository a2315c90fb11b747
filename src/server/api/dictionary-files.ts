import { dataDictionary } from '../../lib/schema/dictionary.ts';
import { csvLine } from '../admin/csv.ts';
import { csvColumns, listSeparator } from './csv.ts';

/** The data dictionary as CSV: one row per field, its meaning in both languages. */
export function dictionaryCsv(): string {
  const rows = dataDictionary.map(({ field, type, id, en }) => csvLine([field, type, id, en]));
  return `\uFEFF${csvLine(['field', 'type', 'meaning_id', 'meaning_en'])}${rows.join('')}`;
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
