import { Parser } from 'htmlparser2';
import { createTextBuilder, type TextBuilder } from './text-builder.ts';

/** Elements whose content is never text a reader wrote: code, embeds, drawings, the head. */
const droppedElements = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'head',
]);

/** Line breaks at each edge of a block element: 2 leaves a blank line, 1 starts a new line. */
const blockBreaks = new Map<string, number>([
  ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table', 'hr'].map(
    (name) => [name, 2] as const,
  ),
  ...[
    'div',
    'section',
    'article',
    'aside',
    'header',
    'footer',
    'main',
    'nav',
    'form',
    'address',
    'figure',
    'figcaption',
    'details',
    'summary',
    'fieldset',
    'dl',
    'dt',
    'dd',
    'caption',
    'tr',
    'li',
  ].map((name) => [name, 1] as const),
]);

interface OpenList {
  ordered: boolean;
  next: number;
}

/** List items and table rows: whitespace between them is layout. */
const itemElements = new Set(['ul', 'ol', 'li', 'tr']);

/**
 * One pass of markup to plain text on htmlparser2's streaming parser: tags are dropped and
 * only text is kept (never an attribute, so no link target or event handler), entities are
 * decoded, blocks become line breaks, list items `- ` or `1. ` lines, table cells are kept
 * apart by a space. Whitespace is collapsed afterwards by the caller.
 */
export function markupToText(html: string): string {
  const text = createTextBuilder();
  const lists: OpenList[] = [];
  /** The `<ol>` whose attributes are being read, for its `start`. */
  let openingList: OpenList | undefined;
  let droppedDepth = 0;
  const dropped = heldText();
  const parser = new Parser(
    {
      onopentagname(name) {
        openingList = undefined;
        if (droppedElements.has(name) && droppedDepth++ === 0) dropped.open(name);
        if (droppedDepth > 0) return;
        openElement(name, text, lists);
        if (name === 'ol') openingList = lists.at(-1);
      },
      onattribute(name, value) {
        if (openingList && name === 'start') openingList.next = listStart(value);
      },
      // The parser closes every element it opened, implied closes included, so the depth
      // of dropped elements always returns to zero.
      onclosetag(name, isImplied) {
        if (droppedDepth === 0) closeElement(name, text, lists);
        if (droppedElements.has(name) && --droppedDepth === 0) {
          const kept = dropped.close(isImplied);
          if (kept) text.addText(` ${kept} `);
        }
      },
      ontext(data) {
        if (droppedDepth === 0) text.addText(data);
        else dropped.add(data);
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return text.toString();
}

// --- internal ---

/** Dropped elements whose content is code, never words, even when the element is never closed. */
const codeElements = new Set(['script', 'style']);

/**
 * The text inside a dropped element, held until it closes. A dropped element that is never
 * closed (`Judul <svg onload=…> (SVGX)`) is a broken tag, not a drawing: the words after it
 * are the writer's, so they are kept (as text, like every other word).
 */
function heldText() {
  let outermost = '';
  let held: string[] = [];
  return {
    open(name: string) {
      outermost = name;
      held = [];
    },
    add(data: string) {
      if (!codeElements.has(outermost)) held.push(data);
    },
    /** The held words when the element was closed only by the end of its parent or the input. */
    close(isImplied: boolean): string {
      const kept = isImplied ? held.join(' ').trim() : '';
      held = [];
      return kept;
    },
  };
}

function openElement(name: string, text: TextBuilder, lists: OpenList[]): void {
  if (itemElements.has(name)) text.dropTypedBreaks();
  if (name === 'br') text.breakLine();
  if (name === 'ul' || name === 'ol') {
    text.breakBlock(listBreaks(lists));
    lists.push({ ordered: name === 'ol', next: 1 });
  }
  const breaks = blockBreaks.get(name);
  if (breaks !== undefined) text.breakBlock(breaks);
  if (name === 'li') text.setPrefix(itemMarker(lists.at(-1)));
  if (name === 'td' || name === 'th') text.openCell();
}

function closeElement(name: string, text: TextBuilder, lists: OpenList[]): void {
  if (itemElements.has(name)) text.dropTypedBreaks();
  if (name === 'td' || name === 'th') text.closeCell();
  if (name === 'ul' || name === 'ol') {
    lists.pop();
    text.breakBlock(listBreaks(lists));
  }
  const breaks = blockBreaks.get(name);
  if (breaks !== undefined) text.breakBlock(breaks);
  if (name === 'li') text.setPrefix('');
}

/** A list inside another list is part of an item: a new line, not a paragraph. */
function listBreaks(openLists: OpenList[]): number {
  return openLists.length > 0 ? 1 : 2;
}

/** An item outside any list still gets a bullet. */
function itemMarker(list: OpenList | undefined): string {
  if (list?.ordered !== true) return '- ';
  return `${String(list.next++)}. `;
}

/** `<ol start="3">` continues a list an editor split; anything but a whole number is ignored. */
function listStart(value: string): number {
  const written = value.trim();
  const start = Number(written);
  return written !== '' && Number.isSafeInteger(start) ? start : 1;
}
