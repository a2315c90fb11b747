import { cleanLine } from './text.ts';

export interface SplitTitle {
  /** The title as written, cleaned of markup and extra whitespace. */
  title: string;
  /** The short name, as written: `BASABA`, `Kelas IMUD`, `PaDi UMKM`. */
  acronym?: string;
  /** What the short name stands for: `Bapak Sayang Bayi`. */
  expansion?: string;
}

/*
 * When a title is an acronym with its expansion:
 * 1. Shape: `A (B)` with the brackets at the end, or `A - B`, `A – B`, `A — B`, `A: B` (the
 *    first separator). Either side may be the short name: `BASABA (Bapak Sayang Bayi)` and
 *    `Bapak Sayang Bayi (BASABA)` both split.
 * 2. The short name has 1–4 words, one of them an acronym word: two letters or more, all upper
 *    case (`BASABA`, `UMKM`, `E-KTP`) or with a capital inside (`PaDi`, `SiLaDu`, `eKTP`); a
 *    short name of one word may be in any case (`Basaba`) when it starts with the expansion's
 *    first letter.
 * 3. The expansion has two words or more, and no fewer than the short name.
 * 4. The expansion's letters spell an acronym word of the short name, or a hyphenated piece
 *    of one, in order (BASABA from BApak SAyang BAyi, IMUD from Ibu MUDa, the KTP of `e-KTP`).
 *    The acronym word is not itself a word of the expansion. This keeps a description in
 *    brackets from passing as an expansion: `SIMPUS (Pelayanan Kesehatan)` does not split.
 * Anything else (`Klinik Berhenti Merokok`, `Pelayanan Terpadu (Dalam Satu Pintu)`) has no
 * acronym.
 */

const maxShortWords = 4;
const separator = /\s[-–—]\s|:\s/;
/** Quotes and closing punctuation around a part (`"BASABA"`, `Bapak Sayang Bayi.`). */
const wrapping = /^["'“”‘’]+|["'“”‘’.,;]+$/g;

/** The cleaned title, split into acronym and expansion when it has that shape. */
export function splitTitle(raw: unknown): SplitTitle {
  const title = cleanLine(raw);
  const pair = pairOf(bracketSides(title)) ?? pairOf(separatorSides(title));
  return pair ? { title, ...pair } : { title };
}

/**
 * The two sides of a title of the shape `A (B)`, `A - B` or `A: B`, tidied, whether or not they
 * pass as acronym and expansion: the merge uses them to match `Sipandu (…)` with `SIPANDU (…)`.
 */
export function titleSides(title: string): [string, string] | undefined {
  const sides = bracketSides(title) ?? separatorSides(title);
  if (!sides) return undefined;
  const [head, tail] = sides.map(tidy);
  return head && tail ? [head, tail] : undefined;
}

// --- internal ---

/** `A (B)`: the text before the bracket that closes the title, and what it holds. */
function bracketSides(written: string): [string, string] | undefined {
  // A full stop or comma typed after the closing bracket does not change the title's shape.
  const title = written.replace(/[\s.,;]+$/, '');
  if (!title.endsWith(')')) return undefined;
  let depth = 0;
  for (let i = title.length - 1; i >= 0; i--) {
    if (title[i] === ')') depth++;
    if (title[i] === '(') depth--;
    if (depth === 0) return i > 0 ? [title.slice(0, i), title.slice(i + 1, -1)] : undefined;
  }
  return undefined;
}

function separatorSides(title: string): [string, string] | undefined {
  const match = separator.exec(title);
  if (!match) return undefined;
  return [title.slice(0, match.index), title.slice(match.index + match[0].length)];
}

function pairOf(sides: [string, string] | undefined): Omit<SplitTitle, 'title'> | undefined {
  return sides && (acronymPair(sides[0], sides[1]) ?? acronymPair(sides[1], sides[0]));
}

function acronymPair(shortSide: string, longSide: string): Omit<SplitTitle, 'title'> | undefined {
  const acronym = tidy(shortSide);
  const expansion = tidy(longSide);
  const shortWords = words(acronym);
  const longWords = words(expansion);
  if (shortWords.length > maxShortWords || longWords.length < Math.max(2, shortWords.length)) {
    return undefined;
  }
  const spelled = letters(expansion).toLowerCase();
  const longKeys = new Set(longWords.map((word) => letters(word).toLowerCase()));
  // A lone short word may be written in any case (`Basaba`) when it holds the initial of every
  // word of the expansion, in order, as Indonesian syllable acronyms do.
  const lone =
    shortWords.length === 1 && initialsInOrder(letters(acronym).toLowerCase(), longWords);
  const found = shortWords
    .flatMap((word) => [word, ...word.split('-')])
    .filter((word) => isAcronymWord(word) || (lone && letters(word).length >= 2))
    .map((word) => letters(word).toLowerCase())
    .some((key) => !longKeys.has(key) && spellsInOrder(key, spelled));
  return found ? { acronym, expansion } : undefined;
}

/** Connecting words an acronym usually skips. */
const connectors = new Set([
  'dan',
  'di',
  'ke',
  'dari',
  'yang',
  'untuk',
  'dengan',
  'bagi',
  'of',
  'and',
]);

function initialsInOrder(short: string, expansionWords: readonly string[]): boolean {
  const initials = expansionWords
    .map((word) => letters(word).toLowerCase())
    .filter((word) => word && !connectors.has(word))
    .map((word) => word.charAt(0))
    .join('');
  return short.startsWith(initials.charAt(0)) && spellsInOrder(initials, short);
}

function isAcronymWord(word: string): boolean {
  const text = letters(word);
  if (text.length < 2) return false;
  const allUpper = text === text.toUpperCase() && text !== text.toLowerCase();
  return allUpper || /\p{Ll}\p{Lu}/u.test(text);
}

/** Whether every letter of `short` occurs in `long`, in the same order. */
function spellsInOrder(short: string, long: string): boolean {
  let at = 0;
  for (const letter of short) {
    at = long.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

function tidy(part: string): string {
  return part.trim().replace(wrapping, '').trim();
}

function words(text: string): string[] {
  return text.split(' ').filter((word) => word !== '');
}

function letters(text: string): string {
  return text.replace(/[^\p{L}]/gu, '');
}
