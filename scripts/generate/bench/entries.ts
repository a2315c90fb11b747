import type { Cluster } from '../../../src/lib/schema/enums.ts';
import type { AgencyPool } from '../agencies.ts';
import type { Concept, ConceptFactory } from '../concepts.ts';
import type { Rng } from '../rng.ts';
import { titleVariant } from '../titles.ts';

/** One record-to-be of a benchmark set. */
export interface BenchEntry {
  concept: Concept;
  year: number;
  title: string;
  /** 0-based position of the record within its year. */
  index: number;
}

/** Splits `count` over the years by weight, largest remainders last, so the sum is exact. */
export function perYear(
  count: number,
  weights: readonly (readonly [number, number])[],
): [number, number][] {
  const total = weights.reduce((sum, [, weight]) => sum + weight, 0);
  const shares = weights.map(([year, weight]): [number, number] => [
    year,
    Math.floor((count * weight) / total),
  ]);
  let left = count - shares.reduce((sum, [, n]) => sum + n, 0);
  for (const share of shares) {
    if (left === 0) break;
    share[1] += 1;
    left -= 1;
  }
  return shares;
}

const recentSize = 1000;

/**
 * Benchmark entries, year by year, made one at a time: nothing but the last thousand concepts
 * is kept, so a million records need no more memory than a thousand. Some concepts come back
 * (a later year, a respelled title) so merging has work to do.
 */
export function* benchEntries(
  rng: Rng,
  count: number,
  years: readonly (readonly [number, number])[],
  factory: ConceptFactory,
  agencies: AgencyPool,
  weights: Readonly<Record<Cluster, number>>,
): Generator<BenchEntry> {
  const recent: Concept[] = [];
  for (const [year, n] of perYear(count, years)) {
    for (let index = 0; index < n; index += 1) {
      if (recent.length > 0 && rng.chance(0.05)) {
        const concept = rng.pick(recent);
        yield {
          concept,
          year,
          index,
          title: rng.chance(0.5) ? titleVariant(rng, concept.title) : concept.title.text,
        };
        continue;
      }
      const concept = factory.make(rng, agencies.pick(rng, weights, year), year);
      recent[recent.length < recentSize ? recent.length : rng.int(0, recentSize - 1)] = concept;
      yield { concept, year, index, title: concept.title.text };
    }
  }
}
