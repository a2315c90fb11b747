import type { Rng } from './rng.ts';
import type { Story } from './vocab/theme.ts';

/** How a title is written: `ACR (Expansion)`, `ACR - Expansion`, ..., or plain text. */
export type TitleShape =
  'acronym-paren' | 'acronym-dash' | 'acronym-colon' | 'expansion-paren' | 'acronym-only' | 'plain';

export interface Title {
  text: string;
  shape: TitleShape;
  acronym?: string;
  expansion?: string;
}

const stopWords = new Set(['dan', 'di', 'ke', 'yang', 'untuk', 'bagi', 'dengan', 'dari', 'tanpa']);

/** The first syllable of a word, as Indonesian acronyms are made: `Sayang` → `SA`. */
function syllable(word: string, long: boolean): string {
  const letters = word.replace(/[^A-Za-z]/g, '');
  const match = /^[^aeiou]*[aeiou]+/i.exec(letters);
  const head = match ? match[0] : letters;
  const next = letters.charAt(head.length);
  return (long ? head + next : head).toUpperCase();
}

/** `Bapak Sayang Bayi` → `BASABA`; some words give one letter, some a long syllable. */
export function makeAcronym(rng: Rng, expansion: string): string {
  const words = expansion
    .replace(/^Sistem Informasi /, 'Si ')
    .split(/\s+/)
    .filter((word) => /[A-Za-z]/.test(word) && !stopWords.has(word.toLowerCase()));
  const parts = words.map((word) => {
    const style = rng.weighted([
      ['syllable', 6],
      ['long', 1],
      ['initial', 3],
    ] as const);
    return style === 'initial' ? (word[0] ?? '').toUpperCase() : syllable(word, style === 'long');
  });
  const acronym = parts.join('');
  const initials = words.map((word) => (word[0] ?? '').toUpperCase()).join('');
  if (acronym.length > 8) return initials.length >= 3 ? initials : acronym.slice(0, 8);
  return acronym.length < 3 ? words.map((word) => syllable(word, true)).join('') : acronym;
}

/** Head, object and tail of one story, so the title says what its text tells. */
export function makeExpansion(rng: Rng, story: Story): string {
  const head = rng.chance(0.8) ? rng.pick(story.heads) : '';
  const object = rng.pick(story.objects);
  const tail = rng.pick(story.tails);
  // `Puskesmas` + `Antrian Puskesmas Online` + `Online` says each word once.
  const fresh = (part: string): string =>
    object.toLowerCase().includes(part.toLowerCase()) ? '' : part;
  return [fresh(head), object, fresh(tail)].filter(Boolean).join(' ');
}

export function makeTitle(rng: Rng, story: Story): Title {
  const expansion = makeExpansion(rng, story);
  const shape = rng.weighted([
    ['acronym-paren', 50],
    ['acronym-dash', 7],
    ['acronym-colon', 4],
    ['expansion-paren', 5],
    ['acronym-only', 6],
    ['plain', 28],
  ] as const);
  return shape === 'plain'
    ? { text: expansion, shape }
    : withShape(shape, makeAcronym(rng, expansion), expansion);
}

/** A title of a given shape from its parts. */
export function withShape(shape: TitleShape, acronym: string, expansion: string): Title {
  const text = {
    'acronym-paren': `${acronym} (${expansion})`,
    'acronym-dash': `${acronym} - ${expansion}`,
    'acronym-colon': `${acronym}: ${expansion}`,
    'expansion-paren': `${expansion} (${acronym})`,
    'acronym-only': acronym,
    plain: expansion,
  }[shape];
  return { text, shape, acronym, expansion };
}

/** Lower case, letters and digits only: what makes two titles "the same" for uniqueness. */
export function titleKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/** Every key a title could be matched by: the whole title, its acronym, its expansion. */
export function titleKeys(title: Title): string[] {
  return [title.text, title.acronym, title.expansion]
    .filter((part): part is string => part !== undefined)
    .map(titleKey);
}

const titleCase = (word: string): string =>
  word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();

/**
 * Another spelling of the same title, as a later year or another programme writes it: case,
 * punctuation, spacing, or the expansion added or removed. Never a different title.
 */
export function titleVariant(rng: Rng, title: Title): string {
  const { acronym, expansion, text } = title;
  const generic = [text.toUpperCase(), `${text}.`, text.replace(' ', '  '), ` ${text} `];
  if (title.shape === 'acronym-paren' && acronym && expansion) {
    return rng.pick([
      ...generic,
      acronym,
      `${titleCase(acronym)} (${expansion})`,
      `${acronym} (${expansion.toLowerCase()})`,
      `${acronym} ( ${expansion} )`,
    ]);
  }
  if (title.shape === 'acronym-only' && acronym) {
    const added = expansion ? [`${acronym} (${expansion})`] : [];
    return rng.pick([titleCase(acronym), ` ${acronym}`, ...added]);
  }
  return rng.pick(generic);
}
