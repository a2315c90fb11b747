import { describe, expect, it } from 'vitest';
import type { CategoryRow } from '../../../../src/lib/taxonomy/category-row.ts';
import { createSectorMapper } from '../../../../src/lib/taxonomy/mapper.ts';

const rows: CategoryRow[] = [
  { programme: 'kipp', label: 'Kesehatan', sectors: ['kesehatan'], years: [2021] },
  {
    programme: 'kipp',
    label: 'Pertumbuhan Ekonomi dan Kesempatan Kerja',
    sectors: ['ketenagakerjaan', 'ekonomi-umkm'],
    years: [2017],
  },
  {
    programme: 'iga',
    label: 'Kependudukan dan Pencatatan Sipil',
    sectors: ['kependudukan'],
    years: [],
  },
  { programme: 'iga', label: 'Kesehatan', sectors: ['kesehatan'], years: [] },
  { programme: 'iga', label: 'Sosial', sectors: ['sosial-kemiskinan'], years: [] },
  { programme: 'inolan', label: 'Pelayanan Kesehatan', sectors: ['kesehatan'], years: [] },
  { programme: 'inolan', label: 'Tata Kelola', sectors: ['tata-kelola'], years: [] },
];

const mapper = createSectorMapper(rows);

describe('mapCategory', () => {
  it('maps a label of the programme', () => {
    expect(mapper.mapCategory('kipp', 'Kesehatan')).toEqual(['kesehatan']);
    expect(mapper.mapCategory('inolan', 'Pelayanan Kesehatan')).toEqual(['kesehatan']);
  });

  it('ignores case, punctuation, spacing and & for dan', () => {
    expect(mapper.mapCategory('iga', ' KESEHATAN ')).toEqual(['kesehatan']);
    expect(mapper.mapCategory('iga', 'kesehatan')).toEqual(['kesehatan']);
    expect(mapper.mapCategory('iga', 'Kependudukan & Pencatatan Sipil')).toEqual(['kependudukan']);
    expect(mapper.mapCategory('iga', 'kependudukan  dan pencatatan-sipil.')).toEqual([
      'kependudukan',
    ]);
  });

  it('gives the sectors of a label in taxonomy order', () => {
    expect(mapper.mapCategory('kipp', 'Pertumbuhan Ekonomi dan Kesempatan Kerja')).toEqual([
      'ekonomi-umkm',
      'ketenagakerjaan',
    ]);
  });

  it('falls back to a label known for another programme', () => {
    expect(mapper.mapCategory('inolan', 'Kependudukan dan Pencatatan Sipil')).toEqual([
      'kependudukan',
    ]);
    expect(mapper.mapCategory('kipp', 'Sosial')).toEqual(['sosial-kemiskinan']);
  });

  it('gives undefined for an unknown or empty label', () => {
    expect(mapper.mapCategory('kipp', 'Olahraga Ekstrem')).toBeUndefined();
    expect(mapper.mapCategory('kipp', '   ')).toBeUndefined();
  });
});

describe('mapCategories', () => {
  it('collects unique sectors in taxonomy order and the unknown labels', () => {
    expect(
      mapper.mapCategories('iga', [
        'Sosial',
        'Kesehatan',
        'Urusan Antariksa',
        'kesehatan',
        'Kependudukan & Pencatatan Sipil',
      ]),
    ).toEqual({
      sectors: ['kesehatan', 'kependudukan', 'sosial-kemiskinan'],
      unknown: ['Urusan Antariksa'],
    });
  });

  it('skips blank labels and gives empty lists for none', () => {
    expect(mapper.mapCategories('inolan', ['', '  '])).toEqual({ sectors: [], unknown: [] });
    expect(mapper.mapCategories('inolan', [])).toEqual({ sectors: [], unknown: [] });
  });
});

describe('createSectorMapper', () => {
  it('refuses one label mapped to two different sector lists', () => {
    expect(() =>
      createSectorMapper([
        { programme: 'iga', label: 'Sosial', sectors: ['sosial-kemiskinan'], years: [] },
        { programme: 'iga', label: 'SOSIAL', sectors: ['perempuan-anak'], years: [] },
      ]),
    ).toThrow('iga label "SOSIAL" is mapped twice to different sectors');
  });
});
