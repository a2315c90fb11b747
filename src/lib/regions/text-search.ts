import { compactKey, isFiller, levelOf, nameWords, type Level } from './name-key.ts';
import type { Province } from './schema.ts';
import type { RegencyWithProvince, RegionTables } from './tables.ts';

export type RegionFound = Province | RegencyWithProvince;

/** What one run of words can name. */
interface Entry {
  province?: Province;
  regencies: RegencyWithProvince[];
  /** Regencies named by an alias; only trusted after `Kota`/`Kabupaten`, being short words. */
  aliasRegencies: RegencyWithProvince[];
}

interface Mention {
  level?: Level;
  entry: Entry;
}

/**
 * Finds the region an agency name mentions (`Dinas Kesehatan Kota Padang`, `RSUD Dr. Achmad
 * Mochtar Bukittinggi`). At every word the longest known name wins. A name after `Kota` or
 * `Kabupaten` outranks a bare one; a bare name that is also a province (`Bengkulu`,
 * `Yogyakarta`) counts as the province. When the regencies found do not agree, the province
 * they share is the answer; when nothing agrees, there is none.
 */
export function createTextSearch(tables: RegionTables): (text: string) => RegionFound | undefined {
  const entries = _buildEntries(tables);
  // A name typed as separate words (`Gunung Kidul`) can take one word more than it is stored as.
  const longest = tables.longestName + 1;
  return (text) => _resolve(_mentions(nameWords(text), entries, longest));
}

// --- internal ---

function _buildEntries(tables: RegionTables): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  const at = (key: string): Entry => {
    let entry = entries.get(key);
    if (entry === undefined) {
      entry = { regencies: [], aliasRegencies: [] };
      entries.set(key, entry);
    }
    return entry;
  };
  for (const [key, province] of tables.provinceByKey) at(key).province = province;
  for (const [key, regencies] of tables.regenciesByName) at(key).regencies.push(...regencies);
  for (const [key, regencies] of tables.regenciesByAlias) at(key).aliasRegencies.push(...regencies);
  return entries;
}

function _mentions(words: string[], entries: Map<string, Entry>, longest: number): Mention[] {
  const mentions: Mention[] = [];
  let start = 0;
  while (start < words.length) {
    let matched = 1;
    for (let count = Math.min(longest, words.length - start); count > 0; count--) {
      const entry = entries.get(compactKey(words.slice(start, start + count)));
      if (entry !== undefined) {
        const level = _levelBefore(words, start);
        mentions.push({ entry, ...(level !== undefined && { level }) });
        matched = count;
        break;
      }
    }
    start += matched;
  }
  return mentions;
}

function _levelBefore(words: string[], start: number): Level | undefined {
  for (let index = start - 1; index >= 0; index--) {
    const level = levelOf(words[index]);
    if (level !== undefined) return level;
    if (!isFiller(words[index])) return undefined;
  }
  return undefined;
}

function _resolve(mentions: Mention[]): RegionFound | undefined {
  const marked = mentions.flatMap(({ level, entry }) =>
    level === 'kabupaten' || level === 'kota'
      ? [...entry.regencies, ...entry.aliasRegencies].filter((regency) => regency.kind === level)
      : [],
  );
  const bare = mentions.flatMap(({ level, entry }) =>
    level === undefined && entry.province === undefined ? entry.regencies : [],
  );
  const provinces = _unique(
    mentions.flatMap(({ level, entry }) =>
      entry.province !== undefined && (level === undefined || level === 'provinsi')
        ? [entry.province]
        : [],
    ),
  );
  let regencies = _unique(marked.length > 0 ? marked : bare);
  const inProvinces = regencies.filter((regency) => provinces.includes(regency.province));
  if (inProvinces.length > 0) regencies = inProvinces;
  if (regencies.length === 1) return regencies[0];
  if (provinces.length === 1) return provinces[0];
  const shared = _unique(regencies.map((regency) => regency.province));
  return shared.length === 1 ? shared[0] : undefined;
}

function _unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
