/**
 * Plain text of the public record as blocks a page can lay out: the ingest writes paragraphs
 * apart by a blank line and list items as `- item` or `1. item` lines. Only structure is read
 * here; the text stays text (a page escapes it).
 */
export type TextBlock =
  { kind: 'paragraph'; text: string } | { kind: 'list'; ordered: boolean; items: string[] };

export function textBlocks(text: string): TextBlock[] {
  return text
    .split(/\n\s*\n/)
    .flatMap((chunk) => chunkBlocks(chunk.split('\n').map((line) => line.trim())))
    .filter((block) => block.kind === 'list' || block.text !== '');
}

// --- internal ---

const bullet = /^[-•*]\s+/;
const numbered = /^\d+[.)]\s+/;

/** Consecutive item lines form one list; other consecutive lines one paragraph. */
function chunkBlocks(lines: readonly string[]): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const line of lines) {
    if (line === '') continue;
    const ordered = numbered.test(line);
    const isItem = ordered || bullet.test(line);
    const last = blocks.at(-1);
    if (isItem) {
      const item = line.replace(ordered ? numbered : bullet, '');
      if (last?.kind === 'list' && last.ordered === ordered) last.items.push(item);
      else blocks.push({ kind: 'list', ordered, items: [item] });
    } else if (last?.kind === 'paragraph') {
      last.text = `${last.text} ${line}`;
    } else {
      blocks.push({ kind: 'paragraph', text: line });
    }
  }
  return blocks;
}
