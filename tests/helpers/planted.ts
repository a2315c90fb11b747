import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** The sample's planted rejections (generated with it, `npm run data:generate`). */
const plantedRejections = z
  .array(z.object({ file: z.string(), row: z.int(), field: z.string() }))
  .parse(JSON.parse(readFileSync('data/samples/expected-rejections.json', 'utf8')));

/** The row of a sample file's planted rejection (`kipp/kipp-2019.xlsx` → its row). */
export function plantedRow(file: string): number {
  const row = plantedRejections.find((rejection) => rejection.file === file)?.row;
  if (row === undefined) throw new Error(`no planted rejection in ${file}`);
  return row;
}
