import { describe, expect, it } from 'vitest';
import {
  kindOfOfficialName,
  regencyRowSchema,
  regionAliasSchema,
} from '../../../../src/lib/regions/schema.ts';

describe('kindOfOfficialName', () => {
  it('reads the kind from the official name', () => {
    expect(kindOfOfficialName('Kabupaten Banyuwangi')).toBe('kabupaten');
    expect(kindOfOfficialName('Kabupaten Administrasi Kepulauan Seribu')).toBe('kabupaten');
    expect(kindOfOfficialName('Kota Bukittinggi')).toBe('kota');
    expect(kindOfOfficialName('Kota Administrasi Jakarta Pusat')).toBe('kota');
    expect(kindOfOfficialName('Kotabaru')).toBeUndefined();
  });
});

describe('regencyRowSchema', () => {
  it('adds the kind to a CSV row', () => {
    expect(
      regencyRowSchema.parse({ code: '13.75', provinceCode: '13', name: 'Kota Bukittinggi' }),
    ).toEqual({ code: '13.75', provinceCode: '13', name: 'Kota Bukittinggi', kind: 'kota' });
  });

  it('refuses a name without Kabupaten or Kota, a bad code and a code of another province', () => {
    const row = { code: '13.75', provinceCode: '13', name: 'Kota Bukittinggi' };
    expect(regencyRowSchema.safeParse({ ...row, name: 'Bukittinggi' }).success).toBe(false);
    expect(regencyRowSchema.safeParse({ ...row, code: '1375' }).success).toBe(false);
    expect(regencyRowSchema.safeParse({ ...row, provinceCode: '14' }).success).toBe(false);
  });
});

describe('regionAliasSchema', () => {
  it('takes a province or a regency code', () => {
    expect(regionAliasSchema.parse({ alias: ' Sumbar ', code: '13' })).toEqual({
      alias: 'Sumbar',
      code: '13',
    });
    expect(regionAliasSchema.safeParse({ alias: 'Jaksel', code: '31.74' }).success).toBe(true);
    expect(regionAliasSchema.safeParse({ alias: 'Jaksel', code: '3174' }).success).toBe(false);
    expect(regionAliasSchema.safeParse({ alias: '', code: '13' }).success).toBe(false);
  });
});
