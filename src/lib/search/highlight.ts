import { stemQuery } from './query.ts';
import { stemWord, words } from '../language/stem.ts';

/** A piece of a displayed text, marked when it is a word the query found. */
export interface Segment {
  readonly text: string;
  readonly match: boolean;
}

/**
 * A displayed text cut into segments, marking every word that shares a stem with a word of
 * the query (`Pelayanan` for `layanan`), or that starts with the query's last word, which may
 * still be being typed. Meilisearch's own highlighting only sees the stemmed query, and marks
 * nothing where the match came through a shadow field; this marks what a reader expects.
 */
export function highlightStems(text: string, query: string): Segment[] {
  const stems = stemQuery(query)
    .split(' ')
    .filter((stem) => stem !== '');
  const last = words(query).at(-1);
  const typing = last !== undefined && stemQuery(last) !== '' ? last : undefined;
  const found = new Set(stems);
  const isMatch = (word: string): boolean => {
    const [plain = ''] = words(word);
    return found.has(stemWord(plain)) || (typing !== undefined && plain.startsWith(typing));
  };
  return text
    .split(/([\p{L}\p{N}]+)/u)
    .filter((piece) => piece !== '')
    .map((piece) => ({ text: piece, match: /[\p{L}\p{N}]/u.test(piece) && isMatch(piece) }));
}
