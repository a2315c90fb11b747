import type { Province, RegencyWithProvince, RegionIndex } from '../../regions/index.ts';

/** A province or a regency a query names, as the search facet and its filter write it. */
export interface QueryPlace {
  readonly facet: 'province' | 'regency';
  /** The official name: the facet value (`Kota Padang`, `Sumatera Barat`). */
  readonly name: string;
  /** The Kemendagri code: what the ranking preference filters on. */
  readonly code: string;
  /** The words of the query that named it, as typed (`kab`, `sleman`). */
  readonly words: readonly string[];
}

export interface PlaceInQuery {
  readonly place: QueryPlace;
  /** The query's words without the place's. */
  readonly rest: readonly string[];
}

/**
 * The first place a query's words name: a level word and a name (`kab sleman`, `kota padang`,
 * `pemkot padang`, `prov. sumatera barat`), a province's short name (`jateng`, `ntt`, `diy`,
 * `sumbar`) or a bare regency name (`sleman`). A bare name that is also an everyday word
 * (`batu`, `puncak`) only counts after a level word. At each word the longest name wins.
 */
export function findPlace(
  regions: RegionIndex,
  queryWords: readonly string[],
): PlaceInQuery | undefined {
  for (let start = 0; start < queryWords.length; start++) {
    const longest = Math.min(maxPlaceWords, queryWords.length - start);
    for (let count = longest; count > 0; count--) {
      const words = queryWords.slice(start, start + count);
      const place = _placeOf(regions, words);
      if (place !== undefined) {
        const rest = [...queryWords.slice(0, start), ...queryWords.slice(start + count)];
        return { place: { ...place, words }, rest };
      }
    }
  }
  return undefined;
}

// --- internal ---

/** `pemerintah kabupaten kepulauan selayar` is the longest spelling worth a query. */
const maxPlaceWords = 5;

/** How people shorten level words in a search box, beside what the region index knows. */
const levelSpellings: Readonly<Record<string, string>> = { kot: 'kota', kab: 'kabupaten' };

const levelWords = new Set([
  'kabupaten',
  'kota',
  'kotamadya',
  'kodya',
  'provinsi',
  'propinsi',
  'prov',
  'pemkab',
  'pemkot',
  'pemprov',
  'pemerintah',
]);

/** Region names that are also common words: a place only with a level word before them. */
const everydayWords = new Set([
  'batu',
  'puncak',
  'pasir',
  'batang',
  'landak',
  'metro',
  'palu',
  'pati',
  'buru',
  'kudus',
  'tual',
  'aru',
  'bone',
  'sula',
  'muna',
]);

function _placeOf(
  regions: RegionIndex,
  typed: readonly string[],
): Omit<QueryPlace, 'words'> | undefined {
  const words = typed.map((word) => levelSpellings[word] ?? word);
  const [first = ''] = words;
  const levelled = levelWords.has(first);
  if (levelled && words.length === 1) return undefined;
  if (!levelled && words.length === 1 && everydayWords.has(first)) return undefined;
  // A bare name needs three letters at least: `kb`, `rs` are never places.
  if (!levelled && words.join('').length < 3) return undefined;
  const text = words.join(' ');
  const kinded = /^(kabupaten|kota|kotamadya|kodya|pemkab|pemkot)\b/.test(text);
  const province = kinded ? undefined : regions.province(text);
  if (province !== undefined) return _provincePlace(province);
  const regency = regions.regency(text);
  return regency === undefined ? undefined : _regencyPlace(regency);
}

function _provincePlace(province: Province): Omit<QueryPlace, 'words'> {
  return { facet: 'province', name: province.name, code: province.code };
}

function _regencyPlace(regency: RegencyWithProvince): Omit<QueryPlace, 'words'> {
  return { facet: 'regency', name: regency.name, code: regency.code };
}
