import { describe, expect, it } from 'vitest';
import { searchDocumentSchema } from '../../../../src/lib/index/document.ts';
import { facetNames, facetValueSchemas, isFacetName } from '../../../../src/lib/index/facets.ts';

describe('facetNames', () => {
  it('are the facets of PRODUCT.md, in the order the portal shows them', () => {
    expect(facetNames).toEqual([
      'programmes',
      'years',
      'cluster',
      'province',
      'regency',
      'sectors',
      'sdgs',
      'awardLevels',
      'status',
      'stage',
      'digital',
    ]);
  });

  it('are fields of the search document', () => {
    const fields = Object.keys(searchDocumentSchema.shape);
    for (const name of facetNames) expect(fields).toContain(name);
  });

  it('are recognised by isFacetName, and nothing else is', () => {
    expect(isFacetName('regency')).toBe(true);
    expect(isFacetName('regencyCode')).toBe(false);
    expect(isFacetName('stemmedText')).toBe(false);
  });
});

describe('facetValueSchemas', () => {
  it.each([
    ['programmes', 'kipp', 'jippnas'],
    ['years', 2018, 1999],
    ['cluster', 'kabupaten', 'desa'],
    ['province', 'Sumatera Barat', ''],
    ['regency', 'Kota Padang', ''],
    ['sectors', 'kesehatan', 'Kesehatan'],
    ['sdgs', 17, 18],
    ['awardLevels', 'top-99', 'top-100'],
    ['status', 'berlanjut', 'aktif'],
    ['stage', 'uji-coba', 'ujicoba'],
    ['digital', true, 'ya'],
  ] as const)('%s accepts %j and rejects %j', (name, good, bad) => {
    const schema = facetValueSchemas[name];
    expect(schema.safeParse(good).success).toBe(true);
    expect(schema.safeParse(bad).success).toBe(false);
  });
});
