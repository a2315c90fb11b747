import { describe, expect, it } from 'vitest';
import { categoryRowSchema } from '../../../../src/lib/taxonomy/category-row.ts';

describe('categoryRowSchema', () => {
  it('splits sectors and years on |', () => {
    expect(
      categoryRowSchema.parse({
        programme: 'kipp',
        label: 'Pertumbuhan Ekonomi dan Kesempatan Kerja',
        sectors: 'ekonomi-umkm|ketenagakerjaan',
        years: '2017|2019',
      }),
    ).toEqual({
      programme: 'kipp',
      label: 'Pertumbuhan Ekonomi dan Kesempatan Kerja',
      sectors: ['ekonomi-umkm', 'ketenagakerjaan'],
      years: [2017, 2019],
    });
  });

  it('gives no years when the column is empty or absent', () => {
    expect(
      categoryRowSchema.parse({
        programme: 'iga',
        label: 'Sosial',
        sectors: 'sosial-kemiskinan',
        years: '',
      }).years,
    ).toEqual([]);
    expect(
      categoryRowSchema.parse({ programme: 'iga', label: 'Sosial', sectors: 'sosial-kemiskinan' })
        .years,
    ).toEqual([]);
  });

  it('rejects an unknown sector, an empty sector list, an unknown programme and a bad year', () => {
    const row = { programme: 'iga', label: 'Sosial', sectors: 'sosial-kemiskinan', years: '' };
    expect(categoryRowSchema.safeParse({ ...row, sectors: 'sosial' }).success).toBe(false);
    expect(categoryRowSchema.safeParse({ ...row, sectors: '' }).success).toBe(false);
    expect(categoryRowSchema.safeParse({ ...row, programme: 'sinovik' }).success).toBe(false);
    expect(categoryRowSchema.safeParse({ ...row, years: '20x1' }).success).toBe(false);
    expect(categoryRowSchema.safeParse({ ...row, label: '  ' }).success).toBe(false);
  });
});
