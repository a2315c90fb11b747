import { describe, expect, it } from 'vitest';
import { readSearchParams } from '../../../../src/lib/search/ui/params.ts';
import { searchLink } from '../../../../src/features/browse/search-links.ts';

describe('links from browse pages to the search', () => {
  it('write the filters in the search page parameters, which read them back', () => {
    const link = searchLink('id', {
      province: 'Daerah Istimewa Yogyakarta',
      regency: 'Kabupaten Kulon Progo',
    });
    expect(link.startsWith('/cari?')).toBe(true);
    const { filters } = readSearchParams(new URL(link, 'http://portal.test').searchParams);
    expect(filters.province).toEqual(['Daerah Istimewa Yogyakarta']);
    expect(filters.regency).toEqual(['Kabupaten Kulon Progo']);
  });

  it('go to the English search page in English, with the same parameters', () => {
    expect(searchLink('en', { years: 2019 })).toBe('/en/search?tahun=2019');
    expect(searchLink('en', {})).toBe('/en/search');
  });
});
