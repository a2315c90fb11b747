/**
 * How a synonym is declared. Meilisearch synonyms are a map from a query term to its
 * alternatives; these three shapes say which directions are right.
 *
 * - `same(...)`: every term means the same; each finds all the others.
 * - `senses(short, ...)`: one abbreviation with unrelated meanings (`KIA` is `kesehatan ibu dan
 *   anak` and `kartu identitas anak`): the abbreviation and each meaning find each other, the
 *   meanings do not find one another.
 * - `narrower(broad, ...)`: the broad term also finds the narrower ones, not back (`pemda`
 *   finds `pemkab`; `pemkab` does not find `pemprov`).
 */
export type SynonymEntry =
  | { readonly kind: 'same'; readonly terms: readonly string[] }
  | { readonly kind: 'senses'; readonly short: string; readonly meanings: readonly string[] }
  | { readonly kind: 'narrower'; readonly broad: string; readonly narrower: readonly string[] };

export function same(...terms: string[]): SynonymEntry {
  return { kind: 'same', terms };
}

export function senses(short: string, ...meanings: string[]): SynonymEntry {
  return { kind: 'senses', short, meanings };
}

export function narrower(broad: string, ...terms: string[]): SynonymEntry {
  return { kind: 'narrower', broad, narrower: terms };
}

/**
 * Every directed pair the entries declare: a search for `from` also finds `to`. A narrower
 * term brings its equivalents along (`pemda` → `pemkab` also gives `pemda` → `pemerintah
 * kabupaten`); nothing else is chained, so the two senses of `kia` never meet.
 */
export function synonymPairs(entries: readonly SynonymEntry[]): [from: string, to: string][] {
  const equivalents = equivalentsOf(entries);
  return entries.flatMap((entry) =>
    directedPairs(entry).flatMap(([from, to]): [string, string][] =>
      entry.kind === 'narrower'
        ? [to, ...(equivalents.get(to) ?? [])].map((term): [string, string] => [from, term])
        : [[from, to]],
    ),
  );
}

// --- internal ---

/** Each term of a `same` entry to the other terms of its entries. */
function equivalentsOf(entries: readonly SynonymEntry[]): Map<string, string[]> {
  const equivalents = new Map<string, string[]>();
  for (const entry of entries) {
    if (entry.kind !== 'same') continue;
    for (const term of entry.terms) {
      const others = entry.terms.filter((other) => other !== term);
      equivalents.set(term, [...(equivalents.get(term) ?? []), ...others]);
    }
  }
  return equivalents;
}

/** One entry as directed pairs. */
function directedPairs(entry: SynonymEntry): [from: string, to: string][] {
  switch (entry.kind) {
    case 'same':
      return entry.terms.flatMap((from) =>
        entry.terms.filter((to) => to !== from).map((to): [string, string] => [from, to]),
      );
    case 'senses':
      return entry.meanings.flatMap((meaning): [string, string][] => [
        [entry.short, meaning],
        [meaning, entry.short],
      ]);
    case 'narrower':
      return entry.narrower.map((to): [string, string] => [entry.broad, to]);
  }
}
