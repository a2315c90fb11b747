/** Words that say which level a name is: `Kab.`, `Kota`, `Pemkot`, `Provinsi`, ... */
export type Level = 'kabupaten' | 'kota' | 'provinsi';

const levelWords = new Map<string, Level>([
  ['kabupaten', 'kabupaten'],
  ['kab', 'kabupaten'],
  ['pemkab', 'kabupaten'],
  ['kota', 'kota'],
  ['kotamadya', 'kota'],
  ['kodya', 'kota'],
  ['pemkot', 'kota'],
  ['provinsi', 'provinsi'],
  ['propinsi', 'provinsi'],
  ['prov', 'provinsi'],
  ['pemprov', 'provinsi'],
]);

/** Words between a level word and the name (`Pemerintah Daerah Kota Administrasi …`). */
const fillerWords = new Set(['pemerintah', 'pemda', 'daerah', 'administrasi', 'adm']);

/** Spellings and abbreviations that mean the same word in a region name. */
const sameWord = new Map([
  ['sumatra', 'sumatera'],
  ['kep', 'kepulauan'],
]);

/** The words of a name, lower case without accents or punctuation: `D.I. Yogyakarta` → d, i, yogyakarta. */
export function nameWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '')
    .map((word) => sameWord.get(word) ?? word);
}

/** Words joined without spaces, so `Gunung Kidul` meets `Gunungkidul` and `Bau-Bau` `Bau Bau`. */
export function compactKey(words: readonly string[]): string {
  return words.join('');
}

export function levelOf(word: string | undefined): Level | undefined {
  return word === undefined ? undefined : levelWords.get(word);
}

export function isFiller(word: string | undefined): boolean {
  return word !== undefined && fillerWords.has(word);
}

export interface LeadingLevel {
  /** The last level word before the name, if any (`Pemerintah Kabupaten …` → kabupaten). */
  level?: Level;
  /** The words after the level and filler words. */
  rest: string[];
}

/**
 * Splits off the organisational words a name starts with. `daerah` only counts as filler when
 * a level word follows, so `Daerah Istimewa Yogyakarta` keeps its first word.
 */
export function splitLeadingLevel(words: readonly string[]): LeadingLevel {
  let level: Level | undefined;
  let index = 0;
  for (; index < words.length; index++) {
    const word = words[index];
    const wordLevel = levelOf(word);
    if (wordLevel !== undefined) level = wordLevel;
    else if (!isFiller(word) || (word === 'daerah' && !_levelFollows(words, index))) break;
  }
  return { ...(level !== undefined && { level }), rest: words.slice(index) };
}

// --- internal ---

function _levelFollows(words: readonly string[], index: number): boolean {
  for (let next = index + 1; next < words.length; next++) {
    if (levelOf(words[next]) !== undefined) return true;
    if (!isFiller(words[next])) return false;
  }
  return false;
}
