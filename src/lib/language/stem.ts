import { stemmer } from '@orama/stemmers/indonesian';
import { stemFixes, wordStems } from './stem-fixes.ts';
import { indonesianStopWords } from './stopwords.ts';

const stopWords: ReadonlySet<string> = new Set(indonesianStopWords);

/** Shorter words are abbreviations or particles; the stemmer would only damage them. */
const minStemmableLength = 4;

/**
 * The words of a text as Meilisearch's tokenizer sees them: lower case, accents removed,
 * split on anything that is not a letter or a digit (so `e-KTP` is `e` `ktp`).
 */
export function words(text: string): string[] {
  // Most text is ASCII, where decomposing accents is wasted work.
  const plain = /[^ -~\s]/.test(text) ? text.normalize('NFKD').replace(/\p{M}/gu, '') : text;
  return plain
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/** The stem of one lower-case word, with the corrections of `stem-fixes.ts`. */
export function stemWord(word: string): string {
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  if (cache.size >= maxCached) cache.clear();
  const stem = computeStem(word);
  cache.set(word, stem);
  return stem;
}

/**
 * A text as a sequence of stems without stop words: the shadow text of a document and, at
 * query time, the stemmed query. The order is kept so that proximity still means something.
 */
export function stemText(text: string): string {
  return stemWords(words(text)).join(' ');
}

/** `stemText` for words already split by `words`. */
export function stemWords(textWords: readonly string[]): string[] {
  return textWords.filter((word) => !stopWords.has(word)).map(stemWord);
}

/**
 * Only the stems that differ from their word, once each, in order of first use: all a long
 * text needs in a shadow field, since its other words already match where they stand.
 */
export function changedStems(textWords: readonly string[]): string[] {
  const stems = textWords.flatMap((word) => {
    const stem = stopWords.has(word) ? word : stemWord(word);
    return stem === word ? [] : [stem];
  });
  return [...new Set(stems)];
}

// --- internal ---

/**
 * Stemming is the costliest step of building a search document and vocabularies are small
 * next to texts; the cache is emptied when full rather than grown without bound.
 */
const maxCached = 100_000;
const cache = new Map<string, string>();

function computeStem(word: string): string {
  const known = wordStems[word];
  if (known !== undefined) return known;
  if (word.length < minStemmableLength || /\d/.test(word)) return word;
  const stem = stemmer(word);
  return stemFixes[stem] ?? stem;
}
