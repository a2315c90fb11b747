import type { MultiSearchQuery, MultiSearchResponse } from 'meilisearch';
import { z } from 'zod';
import type { QueryTerm, UnderstoodQuery } from './understand.ts';

/**
 * Stemming must not defeat typo tolerance. A typo stops the stemmer half-way (`kependudkan` →
 * `pendudk`, `pengadaun` → `adaun`), and the broken stem is either nowhere or one typo from an
 * unrelated word, while the word as typed is one typo from the right one. So a stem is sent
 * only where the index holds it as it is (a hit with no typo: the stem itself, a word it
 * starts, or a synonym); elsewhere the word goes as typed, and Meilisearch's typo tolerance
 * does the rest. One small query per stem that differs from its word, in one multi-search.
 */
export interface StemProbes {
  readonly stems: readonly string[];
  readonly queries: MultiSearchQuery[];
}

export function stemProbes(understood: UnderstoodQuery, indexUid: string): StemProbes {
  const stems = [
    ...new Set(understood.terms.filter(({ word, stem }) => stem !== word).map(({ stem }) => stem)),
  ];
  const queries = stems.map((stem): MultiSearchQuery => ({
    indexUid,
    q: stem,
    limit: 1,
    attributesToRetrieve: ['id'],
    showRankingScoreDetails: true,
  }));
  return { stems, queries };
}

/** The stems the index holds without a typo, read from the probes' answers. */
export function indexedStems(probes: StemProbes, response: MultiSearchResponse): Set<string> {
  const answers = response.results.map((result) => probeSchema.parse(result));
  return new Set(
    probes.stems.filter(
      (_, at) => answers[at]?.hits[0]?._rankingScoreDetails.typo?.typoCount === 0,
    ),
  );
}

/** The `q` sent for these terms: each term's stem where the index holds it, else its word. */
export function termsQuery(terms: readonly QueryTerm[], indexed: ReadonlySet<string>): string {
  return terms.map(({ word, stem }) => (indexed.has(stem) ? stem : word)).join(' ');
}

// --- internal ---

const probeSchema = z.object({
  hits: z.array(
    z.object({
      _rankingScoreDetails: z.object({
        typo: z.object({ typoCount: z.int() }).optional(),
      }),
    }),
  ),
});
