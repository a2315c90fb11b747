import { compactKey, nameWords, splitLeadingLevel } from './name-key.ts';
import type { FormerCode, Province, Regency, RegionAlias } from './schema.ts';

/** A regency with its province at hand, so a caller never has to look the province up. */
export type RegencyWithProvince = Regency & { readonly province: Province };

export interface RegionTablesInput {
  provinces: readonly Province[];
  regencies: readonly Regency[];
  aliases: readonly RegionAlias[];
  /** Codes of earlier codings (`data/regions/former-codes.csv`); none means today's only. */
  formerCodes?: readonly FormerCode[];
}

/** The lookup maps, built once from the reference tables. */
export interface RegionTables {
  provinces: readonly Province[];
  regencies: readonly RegencyWithProvince[];
  provinceByCode: ReadonlyMap<string, Province>;
  regencyByCode: ReadonlyMap<string, RegencyWithProvince>;
  /** Official province names and province aliases, by name key. */
  provinceByKey: ReadonlyMap<string, Province>;
  /** Official regency names without `Kabupaten`/`Kota`, by name key; several share one. */
  regenciesByName: ReadonlyMap<string, readonly RegencyWithProvince[]>;
  /** Regency aliases (`Jaksel`, `Toba Samosir`), by name key. */
  regenciesByAlias: ReadonlyMap<string, readonly RegencyWithProvince[]>;
  /** The most words any stored name or alias has, which bounds a search in free text. */
  longestName: number;
}

/** The words a region name is stored under: level words (`Kabupaten`, `Prov.`) dropped. */
export function regionWords(name: string): string[] {
  return splitLeadingLevel(nameWords(name)).rest;
}

/** The key a region name is stored under: its words joined. */
export function regionKey(name: string): string {
  return compactKey(regionWords(name));
}

/**
 * Builds the lookup maps. Reference data is ours, so an alias of an unknown code, an alias
 * that names another province, or a regency of an unknown province is an error.
 */
export function buildRegionTables(input: RegionTablesInput): RegionTables {
  const provinceByCode = new Map(input.provinces.map((province) => [province.code, province]));
  const regencies = input.regencies.map((regency) => _withProvince(regency, provinceByCode));
  const regencyByCode = new Map(regencies.map((regency) => [regency.code, regency]));
  const provinceByKey = new Map(
    input.provinces.map((province) => [regionKey(province.name), province]),
  );
  const regenciesByName = new Map<string, RegencyWithProvince[]>();
  for (const regency of regencies) _push(regenciesByName, regionKey(regency.name), regency);
  const regenciesByAlias = new Map<string, RegencyWithProvince[]>();
  for (const { alias, code } of input.aliases) {
    const key = regionKey(alias);
    const province = provinceByCode.get(code);
    const regency = regencyByCode.get(code);
    if (province !== undefined) _addProvinceAlias(provinceByKey, key, alias, province);
    else if (regency !== undefined) _push(regenciesByAlias, key, regency);
    else throw new Error(`region alias ${JSON.stringify(alias)} names unknown code ${code}`);
  }
  return {
    provinces: input.provinces,
    regencies,
    provinceByCode,
    regencyByCode,
    provinceByKey,
    regenciesByName,
    regenciesByAlias,
    longestName: Math.max(
      ...[...input.provinces, ...input.regencies].map(({ name }) => regionWords(name).length),
      ...input.aliases.map(({ alias }) => regionWords(alias).length),
    ),
  };
}

// --- internal ---

function _withProvince(
  regency: Regency,
  provinceByCode: ReadonlyMap<string, Province>,
): RegencyWithProvince {
  const province = provinceByCode.get(regency.provinceCode);
  if (province === undefined) {
    throw new Error(`regency ${regency.code} names unknown province ${regency.provinceCode}`);
  }
  return Object.freeze({ ...regency, province });
}

function _addProvinceAlias(
  provinceByKey: Map<string, Province>,
  key: string,
  alias: string,
  province: Province,
): void {
  const existing = provinceByKey.get(key);
  if (existing !== undefined && existing.code !== province.code) {
    throw new Error(
      `region alias ${JSON.stringify(alias)} for ${province.code} already names ${existing.name}`,
    );
  }
  provinceByKey.set(key, province);
}

function _push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}
