import { join, resolve } from 'node:path';
import { kippRegistrationSchema, type KippRegistration } from '../../lib/trends/kipp.ts';
import type { Config } from '../config.ts';
import { readReferenceCsv } from './csv.ts';

/** Where the table lies under REFERENCE_DIR (`data/` by default). */
export const kippRegistrationsFile = join('trends', 'kipp-registrations.csv');

/**
 * KIPP registrations per year, the trends page's context chart, in year order: read from
 * REFERENCE_DIR (the built server's own files are elsewhere) and checked row by row, so a bad
 * row stops with its line and field.
 */
export function loadKippRegistrations(config: Pick<Config, 'REFERENCE_DIR'>): KippRegistration[] {
  return readKippRegistrations(join(resolve(config.REFERENCE_DIR), kippRegistrationsFile));
}

export function readKippRegistrations(path: string): KippRegistration[] {
  return readReferenceCsv(path, kippRegistrationSchema)
    .map(({ value }) => value)
    .sort((a, b) => a.year - b.year);
}
