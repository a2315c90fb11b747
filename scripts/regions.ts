/**
 * Writes the region reference tables from the npm package idn-area-data (data under the ODbL):
 * data/regions/provinces.csv (`code,name`) and data/regions/regencies.csv
 * (`code,provinceCode,name`). Run with `npm run data:regions`; the output is committed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { provinceSchema, regencyRowSchema } from '../src/lib/regions/schema.ts';

const packageData = join(
  dirname(createRequire(import.meta.url).resolve('idn-area-data/package.json')),
  'data',
);
const outputDir = fileURLToPath(new URL('../data/regions/', import.meta.url));

const sourceProvince = z.object({ code: z.string(), name: z.string() });
const sourceRegency = z.object({ code: z.string(), province_code: z.string(), name: z.string() });

function readSource<T>(file: string, schema: z.ZodType<T>): T[] {
  const records: unknown[] = parse(readFileSync(join(packageData, file)), {
    bom: true,
    columns: true,
    skip_empty_lines: true,
    trim: true,
  });
  return records.map((record) => schema.parse(record));
}

function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function writeCsv(file: string, header: string[], rows: string[][]): void {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  writeFileSync(join(outputDir, file), `${lines.join('\n')}\n`);
}

const provinces = readSource('provinces.csv', sourceProvince).map((row) =>
  provinceSchema.parse(row),
);
const regencies = readSource('regencies.csv', sourceRegency).map((row) =>
  regencyRowSchema.parse({ code: row.code, provinceCode: row.province_code, name: row.name }),
);

writeCsv(
  'provinces.csv',
  ['code', 'name'],
  provinces.map((province) => [province.code, province.name]),
);
writeCsv(
  'regencies.csv',
  ['code', 'provinceCode', 'name'],
  regencies.map((regency) => [regency.code, regency.provinceCode, regency.name]),
);
console.log(`regions: ${provinces.length} provinces, ${regencies.length} regencies/cities`);
