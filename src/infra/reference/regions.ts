import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createRegionIndex,
  formerCodeSchema,
  provinceSchema,
  regencyRowSchema,
  regionAliasSchema,
  type RegionIndex,
} from '../../lib/regions/index.ts';
import { readReferenceCsv } from './csv.ts';

export const regionsDir = fileURLToPath(new URL('../../../data/regions/', import.meta.url));

/**
 * Loads provinces.csv, regencies.csv, aliases.csv and former-codes.csv from `dir` (validated row by row; a bad
 * row stops with its file and line) and builds the region index.
 */
export function loadRegionIndex(dir: string = regionsDir): RegionIndex {
  const values = <T>(lines: { value: T }[]): T[] => lines.map(({ value }) => value);
  return createRegionIndex({
    provinces: values(readReferenceCsv(join(dir, 'provinces.csv'), provinceSchema)),
    regencies: values(readReferenceCsv(join(dir, 'regencies.csv'), regencyRowSchema)),
    aliases: values(readReferenceCsv(join(dir, 'aliases.csv'), regionAliasSchema)),
    formerCodes: values(readReferenceCsv(join(dir, 'former-codes.csv'), formerCodeSchema)),
  });
}
