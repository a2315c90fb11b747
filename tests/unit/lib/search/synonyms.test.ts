import { describe, expect, it } from 'vitest';
import { narrower, same, senses } from '../../../../src/lib/language/synonym-entry.ts';
import {
  buildSynonyms,
  maxSynonymKeyWords,
  publicServiceSynonyms,
} from '../../../../src/lib/language/synonyms.ts';

describe('buildSynonyms', () => {
  it('maps every term of a `same` entry to all the others', () => {
    expect(buildSynonyms([same('tpb', 'sdgs', 'tujuan pembangunan')])).toEqual({
      sdgs: ['tpb', 'tujuan pembangunan'],
      tpb: ['sdgs', 'tujuan pembangunan'],
      'tujuan pembangunan': ['sdgs', 'tpb'],
    });
  });

  it('links each sense to its abbreviation, never one sense to another', () => {
    expect(buildSynonyms([senses('kia', 'kesehatan ibu anak', 'kartu identitas anak')])).toEqual({
      kia: ['kartu identitas anak', 'kesehatan ibu anak'],
      'kartu identitas anak': ['kia'],
      'kesehatan ibu anak': ['kia'],
    });
  });

  it('lets a broad term find the narrower ones and their equivalents, not back', () => {
    const built = buildSynonyms([
      same('pemkab', 'pemerintah kabupaten'),
      narrower('pemda', 'pemkab'),
    ]);
    expect(built).toEqual({
      pemda: ['pemerintah kabupaten', 'pemkab'],
      pemkab: ['pemerintah kabupaten'],
      'pemerintah kabupaten': ['pemkab'],
    });
  });

  it('writes terms as Meilisearch reads them: lower case, a hyphen is a space', () => {
    expect(buildSynonyms([same('E-KTP', 'KTP  Elektronik')])).toEqual({
      'e ktp': ['ktp elektronik'],
      'ktp elektronik': ['e ktp'],
    });
  });

  it('merges entries that share a term', () => {
    expect(buildSynonyms([same('akta', 'akte'), same('akta', 'akta kelahiran')])).toEqual({
      akta: ['akta kelahiran', 'akte'],
      'akta kelahiran': ['akta'],
      akte: ['akta'],
    });
  });

  it('leaves out keys longer than Meilisearch looks up, keeping them as alternatives', () => {
    expect(maxSynonymKeyWords).toBe(3);
    expect(buildSynonyms([same('umkm', 'usaha mikro kecil dan menengah')])).toEqual({
      umkm: ['usaha mikro kecil dan menengah'],
    });
  });
});

describe('publicServiceSynonyms', () => {
  const built = buildSynonyms(publicServiceSynonyms);
  const finds = (term: string) => built[term] ?? [];

  it('holds more than forty entries', () => {
    expect(publicServiceSynonyms.length).toBeGreaterThan(40);
  });

  it('is symmetric wherever an entry says the terms are the same', () => {
    for (const entry of publicServiceSynonyms) {
      if (entry.kind !== 'same') continue;
      const keys = entry.terms.filter((term) => term.split(' ').length <= maxSynonymKeyWords);
      for (const from of keys) {
        for (const to of entry.terms.filter((term) => term !== from)) {
          expect(finds(from), `${from} → ${to}`).toContain(to);
        }
      }
    }
  });

  it.each([
    ['puskesmas', 'pusat kesehatan masyarakat'],
    ['dukcapil', 'kependudukan dan pencatatan sipil'],
    ['disdukcapil', 'dukcapil'],
    ['adminduk', 'administrasi kependudukan'],
    ['umkm', 'usaha mikro kecil dan menengah'],
    ['rsud', 'rumah sakit umum daerah'],
    ['opd', 'skpd'],
    ['skpd', 'perangkat daerah'],
    ['bumn', 'badan usaha milik negara'],
    ['bumd', 'badan usaha milik daerah'],
    ['tpb', 'sdgs'],
    ['sdgs', 'tujuan pembangunan berkelanjutan'],
    ['mpp', 'mal pelayanan publik'],
    ['spbe', 'sistem pemerintahan berbasis elektronik'],
    ['pemkab', 'pemerintah kabupaten'],
    ['pemkot', 'pemerintah kota'],
    ['pemprov', 'pemerintah provinsi'],
    ['pemda', 'pemkab'],
    ['stunting', 'tengkes'],
    ['tengkes', 'stunting'],
    ['e ktp', 'ktp elektronik'],
    ['kk', 'kartu keluarga'],
  ])('%s finds %s', (from, to) => {
    expect(finds(from)).toContain(to);
  });

  it('gives KIA both senses and keeps the senses apart', () => {
    expect(finds('kia')).toEqual(['kartu identitas anak', 'kesehatan ibu dan anak']);
    expect(finds('kartu identitas anak')).toEqual(['kia']);
  });

  it('does not let a narrower term find its siblings', () => {
    expect(finds('pemkab')).not.toContain('pemprov');
    expect(finds('pemkab')).not.toContain('pemda');
  });
});
