import { compactKey, isFiller, levelOf, nameWords, splitLeadingLevel } from './name-key.ts';
import type { Province, RegencyKind } from './schema.ts';
import type { RegencyWithProvince, RegionTables } from './tables.ts';

/** A province by any of its names: `Prov. Sumatera Barat`, `Sumbar`, `D.I. Yogyakarta`. */
export function findProvince(tables: RegionTables, name: string): Province | undefined {
  const { level, rest } = splitLeadingLevel(nameWords(name));
  if (level === 'kabupaten' || level === 'kota') return undefined;
  return tables.provinceByKey.get(compactKey(rest));
}

/**
 * A regency by any of its names. A bare name shared by a kabupaten and a kota (`Malang`) or by
 * two provinces (`Banjar`) is ambiguous: an explicit `Kota`/`Kab.` in the name decides (strictly),
 * then the province code (strictly), then the hint, which only ever narrows a choice.
 */
export function findRegency(
  tables: RegionTables,
  name: string,
  provinceCode?: string,
  hint?: RegencyKind,
): RegencyWithProvince | undefined {
  const words = nameWords(name);
  const { level, rest } = splitLeadingLevel(words);
  if (level === 'provinsi') return undefined;
  let kind: RegencyKind | undefined = level;
  let candidates = _candidates(tables, compactKey(rest));
  if (candidates.length === 0 && level !== undefined) {
    // `Kota Baru` may be the kabupaten Kotabaru rather than a kota named Baru.
    candidates = _candidates(tables, compactKey(words.slice(_lastLevelAt(words, rest.length))));
    kind = undefined;
  }
  if (provinceCode) candidates = candidates.filter((r) => r.provinceCode === provinceCode);
  if (kind !== undefined) candidates = candidates.filter((r) => r.kind === kind);
  else if (hint !== undefined && candidates.length > 1) {
    const hinted = candidates.filter((r) => r.kind === hint);
    if (hinted.length > 0) candidates = hinted;
  }
  return candidates.length === 1 ? candidates[0] : undefined;
}

/** A province (`13`) or a regency (`13.75`, or `1375` without the dot) by its code. */
export function findByCode(
  tables: RegionTables,
  code: string,
): Province | RegencyWithProvince | undefined {
  const canonical = canonicalCode(code);
  if (canonical === undefined) return undefined;
  return tables.provinceByCode.get(canonical) ?? tables.regencyByCode.get(canonical);
}

/** `13`, `13.75`, or `13.75` for `1375`; undefined for what is not a code's shape. */
export function canonicalCode(code: string): string | undefined {
  const text = code.trim();
  if (/^\d{2}$/.test(text)) return text;
  const regency = /^(\d{2})\.?(\d{2})$/.exec(text);
  return regency ? `${regency[1] ?? ''}.${regency[2] ?? ''}` : undefined;
}

// --- internal ---

function _candidates(tables: RegionTables, key: string): RegencyWithProvince[] {
  if (key === '') return [];
  const found = [
    ...(tables.regenciesByName.get(key) ?? []),
    ...(tables.regenciesByAlias.get(key) ?? []),
  ];
  return [...new Set(found)];
}

/** Where the last level word of the leading words is (`Kabupaten Kota Baru` → at `Kota`). */
function _lastLevelAt(words: string[], restLength: number): number {
  let index = words.length - restLength - 1;
  while (index > 0 && levelOf(words[index]) === undefined && isFiller(words[index])) index--;
  return index;
}
