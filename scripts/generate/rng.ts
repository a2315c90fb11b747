import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** A seeded random source: the only source of variation in the generator. */
export interface Rng {
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability `p` (0–1). */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks by whole-number weight: `[[value, weight], ...]`. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T;
  shuffle<T>(items: readonly T[]): T[];
  /**
   * An independent stream named `label`: adding draws to one part of the generator must not
   * shift every file after it.
   */
  fork(label: string): Rng;
}

export function createRng(seed: number): Rng {
  const source = xoroshiro128plus(seed);
  const int = (min: number, max: number): number => uniformInt(source, min, max);
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('cannot pick from an empty list');
    return items[int(0, items.length - 1)] as T;
  };
  return {
    int,
    chance: (p) => int(0, 999_999) < p * 1_000_000,
    pick,
    weighted: (entries) => {
      const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
      let draw = int(0, total - 1);
      for (const [value, weight] of entries) {
        if (draw < weight) return value;
        draw -= weight;
      }
      return pick(entries)[0];
    },
    shuffle: (items) => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i -= 1) {
        const j = int(0, i);
        [copy[i], copy[j]] = [copy[j] as (typeof copy)[number], copy[i] as (typeof copy)[number]];
      }
      return copy;
    },
    fork: (label) => createRng(hashSeed(seed, label)),
  };
}

/** FNV-1a over the seed and the label: a stable 32-bit seed for a named stream. */
function hashSeed(seed: number, label: string): number {
  let hash = 0x811c9dc5 ^ seed;
  for (const char of label) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}
