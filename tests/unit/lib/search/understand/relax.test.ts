import type { MultiSearchResponse } from 'meilisearch';
import { describe, expect, it } from 'vitest';
import {
  mostFound,
  relaxationQueries,
  strictCount,
  wordToDrop,
} from '../../../../../src/lib/search/understand/relax.ts';

function answer(totals: number[]): MultiSearchResponse {
  return { results: totals.map((totalHits) => ({ totalHits })) } as unknown as MultiSearchResponse;
}

describe('relaxing a query no record holds whole', () => {
  it('counts each word alone, then the query without each word, every word required', () => {
    const queries = relaxationQueries(['sekolah', 'gratis', 'anak'], {
      indexUid: 'innovations',
      filter: [['years = "2019"']],
    });
    expect(queries.map((query) => query.q)).toEqual([
      'sekolah',
      'gratis',
      'anak',
      'gratis anak',
      'sekolah anak',
      'sekolah gratis',
    ]);
    for (const query of queries) {
      expect([query.matchingStrategy, query.hitsPerPage, query.filter]).toEqual([
        'all',
        0,
        [['years = "2019"']],
      ]);
    }
  });

  it('drops the most common word among the removals that find something', () => {
    // sekolah 160, gratis 81, anak 485 alone; without each: 0, 40, 72
    expect(wordToDrop(3, answer([160, 81, 485, 0, 40, 72]))).toBe(2);
  });

  it('knows the removal that finds the most, to offer it', () => {
    expect(mostFound(3, answer([160, 81, 485, 0, 131, 72]))).toEqual({ at: 1, total: 131 });
    expect(mostFound(2, answer([5, 0, 0, 0]))).toBeUndefined();
  });

  it('drops a word no record holds when no single removal helps', () => {
    expect(wordToDrop(3, answer([207, 0, 0, 0, 0, 0]))).toBe(1);
  });

  it('counts the records holding every word of a query', () => {
    const query = strictCount({ indexUid: 'i', q: 'a b', facets: ['years'], hitsPerPage: 20 });
    expect(query).toMatchObject({ q: 'a b', matchingStrategy: 'all', facets: [], hitsPerPage: 0 });
  });
});
