import { describe, expect, it } from 'vitest';
import { localeOfPath, pathInLocale } from '../../../src/i18n/paths.ts';
import { routes } from '../../../src/i18n/routes.ts';

describe('localeOfPath', () => {
  it.each([
    ['/', 'id'],
    ['/inovasi/abc/', 'id'],
    ['/en', 'en'],
    ['/en/', 'en'],
    ['/en/inovasi/abc/', 'en'],
    ['/english/', 'id'],
    ['/id/', 'id'],
  ])('reads %s as %s', (pathname, locale) => {
    expect(localeOfPath(pathname)).toBe(locale);
  });
});

describe('pathInLocale', () => {
  it.each([
    ['/', 'en', '/en/'],
    ['/', 'id', '/'],
    ['/en/', 'id', '/'],
    ['/en', 'id', '/'],
    ['/en', 'en', '/en/'],
    ['/inovasi/abc/', 'en', '/en/innovation/abc/'],
    ['/en/innovation/abc/', 'id', '/inovasi/abc/'],
    ['/en/innovation/abc/', 'en', '/en/innovation/abc/'],
    ['/cari', 'en', '/en/search'],
    ['/jelajah/sektor/kesehatan', 'en', '/en/browse/sector/kesehatan'],
    ['/en/browse/province/aceh', 'id', '/jelajah/provinsi/aceh'],
    ['/jelajah/tahun', 'en', '/en/browse/year'],
    ['/inovasi/cari', 'en', '/en/innovation/cari'],
    ['/english/', 'en', '/en/english/'],
  ] as const)('moves %s to %s as %s', (pathname, target, expected) => {
    expect(pathInLocale(pathname, target)).toBe(expected);
  });
});

describe('routes', () => {
  it('builds each page in each language, and the switch maps one onto the other', () => {
    const pairs = [
      [routes.search('id'), routes.search('en')],
      [routes.innovation('id', 'basaba-1'), routes.innovation('en', 'basaba-1')],
      [routes.browseBy('id', 'province', 'aceh'), routes.browseBy('en', 'province', 'aceh')],
      [routes.browseBy('id', 'year', 2019), routes.browseBy('en', 'year', 2019)],
      [routes.trends('id'), routes.trends('en')],
    ];
    expect(pairs[0]).toEqual(['/cari', '/en/search']);
    for (const [indonesian, english] of pairs) {
      expect(pathInLocale(indonesian ?? '', 'en')).toBe(english);
      expect(pathInLocale(english ?? '', 'id')).toBe(indonesian);
    }
  });
});
