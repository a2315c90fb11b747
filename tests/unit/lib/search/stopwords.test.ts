import { describe, expect, it } from 'vitest';
import { indonesianStopWords } from '../../../../src/lib/language/stopwords.ts';

describe('indonesianStopWords', () => {
  it('holds about a hundred lower-case single words, each once', () => {
    expect(indonesianStopWords.length).toBeGreaterThanOrEqual(100);
    expect(indonesianStopWords.length).toBeLessThanOrEqual(150);
    expect(new Set(indonesianStopWords).size).toBe(indonesianStopWords.length);
    for (const word of indonesianStopWords) expect(word).toMatch(/^[a-z]+$/);
  });

  it('holds the common function words', () => {
    expect(indonesianStopWords).toEqual(
      expect.arrayContaining(['yang', 'dan', 'di', 'ke', 'dari', 'untuk', 'dengan', 'pada']),
    );
    expect(indonesianStopWords).toEqual(expect.arrayContaining(['dalam', 'ini', 'itu', 'atau']));
  });

  it('leaves out words that matter in titles and abbreviations', () => {
    const kept = ['desa', 'kota', 'kabupaten', 'warga', 'masyarakat', 'layanan', 'inovasi'];
    const abbreviations = ['kk', 'pp', 'ktp', 'kia', 'se'];
    for (const word of [...kept, ...abbreviations]) {
      expect(indonesianStopWords).not.toContain(word);
    }
  });
});
