import { parse } from 'csv-parse';
import { createReadStream } from 'node:fs';

/** The baseline: only csv-parse over the same file, no normalising, validating or merging. */
const [path, delimiter = ';'] = process.argv.slice(2);
if (!path) throw new Error('usage: raw-csv.ts <file> [delimiter]');
let rows = 0;
const parser = createReadStream(path).pipe(
  parse({ bom: true, delimiter, relax_column_count: true }),
);
for await (const _row of parser) rows += 1;
console.log(JSON.stringify({ rows }));
