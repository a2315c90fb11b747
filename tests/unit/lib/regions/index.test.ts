import { describe, expect, it } from 'vitest';
import { createRegionIndex } from '../../../../src/lib/regions/index.ts';
import { regionFixture } from './fixture.ts';

const regions = createRegionIndex(regionFixture);
const codeOf = (found: { code: string } | undefined): string | undefined => found?.code;

describe('province', () => {
  it.each([
    ['Sumatera Barat', '13'],
    ['SUMATERA BARAT', '13'],
    ['  sumatera   barat ', '13'],
    ['Prov. Sumatera Barat', '13'],
    ['Provinsi Sumatera Barat', '13'],
    ['Pemerintah Provinsi Sumatera Barat', '13'],
    ['Sumatra Barat', '13'],
    ['Sumbar', '13'],
    ['DI Yogyakarta', '34'],
    ['D.I. Yogyakarta', '34'],
    ['Daerah Istimewa Yogyakarta', '34'],
    ['Yogyakarta', '34'],
    ['DIY', '34'],
  ])('finds %j', (name, code) => {
    expect(codeOf(regions.province(name))).toBe(code);
  });

  it('gives the official name', () => {
    expect(regions.province('Jatim')).toEqual({ code: '35', name: 'Jawa Timur' });
  });

  it('does not take a regency or an unknown name for a province', () => {
    expect(regions.province('Kota Padang')).toBeUndefined();
    expect(regions.province('Kota Yogyakarta')).toBeUndefined();
    expect(regions.province('Sumatera Tengah')).toBeUndefined();
    expect(regions.province('')).toBeUndefined();
  });
});

describe('regency', () => {
  it.each([
    ['Kabupaten Banyuwangi', '35.10'],
    ['Kab. Banyuwangi', '35.10'],
    ['Kab Banyuwangi', '35.10'],
    ['KABUPATEN BANYUWANGI', '35.10'],
    ['Banyuwangi', '35.10'],
    ['Kota Bukittinggi', '13.75'],
    ['Bukittinggi', '13.75'],
    ['Bukit Tinggi', '13.75'],
    ['Pemerintah Kabupaten Tanah Datar', '13.04'],
    ['Pemkot Padang', '13.71'],
    ['Gunung Kidul', '34.03'],
    ['Yogyakarta', '34.71'],
  ])('finds %j', (name, code) => {
    expect(codeOf(regions.regency(name))).toBe(code);
  });

  it('gives the official name, kind and province', () => {
    expect(regions.regency('Kab. Banyuwangi')).toEqual({
      code: '35.10',
      provinceCode: '35',
      name: 'Kabupaten Banyuwangi',
      kind: 'kabupaten',
      province: { code: '35', name: 'Jawa Timur' },
    });
  });

  it('leaves a name shared by a kabupaten and a kota unresolved', () => {
    expect(regions.regency('Malang')).toBeUndefined();
    expect(regions.regency('Malang', '35')).toBeUndefined();
  });

  it('resolves a shared name by an explicit prefix', () => {
    expect(codeOf(regions.regency('Kota Malang'))).toBe('35.73');
    expect(codeOf(regions.regency('Kab. Malang'))).toBe('35.07');
    expect(codeOf(regions.regency('Pemkab Malang'))).toBe('35.07');
  });

  it('resolves a shared name by the hint', () => {
    expect(codeOf(regions.regency('Malang', undefined, 'kota'))).toBe('35.73');
    expect(codeOf(regions.regency('Malang', '35', 'kabupaten'))).toBe('35.07');
  });

  it('lets an explicit prefix win over the hint', () => {
    expect(codeOf(regions.regency('Kota Malang', undefined, 'kabupaten'))).toBe('35.73');
  });

  it('ignores a hint that contradicts the only candidate', () => {
    expect(codeOf(regions.regency('Banyuwangi', undefined, 'kota'))).toBe('35.10');
  });

  it('takes an explicit prefix strictly', () => {
    expect(regions.regency('Kota Banyuwangi')).toBeUndefined();
  });

  it('resolves a name found in two provinces only with the province code', () => {
    expect(regions.regency('Banjar')).toBeUndefined();
    expect(codeOf(regions.regency('Banjar', '63'))).toBe('63.03');
    expect(codeOf(regions.regency('Banjar', '32'))).toBe('32.79');
  });

  it('takes the province code strictly', () => {
    expect(regions.regency('Banyuwangi', '13')).toBeUndefined();
  });

  it('reads Kota Baru as the kabupaten Kotabaru when no kota Baru exists', () => {
    expect(codeOf(regions.regency('Kota Baru'))).toBe('63.02');
    expect(codeOf(regions.regency('Kabupaten Kota Baru'))).toBe('63.02');
  });

  it('finds a regency by its alias', () => {
    expect(codeOf(regions.regency('Bukit Tinggi Kota'))).toBe('13.75');
  });

  it('does not take a province or an unknown name for a regency', () => {
    expect(regions.regency('Provinsi Jawa Timur')).toBeUndefined();
    expect(regions.regency('Jawa Timur')).toBeUndefined();
    expect(regions.regency('Kabupaten Antah Berantah')).toBeUndefined();
    expect(regions.regency('Kabupaten')).toBeUndefined();
  });

  it('gives the same answer when asked again', () => {
    expect(codeOf(regions.regency('Kab. Banyuwangi'))).toBe('35.10');
    expect(regions.regency('Kab. Banyuwangi')).toBe(regions.regency('Kab. Banyuwangi'));
  });
});

describe('byCode', () => {
  it('finds a province by its two-digit code', () => {
    expect(regions.byCode('13')).toEqual({ code: '13', name: 'Sumatera Barat' });
  });

  it('finds a regency with or without the dot, with its province', () => {
    expect(regions.byCode('13.75')).toMatchObject({
      code: '13.75',
      name: 'Kota Bukittinggi',
      province: { code: '13', name: 'Sumatera Barat' },
    });
    expect(codeOf(regions.byCode('1375'))).toBe('13.75');
    expect(codeOf(regions.byCode(' 35.07 '))).toBe('35.07');
  });

  it('gives undefined for an unknown or malformed code', () => {
    expect(regions.byCode('99')).toBeUndefined();
    expect(regions.byCode('13.99')).toBeUndefined();
    expect(regions.byCode('13.7')).toBeUndefined();
    expect(regions.byCode('35.07.01')).toBeUndefined();
    expect(regions.byCode('')).toBeUndefined();
  });
});

describe('regionInText', () => {
  it.each([
    ['Pemerintah Kabupaten Banyuwangi', '35.10'],
    ['Dinas Kesehatan Kota Padang', '13.71'],
    ['RSUD Dr. Achmad Mochtar Bukittinggi', '13.75'],
    ['Dinas Kependudukan dan Pencatatan Sipil Kabupaten Tanah Datar', '13.04'],
    ['Dinas Pendidikan Kab. Gunung Kidul', '34.03'],
    ['RSUD Kota Malang', '35.73'],
    ['Kota Yogyakarta', '34.71'],
    ['Dinas Kesehatan Kota Bengkulu', '17.71'],
  ])('finds the regency in %j', (text, code) => {
    expect(codeOf(regions.regionInText(text))).toBe(code);
  });

  it.each([
    ['Dinas Kesehatan Provinsi Sumatera Barat', '13'],
    ['Bank Jatim', '35'],
    ['Dinas Pariwisata DIY', '34'],
    ['Dinas Kesehatan Provinsi Bengkulu', '17'],
    ['RSUD Bengkulu', '17'],
  ])('finds the province in %j', (text, code) => {
    expect(codeOf(regions.regionInText(text))).toBe(code);
  });

  it('falls back to the province an ambiguous regency name shares', () => {
    expect(codeOf(regions.regionInText('RSUD Malang'))).toBe('35');
  });

  it('lets a province mentioned alongside settle an ambiguous name', () => {
    expect(codeOf(regions.regionInText('Banjar, Kalimantan Selatan'))).toBe('63.03');
  });

  it('finds nothing in a central agency name', () => {
    expect(regions.regionInText('Kementerian Keuangan')).toBeUndefined();
    expect(regions.regionInText('PT Bank Rakyat Indonesia (Persero) Tbk')).toBeUndefined();
    expect(regions.regionInText('')).toBeUndefined();
  });

  it('finds nothing when two regions of different provinces are named', () => {
    expect(regions.regionInText('Kerja sama Kota Padang dan Kabupaten Banyuwangi')).toBeUndefined();
  });
});

describe('createRegionIndex', () => {
  it('refuses an alias of an unknown code', () => {
    expect(() =>
      createRegionIndex({ ...regionFixture, aliases: [{ alias: 'Atlantis', code: '99' }] }),
    ).toThrow('region alias "Atlantis" names unknown code 99');
  });

  it('refuses an alias that already names another province', () => {
    expect(() =>
      createRegionIndex({ ...regionFixture, aliases: [{ alias: 'Jawa Barat', code: '35' }] }),
    ).toThrow('region alias "Jawa Barat" for 35 already names Jawa Barat');
  });

  it('refuses a regency of an unknown province', () => {
    expect(() =>
      createRegionIndex({
        ...regionFixture,
        regencies: [{ code: '99.01', provinceCode: '99', name: 'Kabupaten X', kind: 'kabupaten' }],
      }),
    ).toThrow('regency 99.01 names unknown province 99');
  });

  it('lists the provinces and regencies it was given', () => {
    expect(regions.provinces).toHaveLength(6);
    expect(regions.regencies).toHaveLength(12);
  });
});
