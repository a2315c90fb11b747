import { synonymPairs, type SynonymEntry } from './synonym-entry.ts';
import { words } from './stem.ts';

/**
 * Index-time synonyms. Meilisearch applies its synonyms to the query only, counts a match
 * through a multi-word synonym as typos (so `pusat kesehatan masyarakat` ranks a Puskesmas
 * below any text that happens to hold the three words), and ignores phrases longer than three
 * words as keys. Writing into a document's shadow text the terms that would find it
 * (`puskesmas` → `pusat kesehatan masyarakat`, `kependudukan dan pencatatan sipil` →
 * `dukcapil`) turns those into plain, adjacent, typo-free matches.
 */
export interface Expansion {
  /** Every term whose search should find the text, once each, in the order found. */
  readonly finders: string[];
  /**
   * The text as people abbreviate it, each matched phrase replaced by its first finder
   * (`pemerintah kota padang` → `pemkot padang`), so that `pemkot padang` can match a whole
   * value exactly; `undefined` when nothing matched.
   */
  readonly rewritten: string | undefined;
}

export type SynonymExpander = (textWords: readonly string[]) => Expansion;

/** An expander for these entries: for a pair `from` → `to`, a text holding `to` gains `from`. */
export function synonymExpander(entries: readonly SynonymEntry[]): SynonymExpander {
  const byFirstWord = phraseTable(finderTable(entries));
  return (textWords) => {
    const finders = new Set<string>();
    const rewritten: string[] = [];
    let matched = false;
    for (let start = 0; start < textWords.length;) {
      const rule = longestMatch(byFirstWord, textWords, start);
      if (rule === undefined) {
        rewritten.push(textWords[start] ?? '');
        start += 1;
        continue;
      }
      rule.finders.forEach((finder) => finders.add(finder));
      rewritten.push(rule.finders[0] ?? '');
      matched = true;
      start += rule.phrase.length;
    }
    return { finders: [...finders], rewritten: matched ? rewritten.join(' ') : undefined };
  };
}

// --- internal ---

interface PhraseRule {
  readonly phrase: readonly string[];
  readonly finders: readonly string[];
}

function longestMatch(
  byFirstWord: ReadonlyMap<string, readonly PhraseRule[]>,
  textWords: readonly string[],
  start: number,
): PhraseRule | undefined {
  const candidates = byFirstWord.get(textWords[start] ?? '') ?? [];
  return candidates.find((rule) =>
    rule.phrase.every((word, offset) => textWords[start + offset] === word),
  );
}

/** Each phrase (words joined by one space) to the terms that should find it. */
function finderTable(entries: readonly SynonymEntry[]): Map<string, Set<string>> {
  const finders = new Map<string, Set<string>>();
  for (const [from, to] of synonymPairs(entries)) {
    const key = words(to).join(' ');
    finders.set(key, (finders.get(key) ?? new Set()).add(words(from).join(' ')));
  }
  return finders;
}

/** Phrases by their first word, longest first so that the longest phrase wins. */
function phraseTable(finders: ReadonlyMap<string, ReadonlySet<string>>): Map<string, PhraseRule[]> {
  const table = new Map<string, PhraseRule[]>();
  for (const [key, terms] of finders) {
    const phrase = key.split(' ');
    const first = phrase[0] ?? '';
    table.set(first, [...(table.get(first) ?? []), { phrase, finders: [...terms] }]);
  }
  for (const rules of table.values()) rules.sort((a, b) => b.phrase.length - a.phrase.length);
  return table;
}
