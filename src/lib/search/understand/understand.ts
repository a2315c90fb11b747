import { stemWord, words } from '../../language/stem.ts';
import { indonesianStopWords } from '../../language/stopwords.ts';
import type { RegionIndex } from '../../regions/index.ts';
import { publicServiceSenses } from './abbreviations.ts';
import { englishToIndonesian, longestEnglishPhrase } from './english.ts';
import { questionGlueWords, questionVerbs } from './glue.ts';
import { findPlace, type QueryPlace } from './place.ts';

/** A word to search for, with its stem: which of the two is sent depends on the index. */
export interface QueryTerm {
  readonly word: string;
  readonly stem: string;
}

/** A part of the query replaced by what the records say (`birth certificate` → `akta kelahiran`). */
export interface Rewrite {
  readonly from: string;
  readonly to: string;
}

/**
 * What a person meant by a query, before the engine is asked: the words worth searching, the
 * place it names (a ranking preference), and what was read differently from how it was typed.
 */
export interface UnderstoodQuery {
  readonly terms: readonly QueryTerm[];
  readonly place?: QueryPlace;
  /** English words and phrases, in the Indonesian the records use. */
  readonly translated: readonly Rewrite[];
  /** Short forms read in their public-service sense (`pkm` → `puskesmas`). */
  readonly senses: readonly Rewrite[];
  /** Words that only held a question together (`cara`, `bagaimana`), left out. */
  readonly glue: readonly string[];
}

/**
 * Reads a query as a civil servant means it. Without a region index (trends, tests of the
 * words alone) no place is looked for.
 */
export function understandQuery(text: string, regions?: RegionIndex): UnderstoodQuery {
  const typed = words(text);
  const found = regions === undefined ? undefined : findPlace(regions, typed);
  const translation = _translate(found?.rest ?? typed);
  const resolved = _resolveSenses(translation.words);
  const meaningful = resolved.words.filter((word) => !stopWords.has(word));
  const glue = _glueFlags(meaningful);
  const kept = meaningful.filter((_, at) => !glue[at]);
  const searched = kept.length > 0 ? kept : meaningful;
  return {
    terms: _unique(searched).map((word) => ({ word, stem: stemWord(word) })),
    ...(found && { place: found.place }),
    translated: translation.rewrites,
    senses: resolved.rewrites,
    glue: kept.length > 0 ? meaningful.filter((_, at) => glue[at]) : [],
  };
}

// --- internal ---

const stopWords: ReadonlySet<string> = new Set(indonesianStopWords);

interface Rewritten {
  words: string[];
  rewrites: Rewrite[];
}

/** English phrases, longest first at each word, replaced by their Indonesian. */
function _translate(typed: readonly string[]): Rewritten {
  const out: string[] = [];
  const rewrites: Rewrite[] = [];
  for (let start = 0; start < typed.length;) {
    const match = _longestPhrase(typed, start);
    if (match === undefined) {
      out.push(typed[start] ?? '');
      start += 1;
      continue;
    }
    out.push(...match.to.split(' '));
    rewrites.push(match);
    start += match.from.split(' ').length;
  }
  return { words: out, rewrites };
}

function _longestPhrase(typed: readonly string[], start: number): Rewrite | undefined {
  for (let count = Math.min(longestEnglishPhrase, typed.length - start); count > 0; count--) {
    const from = typed.slice(start, start + count).join(' ');
    const to = englishToIndonesian[from];
    if (to !== undefined) return { from, to };
  }
  return undefined;
}

function _resolveSenses(typed: readonly string[]): Rewritten {
  const rewrites: Rewrite[] = [];
  const out = typed.flatMap((word) => {
    const meaning = publicServiceSenses[word];
    if (meaning === undefined) return [word];
    rewrites.push({ from: word, to: meaning });
    return meaning.split(' ');
  });
  return { words: out, rewrites };
}

/** Which words are glue: question words, and question verbs right after glue (`cara daftar`). */
function _glueFlags(meaningful: readonly string[]): boolean[] {
  const flags: boolean[] = [];
  meaningful.forEach((word, at) => {
    const afterGlue = at > 0 && flags[at - 1] === true;
    flags.push(questionGlueWords.has(word) || (afterGlue && questionVerbs.has(word)));
  });
  return flags;
}

function _unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
