import type { Package } from './zip.ts';
import { consumeXml } from './xml.ts';

const PART = 'xl/sharedStrings.xml';

/** The shared string table: each `<si>` is plain `<t>` text or rich `<r><t>` runs, joined. */
export async function readSharedStrings(pkg: Package): Promise<string[]> {
  if (!pkg.has(PART)) return [];
  const strings: string[] = [];
  let current: string[] | undefined;
  let inText = false;
  let inPhonetic = false;
  const handlers = {
    open(name: string) {
      if (name === 'si') current = [];
      else if (name === 'rPh') inPhonetic = true;
      else if (name === 't') inText = true;
    },
    text(text: string) {
      if (inText && !inPhonetic) current?.push(text);
    },
    close(name: string) {
      if (name === 't') inText = false;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'si') strings.push(current?.join('') ?? '');
    },
  };
  await consumeXml(await pkg.stream(PART), handlers);
  return strings;
}
