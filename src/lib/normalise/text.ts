import { compile } from 'html-to-text';

/**
 * Markup from web editors turned into plain text by a real HTML parser (html-to-text, on
 * htmlparser2). Compiled once: it runs on every free-text cell of every file.
 */
const convert = compile({
  wordwrap: false,
  // Newlines typed into a plain textarea are paragraph breaks; runs of them collapse later.
  preserveNewlines: true,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    ...['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'head'].map(
      (selector) => ({ selector, format: 'skip' }),
    ),
    { selector: 'ul', options: { itemPrefix: '- ' } },
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({
      selector,
      options: { uppercase: false },
    })),
    { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
  ],
});

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
    const converted = convert(text);
    if (converted === text) break;
    text = converted;
  }
  return normaliseWhitespace(text);
}

/** One-line text (a title, an agency): markup removed and all whitespace one space. */
export function cleanLine(input: unknown): string {
  return htmlToText(input).replace(/\s+/g, ' ');
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

function normaliseWhitespace(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\u200b|\u200c|\u200d|\u2060|\ufeff/g, '')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
