import { buildFormerCodings, findByCodeIn, findRegencyFormerlyIn } from './former.ts';
import { findByCode, findProvince, findRegency } from './lookup.ts';
import type { Province, RegencyKind } from './schema.ts';
import { buildRegionTables, type RegencyWithProvince, type RegionTablesInput } from './tables.ts';
import { createTextSearch, type RegionFound } from './text-search.ts';

export * from './schema.ts';
export type { RegencyWithProvince, RegionTablesInput } from './tables.ts';
export type { RegionFound } from './text-search.ts';

/** Resolves the many spellings of Indonesian regions to official Kemendagri codes and names. */
export interface RegionIndex {
  readonly provinces: readonly Province[];
  readonly regencies: readonly RegencyWithProvince[];
  /** `Sumatera Barat`, `SUMATERA BARAT`, `Prov. Sumatera Barat`, `Sumbar`, `DI Yogyakarta`, ... */
  province(name: string): Province | undefined;
  /**
   * `Kab. Banyuwangi`, `Banyuwangi`, `Pemkot Padang`, ... A name shared by a kabupaten and a
   * kota, or by two provinces, resolves only with `Kota`/`Kab.` in it, the province code, or
   * the hint; otherwise it is `undefined`. A province as it was before it was split
   * (`Merauke`, `Provinsi Papua`) finds the regency in the province carved out of it.
   */
  regency(name: string, provinceCode?: string, hint?: RegencyKind): RegencyWithProvince | undefined;
  /** `13` → the province; `13.75` or `1375` → the regency, with its province. */
  byCode(code: string): RegionFound | undefined;
  /**
   * The region a code named in `year`, as it is today: `94.01` in 2019 is Kabupaten Merauke
   * (today `93.01`), in 2023 Kabupaten Nabire. A code its year's coding lacks is `undefined`.
   */
  byCodeIn(code: string, year: number): RegionFound | undefined;
  /** The region an agency name mentions, for sources without region fields. */
  regionInText(text: string): RegionFound | undefined;
}

/** Results are remembered per input: sources repeat the same few thousand spellings. */
const cacheLimit = 50_000;

export function createRegionIndex(input: RegionTablesInput): RegionIndex {
  const tables = buildRegionTables(input);
  const inText = createTextSearch(tables);
  const codings = buildFormerCodings(tables, input.formerCodes ?? []);
  return {
    provinces: tables.provinces,
    regencies: tables.regencies,
    province: _remembered((name: string) => findProvince(tables, name)),
    regency: _remembered(
      (name: string, provinceCode?: string, hint?: RegencyKind) =>
        findRegency(tables, name, provinceCode, hint) ??
        (provinceCode === undefined
          ? undefined
          : findRegencyFormerlyIn(codings, provinceCode, (code) =>
              findRegency(tables, name, code, hint),
            )),
    ),
    byCode: (code) => findByCode(tables, code),
    byCodeIn: (code, year) => findByCodeIn(tables, codings, code, year),
    regionInText: _remembered(inText),
  };
}

// --- internal ---

function _remembered<A extends (string | undefined)[], R>(
  find: (...args: A) => R,
): (...args: A) => R {
  const cache = new Map<string, R>();
  return (...args) => {
    const key = args.join('\u0000');
    if (cache.has(key)) return cache.get(key) as R;
    const result = find(...args);
    if (cache.size >= cacheLimit) cache.clear();
    cache.set(key, result);
    return result;
  };
}
