import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

export interface Province {
  /** Kemendagri code, e.g. `13`. */
  code: string;
  /** Official name, e.g. `Sumatera Barat`. */
  name: string;
}

export interface Regency {
  /** Kemendagri code, e.g. `13.75`. */
  code: string;
  provinceCode: string;
  /** Official name, e.g. `Kota Bukittinggi`. */
  name: string;
  kind: 'kabupaten' | 'kota';
  /** The name without `Kabupaten ` / `Kota `, e.g. `Bukittinggi`. */
  bare: string;
}

export interface Regions {
  provinces: readonly Province[];
  regencies: readonly Regency[];
  province(code: string): Province;
  regency(code: string): Regency;
  /** Bare names shared with another regency or a province (`Malang`): never written bare. */
  ambiguousBare: ReadonlySet<string>;
  /** Kecamatan names of a regency, for Puskesmas names. */
  districtsOf(regencyCode: string): readonly string[];
  /**
   * The code a province or regency of today had in `year`: until 2022 Papua was `94` and
   * Papua Barat `91` (`data/regions/former-codes.csv`), so IGA 2019 writes Merauke `94.01`.
   */
  codeIn(code: string, year: number): string;
  /** False for a province not yet formed in `year` (Papua Selatan before 2023). */
  existedIn(provinceCode: string, year: number): boolean;
}

function readCsv(specifier: string): Record<string, string>[] {
  const path = fileURLToPath(import.meta.resolve(specifier));
  return parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true });
}

/** The 38 provinces and 514 regencies/cities of `idn-area-data`. */
export function loadRegions(): Regions {
  const provinces = readCsv('idn-area-data/data/provinces.csv').map((row): Province => ({
    code: field(row, 'code'),
    name: field(row, 'name'),
  }));
  const regencies = readCsv('idn-area-data/data/regencies.csv').map((row): Regency => {
    const name = field(row, 'name');
    const kind = name.startsWith('Kota ') ? 'kota' : 'kabupaten';
    return {
      code: field(row, 'code'),
      provinceCode: field(row, 'province_code'),
      name,
      kind,
      bare: name.replace(/^(Kabupaten|Kota)( Administrasi)? /, ''),
    };
  });
  // A bare name shared by two regencies, or by a province, cannot be written bare.
  const bareCounts = new Map<string, number>(
    [...provinces.map((p) => p.name), 'Jakarta', 'Yogyakarta'].map((name) => [name, 1]),
  );
  for (const regency of regencies) {
    bareCounts.set(regency.bare, (bareCounts.get(regency.bare) ?? 0) + 1);
  }
  const districts = new Map<string, string[]>();
  for (const row of readCsv('idn-area-data/data/districts.csv')) {
    const regencyCode = field(row, 'regency_code');
    districts.set(regencyCode, [...(districts.get(regencyCode) ?? []), field(row, 'name')]);
  }
  const former = formerCodes(provinces, regencies);
  const codeIn = (code: string, year: number): string => {
    const then = former.get(code);
    return then && year <= then.until ? then.code : code;
  };
  /** The province a regency of today belonged to in `year` (Merauke: Papua until 2022). */
  const provinceIn = (regency: Regency, year: number): Province => {
    const then = codeIn(regency.code, year);
    if (then === regency.code) return lookup(provinces, regency.provinceCode);
    const provinceThen = then.split('.')[0] ?? '';
    const today = [...former].find(([, old]) => old.code === provinceThen)?.[0] ?? '';
    return lookup(provinces, today);
  };
  return {
    provinces,
    regencies,
    codeIn,
    // A province none of whose regencies were its own in `year` did not exist yet.
    existedIn: (provinceCode, year) =>
      regencies.some(
        (regency) =>
          regency.provinceCode === provinceCode && provinceIn(regency, year).code === provinceCode,
      ),
    province: (code) => lookup(provinces, code),
    regency: (code) => lookup(regencies, code),
    ambiguousBare: new Set([...bareCounts].filter(([, n]) => n > 1).map(([bare]) => bare)),
    districtsOf: (regencyCode) => districts.get(regencyCode) ?? [],
  };
}

/**
 * Today's code → the code it had and the last year it had it, from the former-codes table of
 * the ingest's reference data; names match as the table's README says (case, spaces, dots).
 */
function formerCodes(
  provinces: readonly Province[],
  regencies: readonly Regency[],
): Map<string, { code: string; until: number }> {
  const path = fileURLToPath(new URL('../../data/regions/former-codes.csv', import.meta.url));
  const rows: Record<string, string>[] = parse(readFileSync(path, 'utf8'), {
    columns: true,
    skip_empty_lines: true,
  });
  const key = (name: string): string => name.toLowerCase().replace(/[^a-z]/g, '');
  const places = [...provinces, ...regencies];
  const byToday = new Map<string, { code: string; until: number }>();
  for (const row of rows) {
    const name = key(field(row, 'name'));
    const today = places.find((place) => key(place.name) === name);
    if (!today) throw new Error(`former code ${field(row, 'code')}: no region named ${name}`);
    byToday.set(today.code, { code: field(row, 'code'), until: Number(field(row, 'until')) });
  }
  return byToday;
}

function lookup<T extends { code: string }>(places: readonly T[], code: string): T {
  const place = places.find((candidate) => candidate.code === code);
  if (!place) throw new Error(`no region with code ${code}`);
  return place;
}

function field(row: Record<string, string>, key: string): string {
  const value = row[key];
  if (value === undefined) throw new Error(`region row without ${key}`);
  return value;
}
