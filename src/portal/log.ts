import { writeSync } from 'node:fs';
import type { PortalLog } from './types.ts';

/**
 * The portal's lines on the process's standard streams (the default log). Informational lines
 * (one per request among them) are written once per turn of the event loop, all of that turn's
 * in one write: a write each cost a site process ~3 % of its CPU under the interest bench.
 * Warnings and errors go at once, and what is left is written when the process exits.
 */
export const consoleLog: PortalLog = {
  info: (line) => {
    pending.push(line);
    if (pending.length === 1) setImmediate(flush);
  },
  warn: (line) => {
    console.warn(line);
  },
  error: (line) => {
    console.error(line);
  },
};

// --- internal ---

let pending: string[] = [];

function flush(): void {
  if (pending.length === 0) return;
  const text = `${pending.join('\n')}\n`;
  pending = [];
  process.stdout.write(text);
}

process.once('exit', () => {
  if (pending.length === 0) return;
  try {
    writeSync(process.stdout.fd, `${pending.join('\n')}\n`);
  } catch {
    // Standard output closed or full at exit: the lines cannot go anywhere.
  }
  pending = [];
});
