import type { Settings } from 'meilisearch';
import { describe, expect, it } from 'vitest';
import { innovationSchema } from '../../../../src/lib/schema/innovation.ts';
import { searchDocumentSchema } from '../../../../src/lib/index/document.ts';
import { facetNames } from '../../../../src/lib/index/facets.ts';
import { filterableFields, indexSettings } from '../../../../src/lib/index/settings.ts';
import { indonesianStopWords } from '../../../../src/lib/language/stopwords.ts';
import { buildSynonyms, publicServiceSynonyms } from '../../../../src/lib/language/synonyms.ts';

// The settings are typed with the Meilisearch client's own `Settings`; this line fails the
// type check if they stop fitting it.
const settings: Settings = indexSettings;

const documentFields = Object.keys(searchDocumentSchema.shape);

/** `sections.impact` belongs to `sections`. */
function fieldOf(attribute: string): string {
  return attribute.split('.')[0] ?? attribute;
}

function filterable(feature: 'facetSearch' | 'comparison'): string[] {
  return (settings.filterableAttributes ?? []).flatMap((rule) => {
    if (typeof rule === 'string') return [rule];
    const on =
      feature === 'facetSearch' ? rule.features.facetSearch : rule.features.filter.comparison;
    return on ? rule.attributePatterns : [];
  });
}

function allFilterable(): string[] {
  return (settings.filterableAttributes ?? []).flatMap((rule) =>
    typeof rule === 'string' ? [rule] : rule.attributePatterns,
  );
}

describe('indexSettings', () => {
  it('searches the attributes in a deliberate order, shadows after what they shadow', () => {
    expect(settings.searchableAttributes).toEqual([
      'title',
      'acronym',
      'expansion',
      'stemmedTitle',
      'summary',
      'agency',
      'unit',
      'regency',
      'province',
      'regencyAsWritten',
      'provinceAsWritten',
      'stemmedAgency',
      'sections',
      'categories',
      'innovators',
      'stemmedText',
      'provenance.sourceId',
      'agencies',
    ]);
  });

  it('filters and facet-searches on every facet', () => {
    expect(filterable('facetSearch')).toEqual([...facetNames]);
    expect(allFilterable()).toEqual(expect.arrayContaining([...facetNames]));
  });

  it('filters on exactly the fields it declares filterable', () => {
    expect([...allFilterable()].sort()).toEqual([...filterableFields].sort());
  });

  it('filters on ids, codes and agency keys for lookups and on dates and counts for ranges', () => {
    expect(allFilterable()).toEqual(
      expect.arrayContaining([
        'id',
        'provinceCode',
        'regencyCode',
        'provenance.sourceId',
        'agencyKeys',
      ]),
    );
    expect(filterable('comparison')).toEqual(
      expect.arrayContaining(['year', 'years', 'updatedAt', 'interestCount', 'replicationCount']),
    );
    expect(filterable('comparison')).not.toContain('id');
  });

  it('sorts on first and latest year, interest, replications, last update, last verified and title', () => {
    expect(settings.sortableAttributes).toEqual([
      'year',
      'latestYear',
      'interestCount',
      'replicationCount',
      'updatedAt',
      'verifiedDay',
      'title',
    ]);
  });

  it('names only fields of the search document', () => {
    const named = [
      ...(settings.searchableAttributes ?? []),
      ...allFilterable(),
      ...(settings.sortableAttributes ?? []),
      ...(settings.displayedAttributes ?? []),
      ...(settings.typoTolerance?.disableOnAttributes ?? []),
    ];
    for (const attribute of named) expect(documentFields).toContain(fieldOf(attribute));
  });

  it('displays exactly the public record, with a place kept as written', () => {
    expect(settings.displayedAttributes).toEqual([
      ...innovationSchema.keyof().options,
      'provinceAsWritten',
      'regencyAsWritten',
    ]);
  });

  it('ranks by Meilisearch’s rules, then replications, interest and recency', () => {
    expect(settings.rankingRules).toEqual([
      'words',
      'typo',
      'proximity',
      'attribute',
      'sort',
      'exactness',
      'replicationCount:desc',
      'interestCount:desc',
      'year:desc',
    ]);
  });

  it('returns every regency in a facet, the most frequent first, years in order', () => {
    expect(settings.faceting?.maxValuesPerFacet).toBeGreaterThanOrEqual(514);
    expect(settings.faceting?.sortFacetValuesBy).toEqual({ '*': 'count', years: 'alpha' });
  });

  it('counts and pages through up to a million hits', () => {
    expect(settings.pagination?.maxTotalHits).toBe(1_000_000);
  });

  it('takes no typos in numbers or registration numbers', () => {
    expect(settings.typoTolerance?.disableOnNumbers).toBe(true);
    expect(settings.typoTolerance?.disableOnAttributes).toEqual(['provenance.sourceId']);
    expect(settings.searchableAttributes).toContain('provenance.sourceId');
  });

  it('carries the Indonesian synonyms and stop words', () => {
    expect(settings.synonyms).toEqual(buildSynonyms(publicServiceSynonyms));
    expect(settings.stopWords).toEqual([...indonesianStopWords]);
  });

  it('is plain JSON, as the settings endpoint takes it', () => {
    expect(JSON.parse(JSON.stringify(settings))).toEqual(settings);
  });
});
