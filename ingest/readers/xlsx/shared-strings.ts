import { LimitError, type ReadLimits } from '../limits.ts';
import type { Package } from './zip.ts';
import { consumeXml } from './xml.ts';

const PART = 'xl/sharedStrings.xml';

/** A shared string longer than the cell limit: not kept, and a cell using it rejects its row. */
export const OVERLONG = Symbol('overlong');
export type SharedString = string | typeof OVERLONG;

/**
 * The shared string table: each `<si>` is plain `<t>` text or rich `<r><t>` runs, joined. More
 * entries than the limit reject the file (a LimitError).
 */
export async function readSharedStrings(pkg: Package, limits: ReadLimits): Promise<SharedString[]> {
  if (!pkg.has(PART)) return [];
  const strings: SharedString[] = [];
  let current: string[] = [];
  let length = 0;
  let inText = false;
  let inPhonetic = false;
  const handlers = {
    open(name: string) {
      if (name === 'si') {
        current = [];
        length = 0;
      } else if (name === 'rPh') inPhonetic = true;
      else if (name === 't') inText = true;
    },
    text(text: string) {
      if (!inText || inPhonetic || length > limits.maxCellChars) return;
      length += text.length;
      if (length <= limits.maxCellChars) current.push(text);
    },
    close(name: string) {
      if (name === 't') inText = false;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'si') {
        if (strings.length >= limits.maxSharedStrings) {
          throw new LimitError(
            `the shared-string table has more than ${String(limits.maxSharedStrings)} entries, the limit`,
          );
        }
        strings.push(length > limits.maxCellChars ? OVERLONG : current.join(''));
        current = [];
      }
    },
  };
  await consumeXml(await pkg.stream(PART), handlers);
  return strings;
}
