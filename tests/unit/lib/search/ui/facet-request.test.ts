import { describe, expect, it } from 'vitest';
import { parseFacetRequest } from '../../../../../src/lib/search/ui/facet-request.ts';
import { facetOfParam } from '../../../../../src/lib/search/ui/params.ts';

describe('parseFacetRequest', () => {
  it('reads the facet by its URL parameter', () => {
    expect(parseFacetRequest(new URLSearchParams('q=air&faset=kabupaten'))).toEqual({
      success: true,
      facet: 'regency',
    });
    expect(parseFacetRequest(new URLSearchParams('faset=provinsi'))).toEqual({
      success: true,
      facet: 'province',
    });
  });

  it('names faset when it is missing, unknown or a field name rather than its parameter', () => {
    for (const query of ['q=air', 'faset=negara', 'faset=regency', 'faset=']) {
      expect(parseFacetRequest(new URLSearchParams(query)), query).toEqual({
        success: false,
        problems: { faset: 'invalid' },
      });
    }
  });
});

describe('facetOfParam', () => {
  it('maps a URL parameter to its facet, and nothing else', () => {
    expect(facetOfParam('kabupaten')).toBe('regency');
    expect(facetOfParam('tahun')).toBe('years');
    expect(facetOfParam('regency')).toBeUndefined();
    expect(facetOfParam(null)).toBeUndefined();
  });
});
