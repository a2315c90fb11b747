import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadRegionIndex } from '../../../../src/infra/reference/regions.ts';

const regions = loadRegionIndex();
const codeOf = (found: { code: string } | undefined): string | undefined => found?.code;

describe('the bundled region tables', () => {
  it('hold the 38 provinces and 514 regencies and cities', () => {
    expect(regions.provinces).toHaveLength(38);
    expect(regions.regencies).toHaveLength(514);
    expect(regions.regencies.filter((regency) => regency.kind === 'kota')).toHaveLength(98);
  });

  it('use the official names', () => {
    expect(regions.byCode('31')).toEqual({ code: '31', name: 'Daerah Khusus Ibukota Jakarta' });
    expect(regions.byCode('34')).toEqual({ code: '34', name: 'Daerah Istimewa Yogyakarta' });
    expect(regions.byCode('96')).toEqual({ code: '96', name: 'Papua Barat Daya' });
    expect(regions.byCode('13.75')).toMatchObject({ name: 'Kota Bukittinggi', kind: 'kota' });
    expect(regions.byCode('35.10')).toMatchObject({
      name: 'Kabupaten Banyuwangi',
      kind: 'kabupaten',
    });
  });
});

describe('province spellings of SOURCES.md', () => {
  it.each([
    ['Sumatera Barat', '13'],
    ['SUMATERA BARAT', '13'],
    ['Prov. Sumatera Barat', '13'],
    ['Provinsi Sumatera Barat', '13'],
    ['Sumbar', '13'],
    ['Sumatra Barat', '13'],
    ['DKI Jakarta', '31'],
    ['Jakarta', '31'],
    ['DI Yogyakarta', '34'],
    ['D.I. Yogyakarta', '34'],
    ['Daerah Istimewa Yogyakarta', '34'],
    ['Yogyakarta', '34'],
  ])('%j is %s', (name, code) => {
    expect(codeOf(regions.province(name))).toBe(code);
  });
});

describe('province aliases', () => {
  it.each([
    ['Sumut', '12'],
    ['Sumsel', '16'],
    ['Jabar', '32'],
    ['Jateng', '33'],
    ['Jatim', '35'],
    ['Kaltim', '64'],
    ['Kalbar', '61'],
    ['Kalsel', '63'],
    ['Kalteng', '62'],
    ['Kaltara', '65'],
    ['Sulsel', '73'],
    ['Sulut', '71'],
    ['Sulteng', '72'],
    ['Sultra', '74'],
    ['Sulbar', '76'],
    ['NTB', '52'],
    ['NTT', '53'],
    ['DIY', '34'],
    ['Babel', '19'],
    ['Kepri', '21'],
    ['Kep. Riau', '21'],
    ['Aceh', '11'],
    ['NAD', '11'],
    ['Nanggroe Aceh Darussalam', '11'],
    ['Papua Selatan', '93'],
    ['Papua Tengah', '94'],
    ['Papua Pegunungan', '95'],
    ['Papua Barat Daya', '96'],
    ['Irian Jaya Barat', '92'],
  ])('%j is %s', (name, code) => {
    expect(codeOf(regions.province(name))).toBe(code);
  });
});

describe('regency spellings of SOURCES.md and the brief', () => {
  it.each([
    ['Kabupaten Banyuwangi', '35.10'],
    ['Kab. Banyuwangi', '35.10'],
    ['Kab Banyuwangi', '35.10'],
    ['KABUPATEN BANYUWANGI', '35.10'],
    ['Banyuwangi', '35.10'],
    ['Kota Bukittinggi', '13.75'],
    ['Bukittinggi', '13.75'],
    ['Pemerintah Kabupaten Tanah Datar', '13.04'],
    ['Pemkot Padang', '13.71'],
    ['Kota Payakumbuh', '13.76'],
    ['Kabupaten Bantaeng', '73.03'],
    ['Kota Adm. Jakarta Selatan', '31.74'],
    ['Jakarta Selatan', '31.74'],
    ['Jaksel', '31.74'],
    ['Kep. Seribu', '31.01'],
    ['Gunung Kidul', '34.03'],
    ['Fakfak', '92.03'],
    ['Baubau', '74.72'],
    ['Toba Samosir', '12.12'],
    ['Solo', '33.72'],
  ])('%j is %s', (name, code) => {
    expect(codeOf(regions.regency(name))).toBe(code);
  });
});

describe('names shared by a kabupaten and a kota', () => {
  const shared = [
    'Malang',
    'Bogor',
    'Kediri',
    'Blitar',
    'Madiun',
    'Bekasi',
    'Tangerang',
    'Sukabumi',
    'Cirebon',
    'Probolinggo',
    'Pasuruan',
    'Mojokerto',
    'Magelang',
    'Tegal',
    'Pekalongan',
    'Serang',
    'Solok',
    'Kupang',
    'Bima',
    'Sorong',
    'Jayapura',
    'Bandung',
    'Semarang',
    'Tasikmalaya',
    'Gorontalo',
  ];

  it.each(shared)('%j alone is ambiguous', (name) => {
    expect(regions.regency(name)).toBeUndefined();
  });

  it.each(shared)('%j resolves with a prefix or a hint', (name) => {
    expect(regions.regency(`Kota ${name}`)?.kind).toBe('kota');
    expect(regions.regency(`Kab. ${name}`)?.kind).toBe('kabupaten');
    expect(regions.regency(name, undefined, 'kota')?.name).toBe(`Kota ${name}`);
    expect(regions.regency(name, undefined, 'kabupaten')?.name).toBe(`Kabupaten ${name}`);
  });

  it('resolves Banjar, found in two provinces, only with the province code', () => {
    expect(regions.regency('Banjar')).toBeUndefined();
    expect(codeOf(regions.regency('Banjar', '63'))).toBe('63.03');
    expect(codeOf(regions.regency('Banjar', '32'))).toBe('32.79');
  });
});

describe('codes', () => {
  it('find a region with and without the dot', () => {
    expect(codeOf(regions.byCode('13'))).toBe('13');
    expect(codeOf(regions.byCode('13.75'))).toBe('13.75');
    expect(codeOf(regions.byCode('1375'))).toBe('13.75');
    expect(codeOf(regions.byCode('3507'))).toBe('35.07');
  });
});

describe('regionInText', () => {
  it.each([
    ['Pemerintah Kabupaten Banyuwangi', '35.10'],
    ['Dinas Kesehatan Kota Padang', '13.71'],
    ['RSUD Dr. Achmad Mochtar Bukittinggi', '13.75'],
    ['Puskesmas Padang Pasir', '13.71'],
    ['Suku Dinas Kesehatan Kota Administrasi Jakarta Timur', '31.75'],
    ['Pemkab OKU', '16.01'],
    ['Pemerintah Provinsi DKI Jakarta', '31'],
  ])('finds %j as %s', (text, code) => {
    expect(codeOf(regions.regionInText(text))).toBe(code);
  });

  it.each([
    'Kementerian Keuangan',
    'Kementerian Pertanian',
    'Kementerian Badan Usaha Milik Negara',
    'Lembaga Administrasi Negara',
    'PT Bank Rakyat Indonesia (Persero) Tbk',
  ])('finds nothing in %j', (text) => {
    expect(regions.regionInText(text)).toBeUndefined();
  });
});

describe('names that cannot be resolved', () => {
  it('give undefined', () => {
    expect(regions.province('Sumatera Tengah')).toBeUndefined();
    expect(regions.regency('Kabupaten Antah Berantah')).toBeUndefined();
    expect(regions.byCode('99.99')).toBeUndefined();
  });
});

describe('loadRegionIndex on a given folder', () => {
  const folder = mkdtempSync(join(tmpdir(), 'regions-'));
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  function tables(regencies: string): string {
    writeFileSync(join(folder, 'provinces.csv'), 'code,name\n13,Sumatera Barat\n');
    writeFileSync(join(folder, 'regencies.csv'), regencies);
    writeFileSync(join(folder, 'aliases.csv'), 'alias,code\nSumbar,13\n');
    writeFileSync(join(folder, 'former-codes.csv'), 'code,name,until\n');
    return folder;
  }

  it('reads the tables', () => {
    const index = loadRegionIndex(tables('code,provinceCode,name\n13.75,13,Kota Bukittinggi\n'));
    expect(codeOf(index.regency('Bukittinggi', '13'))).toBe('13.75');
    expect(codeOf(index.province('Sumbar'))).toBe('13');
  });

  it('names the file and line of a bad row', () => {
    expect(() =>
      loadRegionIndex(
        tables('code,provinceCode,name\n13.75,13,Kota Bukittinggi\n13.76,13,Payakumbuh\n'),
      ),
    ).toThrow(/regencies\.csv line 3: name: name must start with Kabupaten or Kota/);
  });

  it('refuses a former code whose name is no region of today', () => {
    const folder = tables('code,provinceCode,name\n13.75,13,Kota Bukittinggi\n');
    writeFileSync(join(folder, 'former-codes.csv'), 'code,name,until\n13.01,Kota Padang,2010\n');
    expect(() => loadRegionIndex(folder)).toThrow(/former code 13\.01 "Kota Padang" names 0/);
  });
});
