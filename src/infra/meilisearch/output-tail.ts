import { stripVTControlCharacters } from 'node:util';

/** The last lines a process wrote, kept for error messages. */
export interface OutputTail {
  push(chunk: string): void;
  /** The kept lines, colour codes removed, backtrace frames left out. */
  text(): string;
}

export function createOutputTail(maxLines = 20): OutputTail {
  let lines: string[] = [];
  let partial = '';
  return {
    push(chunk) {
      const parts = (partial + chunk).split('\n');
      partial = parts.pop() ?? '';
      lines = [...lines, ...parts.map(clean).filter(isWorthShowing)].slice(-maxLines);
    },
    text() {
      return [...lines, clean(partial)].filter(isWorthShowing).join('\n');
    },
  };
}

// --- internal ---

function clean(line: string): string {
  return stripVTControlCharacters(line).trimEnd();
}

/** Rust backtrace frames (`  3: tokio::...`, `at ./src/...`) drown the one line that matters. */
function isWorthShowing(line: string): boolean {
  return line.trim() !== '' && !/^\s+(\d+:|at )/.test(line);
}
