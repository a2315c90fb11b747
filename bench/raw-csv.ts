import { parse } from 'csv-parse';
import { createReadStream } from 'node:fs';

/** The baseline: only csv-parse over the same file, no normalising, validating or merging. */
const [path, delimiter = ';'] = process.argv.slice(2);
if (!path) throw new Error('usage: raw-csv.ts <file> [delimiter]');
const parser = createReadStream(path).pipe(
  parse({ bom: true, delimiter, relax_column_count: true }),
);
const rows = await parser.reduce((count: number) => count + 1, 0);
console.log(JSON.stringify({ rows }));
