import { describe, expect, it } from 'vitest';
import { stemQuery } from '../../../../src/lib/search/query.ts';

describe('stemQuery', () => {
  it('stems the query as the shadow fields are stemmed', () => {
    expect(stemQuery('Pelayanan Perizinan')).toBe('layan izin');
    expect(stemQuery('pencegahan stunting')).toBe('cegah stunting');
  });

  it('keeps abbreviations and typos as typed, for synonyms and typo tolerance', () => {
    expect(stemQuery('puskesmsa')).toBe('puskesmsa');
    expect(stemQuery('RSUD')).toBe('rsud');
  });

  it('turns a query of stop words into a placeholder search', () => {
    expect(stemQuery('yang dan di')).toBe('');
  });
});
