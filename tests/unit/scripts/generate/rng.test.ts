import { describe, expect, it } from 'vitest';
import { createRng } from '../../../../scripts/generate/rng.ts';

const draws = (seed: number, n: number): number[] => {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => rng.int(0, 1_000_000));
};

describe('createRng', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    expect(draws(42, 20)).toEqual(draws(42, 20));
    expect(draws(42, 20)).not.toEqual(draws(43, 20));
  });

  it('keeps int within both bounds', () => {
    const rng = createRng(1);
    const values = new Set(Array.from({ length: 500 }, () => rng.int(3, 5)));
    expect([...values].sort()).toEqual([3, 4, 5]);
  });

  it('forks a stream that does not depend on draws made before it', () => {
    const fresh = createRng(7);
    const used = createRng(7);
    used.int(0, 10);
    used.int(0, 10);
    const a = fresh.fork('kipp');
    const b = used.fork('kipp');
    expect([a.int(0, 1e6), a.int(0, 1e6)]).toEqual([b.int(0, 1e6), b.int(0, 1e6)]);
    expect(createRng(7).fork('iga').int(0, 1e9)).not.toBe(createRng(7).fork('kipp').int(0, 1e9));
  });

  it('never picks a zero-weight entry', () => {
    const rng = createRng(3);
    const picks = new Set(
      Array.from({ length: 300 }, () =>
        rng.weighted([
          ['a', 1],
          ['b', 0],
          ['c', 2],
        ]),
      ),
    );
    expect([...picks].sort()).toEqual(['a', 'c']);
  });

  it('shuffles without losing or adding items', () => {
    const shuffled = createRng(5).shuffle([1, 2, 3, 4, 5, 6]);
    expect([...shuffled].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
