import { describe, expect, it } from 'vitest';
import { loadRegionIndex } from '../../../../src/infra/reference/regions.ts';

const regions = loadRegionIndex();

/**
 * Every regency of Papua (`94`) and Papua Barat (`91`) under the coding used until 2022, as
 * the BPS master file lists them (code, name), with the province each lies in today under the
 * 2022 laws that made the new provinces: UU 14/2022 Papua Selatan, UU 15/2022 Papua Tengah,
 * UU 16/2022 Papua Pegunungan, UU 29/2022 Papua Barat Daya; the rest stayed in Papua or Papua
 * Barat. Today's names are those of the Kemendagri table (`Fak Fak`).
 */
const papuaBefore2022: [code: string, name: string, province: string][] = [
  ['91.01', 'Kabupaten Fak Fak', 'Papua Barat'],
  ['91.02', 'Kabupaten Kaimana', 'Papua Barat'],
  ['91.03', 'Kabupaten Teluk Wondama', 'Papua Barat'],
  ['91.04', 'Kabupaten Teluk Bintuni', 'Papua Barat'],
  ['91.05', 'Kabupaten Manokwari', 'Papua Barat'],
  ['91.06', 'Kabupaten Sorong Selatan', 'Papua Barat Daya'],
  ['91.07', 'Kabupaten Sorong', 'Papua Barat Daya'],
  ['91.08', 'Kabupaten Raja Ampat', 'Papua Barat Daya'],
  ['91.09', 'Kabupaten Tambrauw', 'Papua Barat Daya'],
  ['91.10', 'Kabupaten Maybrat', 'Papua Barat Daya'],
  ['91.11', 'Kabupaten Manokwari Selatan', 'Papua Barat'],
  ['91.12', 'Kabupaten Pegunungan Arfak', 'Papua Barat'],
  ['91.71', 'Kota Sorong', 'Papua Barat Daya'],
  ['94.01', 'Kabupaten Merauke', 'Papua Selatan'],
  ['94.02', 'Kabupaten Jayawijaya', 'Papua Pegunungan'],
  ['94.03', 'Kabupaten Jayapura', 'Papua'],
  ['94.04', 'Kabupaten Nabire', 'Papua Tengah'],
  ['94.08', 'Kabupaten Kepulauan Yapen', 'Papua'],
  ['94.09', 'Kabupaten Biak Numfor', 'Papua'],
  ['94.10', 'Kabupaten Paniai', 'Papua Tengah'],
  ['94.11', 'Kabupaten Puncak Jaya', 'Papua Tengah'],
  ['94.12', 'Kabupaten Mimika', 'Papua Tengah'],
  ['94.13', 'Kabupaten Boven Digoel', 'Papua Selatan'],
  ['94.14', 'Kabupaten Mappi', 'Papua Selatan'],
  ['94.15', 'Kabupaten Asmat', 'Papua Selatan'],
  ['94.16', 'Kabupaten Yahukimo', 'Papua Pegunungan'],
  ['94.17', 'Kabupaten Pegunungan Bintang', 'Papua Pegunungan'],
  ['94.18', 'Kabupaten Tolikara', 'Papua Pegunungan'],
  ['94.19', 'Kabupaten Sarmi', 'Papua'],
  ['94.20', 'Kabupaten Keerom', 'Papua'],
  ['94.26', 'Kabupaten Waropen', 'Papua'],
  ['94.27', 'Kabupaten Supiori', 'Papua'],
  ['94.28', 'Kabupaten Mamberamo Raya', 'Papua'],
  ['94.29', 'Kabupaten Nduga', 'Papua Pegunungan'],
  ['94.30', 'Kabupaten Lanny Jaya', 'Papua Pegunungan'],
  ['94.31', 'Kabupaten Mamberamo Tengah', 'Papua Pegunungan'],
  ['94.32', 'Kabupaten Yalimo', 'Papua Pegunungan'],
  ['94.33', 'Kabupaten Puncak', 'Papua Tengah'],
  ['94.34', 'Kabupaten Dogiyai', 'Papua Tengah'],
  ['94.35', 'Kabupaten Intan Jaya', 'Papua Tengah'],
  ['94.36', 'Kabupaten Deiyai', 'Papua Tengah'],
  ['94.71', 'Kota Jayapura', 'Papua'],
];

const provinceOf = (found: unknown): string | undefined =>
  (found as { province?: { name: string } } | undefined)?.province?.name;

describe('codes of Papua and Papua Barat before 2022', () => {
  it.each(papuaBefore2022)('%s in 2019 is %s in %s today', (code, name, province) => {
    const found = regions.byCodeIn(code, 2019);
    expect(found?.name).toBe(name);
    expect(provinceOf(found)).toBe(province);
    expect(found?.code.slice(0, 2)).toBe(regions.province(province)?.code);
  });

  it.each(papuaBefore2022)('%s without its dot reads the same in 2018', (code, name) => {
    expect(regions.byCodeIn(code.replace('.', ''), 2018)?.name).toBe(name);
  });

  it('hold every regency of the six Papua provinces of today exactly once', () => {
    const today = regions.regencies.filter((regency) => /^9[1-6]$/.test(regency.provinceCode));
    expect(today).toHaveLength(42);
    const reached = papuaBefore2022.map(([code]) => regions.byCodeIn(code, 2022)?.code);
    expect(new Set(reached).size).toBe(42);
    expect(today.map((regency) => regency.code).sort()).toEqual([...reached].sort());
  });

  it.each(papuaBefore2022)(
    '%s named with the province it lay in before 2022 (%s) is found in %s',
    (code, name, province) => {
      const formerProvince = code.startsWith('94') ? 'Provinsi Papua' : 'Provinsi Papua Barat';
      const found = regions.regency(name, regions.province(formerProvince)?.code);
      expect(found?.code).toBe(regions.byCodeIn(code, 2019)?.code);
      expect(provinceOf(found)).toBe(province);
    },
  );

  it('do not find a regency of another province through the Papua provinces', () => {
    expect(regions.regency('Kabupaten Merauke', regions.province('Papua Barat')?.code)).toBe(
      undefined,
    );
    expect(regions.regency('Kabupaten Sorong', regions.province('Papua')?.code)).toBe(undefined);
    expect(regions.regency('Kabupaten Bantul', regions.province('Papua')?.code)).toBe(undefined);
  });

  it('read the old province codes as the provinces they were: 94 Papua, 91 Papua Barat', () => {
    expect(regions.byCodeIn('94', 2019)).toEqual({ code: '91', name: 'Papua' });
    expect(regions.byCodeIn('91', 2019)).toEqual({ code: '92', name: 'Papua Barat' });
  });

  it('read the same codes as today from 2023: 94 is Papua Tengah, 94.01 Nabire', () => {
    expect(regions.byCodeIn('94', 2023)?.name).toBe('Papua Tengah');
    expect(regions.byCodeIn('94.01', 2023)?.name).toBe('Kabupaten Nabire');
    expect(regions.byCodeIn('93.01', 2023)?.name).toBe('Kabupaten Merauke');
    expect(regions.byCodeIn('91.05', 2025)?.name).toBe('Kabupaten Kepulauan Yapen');
  });

  it('know no code of the new provinces before 2023', () => {
    for (const code of ['93', '93.01', '92.02', '95.01', '96', '96.71']) {
      expect(regions.byCodeIn(code, 2019), code).toBeUndefined();
    }
  });

  it('leave the codes of other provinces as they are in any year', () => {
    expect(regions.byCodeIn('13.75', 2015)?.name).toBe('Kota Bukittinggi');
    expect(regions.byCodeIn('3507', 2019)?.name).toBe('Kabupaten Malang');
  });
});

describe('renamed regencies', () => {
  it.each([
    ['Toba Samosir', 'Kabupaten Toba'],
    ['Kabupaten Toba Samosir', 'Kabupaten Toba'],
    ['Mamuju Utara', 'Kabupaten Pasangkayu'],
    ['Kab. Mamuju Utara', 'Kabupaten Pasangkayu'],
    ['Selayar', 'Kabupaten Kepulauan Selayar'],
    ['Kabupaten Selayar', 'Kabupaten Kepulauan Selayar'],
    ['Maluku Tenggara Barat', 'Kabupaten Kepulauan Tanimbar'],
    ['Pasir', 'Kabupaten Paser'],
    ['Yapen Waropen', 'Kabupaten Kepulauan Yapen'],
    ['Sawahlunto/Sijunjung', 'Kabupaten Sijunjung'],
    ['Gunung Kidul', 'Kabupaten Gunungkidul'],
    ['Kota Bau-Bau', 'Kota Bau Bau'],
  ])('%j is %s', (name, today) => {
    expect(regions.regency(name)?.name).toBe(today);
  });
});
