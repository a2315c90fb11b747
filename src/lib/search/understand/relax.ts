import type { MultiSearchQuery, MultiSearchResponse } from 'meilisearch';
import { z } from 'zod';

/**
 * Zero results are a last resort. The `frequency` strategy already answers a query no record
 * holds whole with records holding most of it, but silently; so the search also counts the
 * records holding every word (`strictCount`), and when there are none the query is relaxed one
 * word at a time, by our own weights, and the page says what was left out. One multi-search
 * per step counts each word alone and the query without each word, every word required.
 */
export function strictCount(query: MultiSearchQuery): MultiSearchQuery {
  return { ...query, matchingStrategy: 'all', facets: [], page: 1, hitsPerPage: 0 };
}

/** The total of a `strictCount` answer. */
export function countOf(result: unknown): number {
  return countSchema.parse(result).totalHits;
}

export function relaxationQueries(
  terms: readonly string[],
  base: Omit<MultiSearchQuery, 'q'>,
): MultiSearchQuery[] {
  const count = (q: string): MultiSearchQuery => ({
    ...base,
    q,
    matchingStrategy: 'all',
    page: 1,
    hitsPerPage: 0,
  });
  return [
    ...terms.map((term) => count(term)),
    ...terms.map((_, at) => count(terms.filter((__, other) => other !== at).join(' '))),
  ];
}

/**
 * The word to leave out, by its position. Among the removals that find something, the least
 * informative word goes: the one most records hold (`sekolah gratis anak` loses `anak`, not
 * `gratis`). When no single removal finds anything, a word no record holds goes first, else
 * again the most common one; the caller asks again with what is left.
 */
export function wordToDrop(termCount: number, response: MultiSearchResponse): number {
  const totals = response.results.map((result) => countSchema.parse(result).totalHits);
  const alone = totals.slice(0, termCount);
  const without = totals.slice(termCount, 2 * termCount);
  const positions = alone.map((_, at) => at);
  const helpful = positions.filter((at) => (without[at] ?? 0) > 0);
  const unknown = positions.filter((at) => alone[at] === 0);
  const pool = helpful.length > 0 ? helpful : unknown.length > 0 ? unknown : positions;
  return pool.reduce((best, at) => ((alone[at] ?? 0) > (alone[best] ?? 0) ? at : best));
}

/** The removal that finds the most records, with how many: what the page offers instead. */
export function mostFound(
  termCount: number,
  response: MultiSearchResponse,
): { at: number; total: number } | undefined {
  const without = response.results
    .slice(termCount, 2 * termCount)
    .map((result) => countSchema.parse(result).totalHits);
  const total = Math.max(0, ...without);
  return total === 0 ? undefined : { at: without.indexOf(total), total };
}

// --- internal ---

const countSchema = z.object({ totalHits: z.int() });
