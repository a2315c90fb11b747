import { describe, expect, it } from 'vitest';
import { compactKey, nameWords, splitLeadingLevel } from '../../../../src/lib/regions/name-key.ts';

describe('nameWords', () => {
  it('lower-cases and drops punctuation and accents', () => {
    expect(nameWords('D.I. Yogyakarta')).toEqual(['d', 'i', 'yogyakarta']);
    expect(nameWords('Tojo Una-Una')).toEqual(['tojo', 'una', 'una']);
    expect(nameWords('  Kab.  Banyuwangi ')).toEqual(['kab', 'banyuwangi']);
    expect(nameWords('Pémkot Padang')).toEqual(['pemkot', 'padang']);
  });

  it('unifies Sumatra/Sumatera and Kep./Kepulauan', () => {
    expect(nameWords('Sumatra Barat')).toEqual(['sumatera', 'barat']);
    expect(nameWords('Kep. Riau')).toEqual(['kepulauan', 'riau']);
  });
});

describe('compactKey', () => {
  it('joins words without spaces', () => {
    expect(compactKey(nameWords('Gunung Kidul'))).toBe(compactKey(nameWords('Gunungkidul')));
  });
});

describe('splitLeadingLevel', () => {
  it.each([
    ['Kabupaten Banyuwangi', 'kabupaten', ['banyuwangi']],
    ['Kab. Banyuwangi', 'kabupaten', ['banyuwangi']],
    ['Pemerintah Kabupaten Tanah Datar', 'kabupaten', ['tanah', 'datar']],
    ['Pemerintah Daerah Kota Padang', 'kota', ['padang']],
    ['Pemkot Padang', 'kota', ['padang']],
    ['Kota Administrasi Jakarta Pusat', 'kota', ['jakarta', 'pusat']],
    ['Prov. Sumatera Barat', 'provinsi', ['sumatera', 'barat']],
  ])('reads %j', (name, level, rest) => {
    expect(splitLeadingLevel(nameWords(name))).toEqual({ level, rest });
  });

  it('keeps a name without a level word whole', () => {
    expect(splitLeadingLevel(nameWords('Daerah Istimewa Yogyakarta'))).toEqual({
      rest: ['daerah', 'istimewa', 'yogyakarta'],
    });
    expect(splitLeadingLevel(nameWords('Banyuwangi'))).toEqual({ rest: ['banyuwangi'] });
  });
});
