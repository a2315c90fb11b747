import type { Concept } from './concepts.ts';
import type { Rng } from './rng.ts';
import { titleVariant } from './titles.ts';

/** An innovation one programme holds, with the first year it appears there. */
export interface Seen {
  concept: Concept;
  year: number;
}

/** Those seen by `year` (or the year after: proposals are prepared ahead) and not too long before. */
export function seenAround(seen: readonly Seen[], year: number, span: number): Concept[] {
  return seen
    .filter((entry) => entry.year <= year + 1 && year - entry.year <= span)
    .map((entry) => entry.concept);
}

/** A concept appearing again, in a later year or another programme. */
export interface Reuse {
  concept: Concept;
  title: string;
}

/**
 * Picks an earlier concept not yet used in the current year, with the chance of a respelled
 * title; undefined when none is left.
 */
export function reuse(
  rng: Rng,
  candidates: readonly Concept[],
  usedThisYear: Set<number>,
  respell: number,
): Reuse | undefined {
  const open = candidates.filter((concept) => !usedThisYear.has(concept.id));
  if (open.length === 0) return undefined;
  const concept = rng.pick(open);
  usedThisYear.add(concept.id);
  return {
    concept,
    title: rng.chance(respell) ? titleVariant(rng, concept.title) : concept.title.text,
  };
}
