import type { RegionIndex } from '../../regions/index.ts';
import type { KnownValues } from './state.ts';

/**
 * The province and regency values that exist: the official names the ingest writes. A value
 * outside them (`provinsi=0`) is dropped by the page and refused by the API.
 */
export function placeValues(regions: RegionIndex): KnownValues {
  return {
    province: new Set(regions.provinces.map((province) => province.name)),
    regency: new Set(regions.regencies.map((regency) => regency.name)),
  };
}
