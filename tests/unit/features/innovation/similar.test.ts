import { describe, expect, it } from 'vitest';
import type { Innovation } from '../../../../src/lib/schema/innovation.ts';
import { relatedFilter, similarityQuery } from '../../../../src/features/innovation/similar.ts';

const basaba: Innovation = {
  id: 'basaba-1f0c2a9e',
  title: 'BASABA (Bapak Sayang Bayi)',
  acronym: 'BASABA',
  expansion: 'Bapak Sayang Bayi',
  summary:
    'BASABA merupakan inovasi Puskesmas Kota Padang untuk melibatkan ayah dalam imunisasi bayi. Ayah mendampingi imunisasi dan posyandu; cakupan imunisasi naik.',
  sections: {},
  year: 2019,
  years: [2019],
  agency: 'Pemerintah Kota Padang',
  cluster: 'kota',
  regency: 'Kota Padang',
  province: 'Sumatera Barat',
  sectors: ['kesehatan', 'perempuan-anak'],
  categories: [],
  sdgs: [3, 5],
  status: 'berlanjut',
  awards: [],
  programmes: ['kipp'],
  provenance: [{ programme: 'kipp', sourceId: 'K-1', year: 2019 }],
  innovators: [],
  interestCount: 0,
  replicationCount: 0,
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('similarityQuery', () => {
  const words = similarityQuery(basaba).split(' ');

  it('starts with the words of the expansion, not the acronym', () => {
    expect(words.slice(0, 3)).toEqual(['bapak', 'sayang', 'bayi']);
    expect(words).not.toContain('basaba');
  });

  it('adds the summary words that repeat most, never the agency or its place', () => {
    expect(words[3]).toBe('imunisasi');
    expect(words).not.toContain('padang');
    expect(words).not.toContain('inovasi');
  });

  it('stays within the ten words Meilisearch reads', () => {
    const long = {
      ...basaba,
      summary: Array.from({ length: 40 }, (_, i) => `kata${i}x`).join(' '),
    };
    expect(similarityQuery(long).split(' ').length).toBeLessThanOrEqual(10);
  });
});

describe('relatedFilter', () => {
  it('joins the same sector, SDG and cluster with OR', () => {
    expect(relatedFilter(basaba)).toBe(
      'sectors IN ["kesehatan", "perempuan-anak"] OR sdgs IN [3, 5] OR cluster = "kota"',
    );
  });

  it('leaves out what the innovation has none of', () => {
    expect(relatedFilter({ ...basaba, sectors: [], sdgs: [] })).toBe('cluster = "kota"');
  });
});
