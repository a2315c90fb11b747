import type { MultiSearchResponse } from 'meilisearch';
import { describe, expect, it } from 'vitest';
import {
  indexedStems,
  stemProbes,
  termsQuery,
} from '../../../../../src/lib/search/understand/forms.ts';
import { understandQuery } from '../../../../../src/lib/search/understand/understand.ts';

describe('stems checked against the index', () => {
  const understood = understandQuery('pelayanan kependudkan puskesmas');
  const probes = stemProbes(understood, 'innovations');

  it('probe only the stems that differ from their word, one hit each', () => {
    expect(probes.stems).toEqual(['layan', 'pendudk']);
    expect(probes.queries.map((query) => [query.q, query.limit])).toEqual([
      ['layan', 1],
      ['pendudk', 1],
    ]);
  });

  it('send a stem the index holds without a typo, else the word as typed', () => {
    const response = {
      results: [
        { hits: [{ id: 'a', _rankingScoreDetails: { typo: { typoCount: 0 } } }] },
        { hits: [{ id: 'b', _rankingScoreDetails: { typo: { typoCount: 1 } } }] },
      ],
    } as unknown as MultiSearchResponse;
    const indexed = indexedStems(probes, response);
    expect([...indexed]).toEqual(['layan']);
    expect(termsQuery(understood.terms, indexed)).toBe('layan kependudkan puskesmas');
  });
});
