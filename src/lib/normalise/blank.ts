/**
 * Placeholders people type into a cell instead of leaving it empty. They mean "no value", not
 * a bad value, so every normaliser treats them like an empty cell.
 */
const placeholders = new Set(['n/a', 'null', 'nil', 'none', 'tidak ada', 'belum ada']);

/** True for `undefined`, `null`, whitespace, runs of dashes or dots, and the placeholders above. */
export function isBlank(input: unknown): boolean {
  if (input === undefined || input === null) return true;
  if (typeof input !== 'string') return false;
  const text = input.trim().toLowerCase();
  return /^[-–—.]*$/.test(text) || placeholders.has(text);
}

/** Lower case, with every run of whitespace, punctuation or symbols turned into one space. */
export function toKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
