/**
 * Plain text assembled from parser events. Line breaks are held back until the next word, so
 * that breaks asked for side by side merge instead of adding up: `</p><p>` is one blank line,
 * and the newline an editor writes after `<br>` or `</div>` adds nothing. Breaks before the
 * first word and after the last one are dropped.
 */
export interface TextBuilder {
  /** Text as the parser decoded it; newlines typed into it count as line breaks. */
  addText: (text: string) => void;
  /** `<br>`: ends the line; a second one in a row leaves an empty line. */
  breakLine: () => void;
  /** A block's edge: at least `lines` line breaks before whatever comes next. */
  breakBlock: (lines: number) => void;
  /** Newlines typed between list items or table rows are layout, not text: they are dropped. */
  dropTypedBreaks: () => void;
  /**
   * A table cell: kept apart from its neighbours by a space, and line breaks at its edges
   * dropped, so a row stays one line even when each cell is wrapped in a paragraph.
   */
  openCell: () => void;
  closeCell: () => void;
  /** A list item's marker, written before its first word (an empty item writes none). */
  setPrefix: (prefix: string) => void;
  toString: () => string;
}

export function createTextBuilder(): TextBuilder {
  let text = '';
  let markupBreaks = 0;
  let typedBreaks = 0;
  let space = false;
  let prefix = '';
  let wordsWritten = 0;
  /** Breaks asked for between a cell's start and its first word are dropped. */
  let holdBreaks = false;
  /** Words written when each open cell began: a cell that wrote none has no edge to trim. */
  const cellStarts: number[] = [];

  function flush(): void {
    if (text !== '') {
      const breaks = Math.max(markupBreaks, typedBreaks);
      if (breaks > 0) text += '\n'.repeat(breaks);
      else if (space) text += ' ';
    }
    text += prefix;
    markupBreaks = 0;
    typedBreaks = 0;
    space = false;
    prefix = '';
    holdBreaks = false;
    wordsWritten++;
  }

  function noteWhitespace(run: string): void {
    if (run === '') return;
    const newlines = countNewlines(run);
    if (newlines > 0 && !holdBreaks) typedBreaks = Math.max(typedBreaks, newlines);
    else space = true;
  }

  return {
    addText(chunk) {
      const start = leadingSpaceEnd(chunk);
      if (start === chunk.length) {
        noteWhitespace(chunk);
        return;
      }
      const end = trailingSpaceStart(chunk);
      noteWhitespace(chunk.slice(0, start));
      flush();
      text += chunk.slice(start, end);
      noteWhitespace(chunk.slice(end));
    },
    breakLine() {
      if (!holdBreaks) markupBreaks += 1;
    },
    breakBlock(lines) {
      if (!holdBreaks) markupBreaks = Math.max(markupBreaks, lines);
    },
    dropTypedBreaks() {
      typedBreaks = 0;
    },
    openCell() {
      typedBreaks = 0;
      space = true;
      holdBreaks = true;
      cellStarts.push(wordsWritten);
    },
    closeCell() {
      holdBreaks = false;
      if (wordsWritten > (cellStarts.pop() ?? wordsWritten)) {
        markupBreaks = 0;
        typedBreaks = 0;
        space = true;
      }
    },
    setPrefix(marker) {
      prefix = marker;
    },
    toString() {
      return text;
    },
  };
}

// --- internal ---

/** HTML's whitespace, and the zero-width space pasted text carries between words. */
function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 12 || code === 0x200b;
}

function leadingSpaceEnd(chunk: string): number {
  let index = 0;
  while (index < chunk.length && isSpace(chunk.charCodeAt(index))) index++;
  return index;
}

function trailingSpaceStart(chunk: string): number {
  let index = chunk.length;
  while (index > 0 && isSpace(chunk.charCodeAt(index - 1))) index--;
  return index;
}

/** `\r\n`, `\r` and `\n` each count once. */
function countNewlines(run: string): number {
  let count = 0;
  for (let index = 0; index < run.length; index++) {
    const code = run.charCodeAt(index);
    if (code === 10 || (code === 13 && run.charCodeAt(index + 1) !== 10)) count++;
  }
  return count;
}
