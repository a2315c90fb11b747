/**
 * Month names as Indonesian exports write them: full names, the usual abbreviations, the old
 * spellings (`Pebruari`, `Nopember`) and English names, which cost nothing to accept.
 */
const monthWords: readonly (readonly string[])[] = [
  ['januari', 'january', 'jan'],
  ['februari', 'pebruari', 'february', 'feb', 'peb'],
  ['maret', 'march', 'mar'],
  ['april', 'apr'],
  ['mei', 'may'],
  ['juni', 'june', 'jun'],
  ['juli', 'july', 'jul'],
  ['agustus', 'august', 'agu', 'agt', 'ags', 'agst', 'aug'],
  ['september', 'sep', 'sept'],
  ['oktober', 'october', 'okt', 'oct'],
  ['november', 'nopember', 'nov', 'nop'],
  ['desember', 'december', 'des', 'dec'],
];

const monthByWord = new Map(
  monthWords.flatMap((words, index) => words.map((word) => [word, index + 1] as const)),
);

/** Day names that sometimes lead a written date (`Senin, 17 Maret 2019`); they add nothing. */
export const weekdayWords: ReadonlySet<string> = new Set([
  'senin',
  'selasa',
  'rabu',
  'kamis',
  'jumat',
  "jum'at",
  'sabtu',
  'minggu',
  'ahad',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);

/** The month (1–12) a word names, in any case, with or without a trailing dot. */
export function monthNumber(word: string): number | undefined {
  return monthByWord.get(word.toLowerCase().replace(/\.$/, ''));
}
