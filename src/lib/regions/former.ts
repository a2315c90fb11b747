import { canonicalCode } from './lookup.ts';
import { kindOfOfficialName, type FormerCode, type Province } from './schema.ts';
import { regionKey, type RegencyWithProvince, type RegionTables } from './tables.ts';

type Region = Province | RegencyWithProvince;

/** What a code meant up to a year, as today's region. */
interface FormerMeaning {
  until: number;
  region: Region;
}

/** The earlier codings, ready to read a code with the coding of a record's year. */
export interface FormerCodings {
  /** Each former code's meanings, the earliest era first. */
  byCode: ReadonlyMap<string, readonly FormerMeaning[]>;
  /**
   * Provinces whose codes were renumbered, with the last year of the old coding: until then a
   * code under them is read only from the former table (`92.02` did not exist in 2019).
   */
  renumberedUntil: ReadonlyMap<string, number>;
  /**
   * Today's provinces carved out of each province (`91` Papua → `93`, `94`, `95`): a record that
   * names the province as it was (`Provinsi Papua`, `Kabupaten Merauke`) finds its regency there.
   */
  carvedFrom: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * Finds today's region of every former code by its name. The table is ours, so a name that
 * does not name exactly one region today is an error.
 */
export function buildFormerCodings(
  tables: RegionTables,
  rows: readonly FormerCode[],
): FormerCodings {
  const byCode = new Map<string, FormerMeaning[]>();
  const renumberedUntil = new Map<string, number>();
  const renumbered = (provinceCode: string, until: number) => {
    renumberedUntil.set(provinceCode, Math.max(until, renumberedUntil.get(provinceCode) ?? 0));
  };
  for (const row of rows) {
    const region = _todayOf(tables, row);
    const meanings = byCode.get(row.code) ?? [];
    meanings.push({ until: row.until, region });
    meanings.sort((a, b) => a.until - b.until);
    byCode.set(row.code, meanings);
    renumbered(row.code.slice(0, 2), row.until);
    renumbered(region.code.slice(0, 2), row.until);
  }
  return { byCode, renumberedUntil, carvedFrom: _carvedFrom(rows, byCode) };
}

/**
 * A regency named with a province it belonged to before that province was split: `Merauke` in
 * `Provinsi Papua` is today's Kabupaten Merauke in Papua Selatan. Only provinces carved out of
 * the named one are searched, so a name still needs to say exactly one regency.
 */
export function findRegencyFormerlyIn(
  codings: FormerCodings,
  provinceCode: string,
  findIn: (provinceCode: string) => RegencyWithProvince | undefined,
): RegencyWithProvince | undefined {
  const found = [...(codings.carvedFrom.get(provinceCode) ?? [])]
    .map(findIn)
    .filter((regency) => regency !== undefined);
  return found.length === 1 ? found[0] : undefined;
}

/**
 * The region `code` (`94.01`, `9401`, `94`) named in `year`, as it is today: from the former
 * table while its province was coded the old way, from today's table otherwise.
 */
export function findByCodeIn(
  tables: RegionTables,
  codings: FormerCodings,
  code: string,
  year: number,
): Region | undefined {
  const canonical = canonicalCode(code);
  if (canonical === undefined) return undefined;
  const until = codings.renumberedUntil.get(canonical.slice(0, 2));
  if (until === undefined || year > until) {
    return tables.provinceByCode.get(canonical) ?? tables.regencyByCode.get(canonical);
  }
  return codings.byCode.get(canonical)?.find((meaning) => year <= meaning.until)?.region;
}

// --- internal ---

/** Each former regency row says which province held it then and which holds it today. */
function _carvedFrom(
  rows: readonly FormerCode[],
  byCode: ReadonlyMap<string, readonly FormerMeaning[]>,
): Map<string, Set<string>> {
  const carved = new Map<string, Set<string>>();
  for (const row of rows) {
    if (row.code.length === 2) continue;
    const formerProvince = byCode
      .get(row.code.slice(0, 2))
      ?.find((meaning) => row.until <= meaning.until)?.region;
    const today = byCode.get(row.code)?.find((meaning) => meaning.until === row.until)?.region;
    if (formerProvince === undefined || today === undefined || !('provinceCode' in today)) continue;
    if (today.provinceCode === formerProvince.code) continue;
    const into = carved.get(formerProvince.code) ?? new Set<string>();
    into.add(today.provinceCode);
    carved.set(formerProvince.code, into);
  }
  return carved;
}

function _todayOf(tables: RegionTables, row: FormerCode): Region {
  const key = regionKey(row.name);
  const found =
    row.code.length === 2
      ? _asList(tables.provinces.find((province) => regionKey(province.name) === key))
      : (tables.regenciesByName.get(key) ?? []).filter(
          (regency) => regency.kind === kindOfOfficialName(row.name),
        );
  const [region] = found;
  if (region === undefined || found.length > 1) {
    throw new Error(
      `former code ${row.code} ${JSON.stringify(row.name)} names ${String(found.length)} regions of today, not one`,
    );
  }
  return region;
}

function _asList<T>(value: T | undefined): T[] {
  return value === undefined ? [] : [value];
}
