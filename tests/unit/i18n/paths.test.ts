import { describe, expect, it } from 'vitest';
import { localeOfPath, pathInLocale } from '../../../src/i18n/paths.ts';
import { routeNameOf } from '../../../src/i18n/route-names.ts';
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
    ['/admin/pemuatan/baru', 'en', '/en/admin/ingest/new'],
    ['/en/admin/ingest/new', 'id', '/admin/pemuatan/baru'],
    ['/admin/pemuatan/tugas/12', 'en', '/en/admin/ingest/jobs/12'],
    ['/en/admin/ingest/jobs/12/progress', 'id', '/admin/pemuatan/tugas/12/progres'],
    ['/admin/pemuatan/12', 'en', '/en/admin/pemuatan/12'],
    ['/en/admin/pemuatan/12', 'id', '/admin/pemuatan/12'],
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
      [routes.adminIngestNew('id'), routes.adminIngestNew('en')],
      [routes.adminIngestJob('id', 7), routes.adminIngestJob('en', 7)],
      [routes.adminIngestJobEvents('id', 7), routes.adminIngestJobEvents('en', 7)],
      [routes.adminRunReport('id', 7, 'csv'), routes.adminRunReport('en', 7, 'csv')],
    ];
    expect(pairs[0]).toEqual(['/cari', '/en/search']);
    for (const [indonesian, english] of pairs) {
      expect(pathInLocale(indonesian ?? '', 'en')).toBe(english);
      expect(pathInLocale(english ?? '', 'id')).toBe(indonesian);
    }
  });
});

describe('routeNameOf', () => {
  it.each([
    ['/', 'home'],
    ['/en', 'home'],
    ['/cari', 'search'],
    ['/en/search', 'search'],
    ['/inovasi/kipp-2019-12', 'innovation'],
    ['/en/innovation/kipp-2019-12', 'innovation'],
    ['/inovasi/kipp-2019-12/minat', 'register'],
    ['/minat/AbC123_token', 'privateEntry'],
    ['/api/minat/AbC123_token', 'ownEntry'],
    ['/api/inovasi/kipp-2019-12/minat', 'activity'],
    ['/api/v1/innovations.csv', 'apiExportCsv'],
    ['/sitemap-innovations-3.xml', 'sitemapInnovations'],
    ['/healthz', 'health'],
    ['/admin/pemuatan/baru', 'adminIngestNew'],
    ['/en/admin/ingest/new', 'adminIngestNew'],
    ['/admin/pemuatan/12', 'adminRun'],
    ['/admin/pemuatan/12/laporan.csv', 'adminRunReportCsv'],
    ['/en/admin/ingest/jobs/3/progress', 'adminIngestJobEvents'],
  ])('names %s %s, in either language', (path, name) => {
    expect(routeNameOf(path)).toBe(name);
  });

  it('names nothing the route table does not hold', () => {
    expect(routeNameOf('/wp-admin/setup.php')).toBeUndefined();
    expect(routeNameOf('/inovasi/a%20b')).toBeUndefined();
    expect(routeNameOf('/cari/')).toBeUndefined();
  });
});
