import { describe, expect, it } from 'vitest';
import {
  BareAcronymJoins,
  neighbourTitles,
  reviewedOf,
  similarTitles,
} from '../../../../ingest/merge/review.ts';
import type { SourceRecord } from '../../../../ingest/record.ts';
import type { Innovation } from '../../../../src/lib/schema/innovation.ts';

const SLEMAN = {
  provinceCode: '34',
  province: 'DI Yogyakarta',
  regencyCode: '34.04',
  regency: 'Kabupaten Sleman',
};
const BANTUL = { ...SLEMAN, regencyCode: '34.02', regency: 'Kabupaten Bantul' };
const MAGELANG = {
  provinceCode: '33',
  province: 'Jawa Tengah',
  regencyCode: '33.08',
  regency: 'Kabupaten Magelang',
};

function innovation(id: string, title: string, place = SLEMAN): Innovation {
  const [acronym, expansion] = /^(\S+) \((.+)\)$/.exec(title)?.slice(1) ?? [];
  return {
    id,
    title,
    ...(acronym && expansion && { acronym, expansion }),
    agency: `Pemerintah ${place.regency}`,
    cluster: 'kabupaten',
    ...place,
    provenance: [{ programme: 'kipp', sourceId: id, year: 2020 }],
  } as Innovation;
}

const source = (title: string, place = SLEMAN) =>
  ({
    title,
    agency: `Pemerintah ${place.regency}`,
    cluster: 'kabupaten',
    ...place,
  }) as SourceRecord;

describe('the review list', () => {
  it('lists titles alike under one anchor, not titles alike in two anchors', () => {
    const items = similarTitles(
      [
        innovation('a-1', 'Layanan Antrian Pasien Daring'),
        innovation('b-2', 'Layanan Antrean Pasien Daring'),
        innovation('c-3', 'Bank Sampah Digital'),
        innovation('d-4', 'Layanan Antrian Pasien Daring', BANTUL),
      ].map(reviewedOf),
    );
    expect(items).toHaveLength(1);
    expect(items[0]?.innovations.map((i) => i.id)).toEqual(['a-1', 'b-2']);
    expect(items[0]?.similarity).toBeGreaterThanOrEqual(0.8);
  });

  it('measures Dice over letter pairs counted with repeats, in the order of the anchor', () => {
    const items = similarTitles(
      [
        // 20 pairs and 19 pairs, all 19 shared: 38 / 39.
        innovation('a-1', 'Sistem Antrian Online'),
        innovation('b-2', 'Bank Sampah Digital'),
        innovation('c-3', 'Sistem Antrian Onlin'),
        // `aaaa` and `aaab`: 3 pairs each, `aa` twice in both: 4 / 6, under the threshold.
        innovation('d-4', 'aaaa'),
        innovation('e-5', 'aaab'),
        // Far longer: never alike, whatever it shares.
        innovation('f-6', 'Sistem Antrian Online Terpadu untuk Puskesmas dan Rumah Sakit'),
        innovation('g-7', 'Bank Sampah Digitall'),
      ].map(reviewedOf),
    );
    expect(items.map((item) => [item.innovations.map((i) => i.id), item.similarity])).toEqual([
      [['a-1', 'c-3'], 0.97],
      [['b-2', 'g-7'], 0.97],
    ]);
  });

  it('lists one title in two regencies of a province, never across provinces', () => {
    const items = neighbourTitles(
      [
        innovation('a-1', 'Bank Sampah Digital'),
        innovation('b-2', 'Bank Sampah Digital', BANTUL),
        innovation('c-3', 'Bank Sampah Digital', MAGELANG),
      ].map(reviewedOf),
    );
    expect(items.map((item) => item.innovations.map((i) => i.id))).toEqual([['a-1', 'b-2']]);
  });

  it('lists a bare acronym joined to an expansion, ambiguous when another expansion is there', () => {
    const antrian = reviewedOf(innovation('siap-1', 'SIAP (Sistem Informasi Antrian Pasien)'));
    const sekolah = reviewedOf(innovation('siap-2', 'SIAP (Sekolah Inklusi Anak Pesisir)'));
    const basaba = reviewedOf(innovation('basaba-3', 'BASABA (Bapak Sayang Bayi)'));
    const joins = new BareAcronymJoins([antrian, sekolah, basaba]);
    joins.add(source('SIAP'), antrian);
    joins.add(source('BASABA'), basaba);
    joins.add(source('SIAP (Sistem Informasi Antrian Pasien)'), antrian);
    joins.add(source('Bank Sampah'), undefined);
    expect(joins.items()).toEqual([
      expect.objectContaining({
        kind: 'bare-acronym',
        bare: 'SIAP',
        ambiguous: true,
        innovations: [
          { id: 'siap-1', title: 'SIAP (Sistem Informasi Antrian Pasien)' },
          { id: 'siap-2', title: 'SIAP (Sekolah Inklusi Anak Pesisir)' },
        ],
      }),
      expect.objectContaining({ bare: 'BASABA', ambiguous: false }),
    ]);
  });
});
