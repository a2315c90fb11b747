import { join, resolve } from 'node:path';
import type { RegionIndex } from '../../lib/regions/index.ts';
import { processConfig, type Config } from '../config.ts';
import { loadRegionIndex } from './regions.ts';

let cached: RegionIndex | undefined;

/**
 * The official provinces and regencies for the server (the registration form and its
 * validation), read once from REFERENCE_DIR: the built server's own files are elsewhere, so
 * the default folder next to the source would not be found.
 */
export function siteRegions(config: Config = processConfig()): RegionIndex {
  cached ??= loadRegionIndex(join(resolve(config.REFERENCE_DIR), 'regions'));
  return cached;
}

/** `Kota Padang, Sumatera Barat`: a place by its codes, regency first; an unknown code as it is. */
export function regionLabel(place: {
  provinceCode: string;
  regencyCode?: string | undefined;
}): string {
  const regions = siteRegions();
  return [place.regencyCode, place.provinceCode]
    .flatMap((code) => (code === undefined ? [] : [regions.byCode(code)?.name ?? code]))
    .join(', ');
}
