import { foldText } from './fold.ts';
import { agencyAbbreviations } from './abbreviations.ts';

/** One word of a name: as it is displayed, and folded for comparison (`Kab.` → `kab`). */
export interface Word {
  text: string;
  key: string;
}

/**
 * The words of a name: `&` is `dan`, a dot between two words separates them (`Kab.Sleman`)
 * while the dots of initials join (`D.K.I.`), and any other punctuation separates. Words of
 * every script are kept with their marks; a word with neither a letter nor a digit goes.
 */
export function wordsOf(name: string): Word[] {
  if (PRINTABLE_ASCII.test(name)) return _asciiWordsOf(name);
  return name
    .normalize('NFC')
    .replace(/&/g, ' dan ')
    .replace(/(\p{L}{2,})\.(?=\p{L}{2,})/gu, '$1. ')
    .split(/[^\p{L}\p{M}\p{N}.'\u2018\u2019`]+/u)
    .map((text) => ({ text, key: foldText(text) }))
    .filter((word) => word.key !== '');
}

/**
 * The words with every short form of the table replaced by its name, the longest form at
 * each word first, until nothing changes (`Kemen PANRB` → `Kementerian PANRB` → the
 * ministry's name). A name of the table is written as the table writes it (`DINAS KESEHATAN`
 * → `Dinas Kesehatan`); any other word is kept as typed.
 */
export function expandWords(words: readonly Word[]): Word[] {
  let current = [...words];
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const [next, changed] = _expandOnce(current);
    current = next;
    if (!changed) break;
  }
  return current;
}

/** The words joined for display. */
export function joinWords(words: readonly Word[]): string {
  return words.map((word) => word.text).join(' ');
}

// --- internal ---

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** `wordsOf` for the usual plain-ASCII name, without the Unicode passes (most of its cost). */
function _asciiWordsOf(name: string): Word[] {
  const words: Word[] = [];
  const spaced = name.replace(/&/g, ' dan ').replace(/([A-Za-z]{2,})\.(?=[A-Za-z]{2,})/g, '$1. ');
  for (const text of spaced.split(/[^A-Za-z0-9.'`]+/)) {
    const key = text.toLowerCase().replace(/['`.]/g, '');
    if (key !== '') words.push({ text, key });
  }
  return words;
}

/** Passes enough for a short form whose expansion is itself a form of a longer name. */
const MAX_PASSES = 3;

interface Table {
  /** Folded form (words joined by one space) → the words of its name. */
  names: Map<string, Word[]>;
  /** A form's first word → the most words a form starting with it has (most words start none). */
  longestFrom: Map<string, number>;
}

const table: Table = _buildTable();

function _buildTable(): Table {
  const names = new Map<string, Word[]>();
  const longestFrom = new Map<string, number>();
  for (const [name, ...forms] of agencyAbbreviations) {
    const nameWords = wordsOf(name);
    for (const form of [name, ...forms]) {
      const keys = wordsOf(form).map((word) => word.key);
      names.set(keys.join(' '), nameWords);
      const first = keys[0] ?? '';
      longestFrom.set(first, Math.max(longestFrom.get(first) ?? 0, keys.length));
    }
  }
  return { names, longestFrom };
}

/** One pass, and whether it wrote anything differently. */
function _expandOnce(words: readonly Word[]): [Word[], boolean] {
  const out: Word[] = [];
  let changed = false;
  let at = 0;
  while (at < words.length) {
    const [length, name] = _longestFormAt(words, at);
    const written = words.slice(at, at + length);
    if (name === undefined) out.push(...written);
    else {
      out.push(...name);
      changed ||= !_same(written, name);
    }
    at += length;
  }
  return [out, changed];
}

function _same(a: readonly Word[], b: readonly Word[]): boolean {
  return a.length === b.length && a.every((word, i) => word.text === b[i]?.text);
}

function _longestFormAt(words: readonly Word[], at: number): [number, Word[] | undefined] {
  const longest = table.longestFrom.get(words[at]?.key ?? '') ?? 0;
  for (let length = Math.min(longest, words.length - at); length > 0; length--) {
    const form = words
      .slice(at, at + length)
      .map((word) => word.key)
      .join(' ');
    const name = table.names.get(form);
    if (name !== undefined) return [length, name];
  }
  return [1, undefined];
}
