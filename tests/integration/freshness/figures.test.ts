import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshnessData, type FreshnessData } from '../../../src/features/admin/freshness.ts';
import { loadSearchPage } from '../../../src/features/search/page.ts';
import { startFreshnessFixture, type FreshnessFixture } from './fixture.ts';

/*
 * The dashboard's figures on a real Meilisearch, against counts taken by hand from the
 * fixture's table (fixture.ts): verified within 12 months = a1, c1; within 24 = a1, b1, c1, c2;
 * never = a2, b2, d1; a3 (30 months) is none of them.
 */
let fixture: FreshnessFixture;
let data: FreshnessData;

beforeAll(async () => {
  fixture = await startFreshnessFixture();
  data = await freshnessData(fixture.portal, new Date());
}, 120_000);
afterAll(() => fixture.stop());

const counts = (total: number, within12: number, within24: number, never: number) => ({
  total,
  within12,
  within24,
  never,
});

describe('the freshness figures', () => {
  it('counts the whole catalogue', () => {
    expect(data.tables.overall).toEqual(counts(8, 2, 4, 3));
  });

  it('breaks them down by programme, cluster, province and award year', () => {
    const { byFacet } = data.tables;
    expect(byFacet.programmes).toEqual([
      { value: 'kipp', ...counts(4, 1, 1, 2) },
      { value: 'iga', ...counts(3, 0, 1, 1) },
      { value: 'inolan', ...counts(2, 1, 2, 0) },
    ]);
    expect(byFacet.cluster).toEqual([
      { value: 'kota', ...counts(3, 1, 1, 1) },
      { value: 'kabupaten', ...counts(2, 0, 1, 1) },
      { value: 'provinsi', ...counts(2, 1, 2, 0) },
      { value: 'kementerian', ...counts(1, 0, 0, 1) },
    ]);
    // d1 has no province: it is in no row of this table.
    expect(byFacet.province).toEqual([
      { value: 'Jawa Barat', ...counts(4, 1, 3, 1) },
      { value: 'Sumatera Barat', ...counts(3, 1, 1, 1) },
    ]);
    expect(byFacet.years).toEqual([
      { value: '2019', ...counts(3, 1, 2, 1) },
      { value: '2021', ...counts(4, 1, 1, 2) },
      { value: '2023', ...counts(2, 0, 1, 1) },
    ]);
  });

  it('ranks the agencies and units by innovations not verified for 12 months, two spellings as one', () => {
    expect(
      data.agencies.map(({ slug, stale, never, total, people }) => ({
        slug,
        stale,
        never,
        total,
        people,
      })),
    ).toEqual([
      // A unit and the government it belongs to each count its innovations (a2 never, a3
      // 30 months; b1 18 months, b2 never): both may have people to remind.
      { slug: 'dinas-kesehatan-kota-padang', stale: 2, never: 1, total: 3, people: 0 },
      { slug: 'dinas-pendidikan-kabupaten-bandung', stale: 2, never: 1, total: 2, people: 0 },
      { slug: 'pemerintah-kabupaten-bandung', stale: 2, never: 1, total: 2, people: 0 },
      { slug: 'pemerintah-kota-padang', stale: 2, never: 1, total: 3, people: 0 },
      { slug: 'kementerian-kesehatan', stale: 1, never: 1, total: 1, people: 0 },
      { slug: 'pemerintah-provinsi-jawa-barat', stale: 1, never: 0, total: 2, people: 0 },
    ]);
    // Each in its one form, whichever spelling its innovations use.
    expect(data.agencies.map((agency) => agency.name)).toEqual([
      'Dinas Kesehatan Kota Padang',
      'Dinas Pendidikan Kabupaten Bandung',
      'Pemerintah Kabupaten Bandung',
      'Pemerintah Kota Padang',
      'Kementerian Kesehatan',
      'Pemerintah Provinsi Jawa Barat',
    ]);
  });

  it('counts what search finds with the same filters (one definition of verified)', async () => {
    const total = async (query: string) => {
      const page = await loadSearchPage(fixture.portal.search, new URLSearchParams(query));
      if (!page.outcome.ok) throw new Error('search is down');
      return page.outcome.value.total;
    };
    expect(await total('verifikasi=12-bulan')).toBe(2);
    expect(await total('verifikasi=24-bulan')).toBe(4);
    expect(await total('provinsi=Jawa+Barat&verifikasi=24-bulan')).toBe(3);
    expect(await total('tahun=2021&verifikasi=12-bulan')).toBe(1);
  });
});
