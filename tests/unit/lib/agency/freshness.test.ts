import { describe, expect, it } from 'vitest';
import { freshnessTables, percentOf } from '../../../../src/lib/agency/freshness.ts';
import { topStale } from '../../../../src/lib/agency/stale-agencies.ts';

describe('the freshness figures from the engine', () => {
  it('reads each slice, a value missing from a slice counting none', () => {
    const answer = (totalHits: number, programmes: Record<string, number>) => ({
      totalHits,
      facetDistribution: { programmes },
    });
    const tables = freshnessTables([
      answer(5, { kipp: 3, iga: 2 }),
      answer(1, { kipp: 1 }),
      answer(2, { kipp: 1, iga: 1 }),
      answer(2, { kipp: 1, iga: 1 }),
    ]);
    expect(tables.overall).toEqual({ total: 5, within12: 1, within24: 2, never: 2 });
    expect(tables.byFacet.programmes).toEqual([
      { value: 'kipp', total: 3, within12: 1, within24: 1, never: 1 },
      { value: 'iga', total: 2, within12: 0, within24: 1, never: 1 },
    ]);
    expect(tables.byFacet.years).toEqual([]);
  });

  it('rounds a share to whole per cent, and has none of nothing', () => {
    expect(percentOf(3, 8)).toBe(38);
    expect(percentOf(1, 3)).toBe(33);
    expect(percentOf(0, 0)).toBeUndefined();
  });

  it('ranks agencies by stale innovations, ties by key, the top ones only', () => {
    const answer = { facetDistribution: { agencyKeys: { b: 2, a: 2, c: 5, d: 1 } } };
    expect(topStale(answer, 3)).toEqual([
      ['c', 5],
      ['a', 2],
      ['b', 2],
    ]);
    expect(topStale({})).toEqual([]);
  });
});
