import { describe, expect, it } from 'vitest';
import { words } from '../../../../src/lib/language/stem.ts';
import { narrower, same, senses } from '../../../../src/lib/language/synonym-entry.ts';
import { synonymExpander } from '../../../../src/lib/language/synonym-expansion.ts';

describe('synonymExpander', () => {
  it('adds the terms that should find a text and writes the text with them', () => {
    const expand = synonymExpander([same('puskesmas', 'pusat kesehatan masyarakat')]);
    expect(expand(words('Layanan Puskesmas Keliling'))).toEqual({
      finders: ['pusat kesehatan masyarakat'],
      rewritten: 'layanan pusat kesehatan masyarakat keliling',
    });
  });

  it('finds phrases longer than a Meilisearch synonym key', () => {
    const expand = synonymExpander([
      same('dukcapil', 'disdukcapil', 'kependudukan dan pencatatan sipil'),
    ]);
    expect(expand(words('Dinas Kependudukan dan Pencatatan Sipil Kota Kendari'))).toEqual({
      finders: ['dukcapil', 'disdukcapil'],
      rewritten: 'dinas dukcapil kota kendari',
    });
  });

  it('prefers the longest phrase at a position', () => {
    const expand = synonymExpander([
      same('rs', 'rumah sakit'),
      same('rsud', 'rumah sakit umum daerah'),
    ]);
    expect(expand(words('Rumah Sakit Umum Daerah Sleman'))).toEqual({
      finders: ['rsud'],
      rewritten: 'rsud sleman',
    });
  });

  it('gives a text holding one sense of an abbreviation the abbreviation only', () => {
    const expand = synonymExpander([
      senses('kia', 'kesehatan ibu dan anak', 'kartu identitas anak'),
    ]);
    expect(expand(words('Layanan Kartu Identitas Anak')).finders).toEqual(['kia']);
    expect(expand(words('Pojok KIA')).finders).toEqual([
      'kesehatan ibu dan anak',
      'kartu identitas anak',
    ]);
  });

  it('gives a narrower term the broad one', () => {
    const expand = synonymExpander([
      same('pemkot', 'pemerintah kota'),
      narrower('pemda', 'pemkot'),
    ]);
    expect(expand(words('Pemerintah Kota Padang'))).toEqual({
      finders: ['pemkot', 'pemda'],
      rewritten: 'pemkot padang',
    });
  });

  it('leaves a text without synonyms as it is', () => {
    const expand = synonymExpander([same('puskesmas', 'pusat kesehatan masyarakat')]);
    expect(expand(words('Bank Sampah Digital'))).toEqual({ finders: [], rewritten: undefined });
  });
});
