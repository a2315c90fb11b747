import { markupToText } from './markup.ts';

/**
 * Exports are sometimes escaped twice (`&lt;script&gt;`): one pass would turn that into live
 * looking markup in the text, so conversion repeats until nothing changes.
 */
const maxPasses = 3;

/**
 * Plain text of a free-text cell: paragraphs and `<br>` become line breaks, list items `- `
 * lines, entities are decoded, scripts, styles, attributes and link targets are dropped.
 * Whitespace is normalised: spaces collapsed within a line, lines trimmed, at most one blank
 * line in a row.
 */
export function htmlToText(input: unknown): string {
  let text = asText(input);
  for (let pass = 0; pass < maxPasses && mayHoldMarkup(text); pass++) {
    const converted = markupToText(text);
    if (converted === text) break;
    text = converted;
  }
  return normaliseWhitespace(text);
}

/** One-line text (a title, an agency): markup removed and all whitespace one space. */
export function cleanLine(input: unknown): string {
  // htmlToText leaves no whitespace but single spaces and line breaks.
  return htmlToText(input).replace(/\n+/g, ' ');
}

// --- internal ---

function asText(input: unknown): string {
  if (typeof input === 'string') return input;
  if (typeof input === 'number' || typeof input === 'boolean') return String(input);
  return '';
}

/**
 * A cheap look for anything a parser would treat as a tag, comment or entity. It decides only
 * whether the parser runs (most cells are plain text, and parsing is the costly part); the
 * markup itself is never handled by patterns.
 */
const markupHint = /<[a-z!/?]|&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i;

function mayHoldMarkup(text: string): boolean {
  return markupHint.test(text);
}

/**
 * Whitespace that one of the rewrites below would change. Most cells have none, and one scan
 * is much cheaper than five rewrites. (The zero-width joiner stands outside the class, where it
 * would read as joining its neighbours.)
 */
const untidyWhitespace = /[^\S\n ]|[\u200b\u200c\u2060]|\u200d| {2}| \n|\n |\n{3}/;

function normaliseWhitespace(text: string): string {
  if (!untidyWhitespace.test(text) && text.trim().length === text.length) return text;
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\u200b|\u200c|\u200d|\u2060|\ufeff/g, '')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
