import { join, resolve } from 'node:path';
import type { RegionIndex } from '../../lib/regions/index.ts';
import type { Config } from '../config.ts';
import { loadRegionIndex } from './regions.ts';

/**
 * The official provinces and regencies for the server (the registration form and its
 * validation), read from REFERENCE_DIR: the built server's own files are elsewhere, so the
 * default folder next to the source would not be found.
 */
export function loadSiteRegions(config: Pick<Config, 'REFERENCE_DIR'>): RegionIndex {
  return loadRegionIndex(join(resolve(config.REFERENCE_DIR), 'regions'));
}

/** `Kota Padang, Sumatera Barat`: a place by its codes, regency first; an unknown code as it is. */
export function regionLabel(
  regions: RegionIndex,
  place: { provinceCode: string; regencyCode?: string | undefined },
): string {
  return [place.regencyCode, place.provinceCode]
    .flatMap((code) => (code === undefined ? [] : [regions.byCode(code)?.name ?? code]))
    .join(', ');
}
