import { describe, expect, it } from 'vitest';
import {
  parsePage,
  parseProgramme,
  parseSector,
  parseYear,
} from '../../../../src/features/browse/params.ts';

const page = (query: string) => parsePage(new URL(`http://portal.test/jelajah/tahun/2019${query}`));

describe('browse URL parameters', () => {
  it('reads the page number, 1 without one', () => {
    expect(page('')).toBe(1);
    expect(page('?halaman=1')).toBe(1);
    expect(page('?halaman=12')).toBe(12);
  });

  it.each([
    '?halaman=0',
    '?halaman=-1',
    '?halaman=1.5',
    '?halaman=abc',
    '?halaman=',
    '?halaman=01',
  ])('refuses %s', (query) => {
    expect(page(query)).toBeUndefined();
  });

  it('reads years, sectors and programmes of the path, nothing else', () => {
    expect(parseYear('2019')).toBe(2019);
    expect(parseYear('19')).toBeUndefined();
    expect(parseYear('2019a')).toBeUndefined();
    expect(parseYear(undefined)).toBeUndefined();
    expect(parseSector('kesehatan')).toBe('kesehatan');
    expect(parseSector('Kesehatan')).toBeUndefined();
    expect(parseProgramme('inolan')).toBe('inolan');
    expect(parseProgramme('lan')).toBeUndefined();
  });
});
