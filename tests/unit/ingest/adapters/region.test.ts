import { describe, expect, it } from 'vitest';
import { IssueCollector } from '../../../../ingest/adapters/collect.ts';
import { resolveRegion, type RegionInput } from '../../../../ingest/adapters/region.ts';
import { testReference } from '../../../helpers/reference.ts';

const fields = { province: 'Provinsi', regency: 'Kabupaten/Kota', code: 'kode' };

async function resolve(input: Omit<RegionInput, 'fields'>) {
  const issues = new IssueCollector();
  const region = resolveRegion(await testReference(), { ...input, fields }, issues);
  return { region, warnings: issues.warnings };
}

describe('resolveRegion', () => {
  it('resolves a code without its dot to the regency and its province', async () => {
    const { region, warnings } = await resolve({ code: '1375' });
    expect(region).toEqual({
      provinceCode: '13',
      province: 'Sumatera Barat',
      regencyCode: '13.75',
      regency: 'Kota Bukittinggi',
    });
    expect(warnings).toEqual([]);
  });

  it('finds the regency in a regional agency name when the source gives only the province', async () => {
    const { region } = await resolve({
      province: 'Papua Tengah',
      cluster: 'kabupaten',
      agency: 'Pemerintah Kabupaten Puncak',
    });
    expect(region.regencyCode).toBe('94.05');
    expect(region.regency).toBe('Kabupaten Puncak');
  });

  it('does not take a regency from the agency name that lies in another province', async () => {
    const { region } = await resolve({
      province: 'Sumatera Barat',
      cluster: 'kabupaten',
      agency: 'Pemerintah Kabupaten Banyuwangi',
    });
    expect(region).toEqual({ provinceCode: '13', province: 'Sumatera Barat' });
  });

  it('never reads a region into a central agency name', async () => {
    const { region } = await resolve({
      cluster: 'lembaga',
      agency: 'Badan Pusat Statistik Kota Padang',
    });
    expect(region).toEqual({});
  });

  it('keeps an unknown name as written, with a warning naming the field', async () => {
    const { region, warnings } = await resolve({
      province: 'Sumatera Barat',
      regency: 'Kabupaten Sukamaju',
    });
    expect(region).toEqual({
      provinceCode: '13',
      province: 'Sumatera Barat',
      regency: 'Kabupaten Sukamaju',
    });
    expect(warnings).toEqual([
      {
        field: 'Kabupaten/Kota',
        reason: '"Kabupaten Sukamaju" is not a known region; kept as written',
      },
    ]);
  });

  it('reads a code with the coding of the record year', async () => {
    const before = await resolve({ code: '9401', year: 2019 });
    expect(before.region).toEqual({
      provinceCode: '93',
      province: 'Papua Selatan',
      regencyCode: '93.01',
      regency: 'Kabupaten Merauke',
    });
    expect(before.warnings).toEqual([]);
    expect((await resolve({ code: '9401', year: 2023 })).region.regency).toBe('Kabupaten Nabire');
    expect((await resolve({ code: '94', year: 2019 })).region).toEqual({
      provinceCode: '91',
      province: 'Papua',
    });
  });

  it('finds a regency named with the province it lay in before the 2022 split', async () => {
    const merauke = await resolve({
      province: 'Provinsi Papua',
      regency: 'Kabupaten Merauke',
      year: 2019,
    });
    expect(merauke.region).toEqual({
      provinceCode: '93',
      province: 'Papua Selatan',
      regencyCode: '93.01',
      regency: 'Kabupaten Merauke',
    });
    expect(merauke.warnings).toEqual([]);
    const rajaAmpat = await resolve({ province: 'Papua Barat', regency: 'Raja Ampat', year: 2020 });
    expect(rajaAmpat.region.regency).toBe('Kabupaten Raja Ampat');
    expect(rajaAmpat.region.province).toBe('Papua Barat Daya');
  });

  it('agrees silently when the name says what the code of the year says', async () => {
    const { region, warnings } = await resolve({
      code: '94.01',
      regency: 'Kabupaten Merauke',
      year: 2019,
    });
    expect(region.regencyCode).toBe('93.01');
    expect(warnings).toEqual([]);
    const province = await resolve({ code: '94', regency: 'Provinsi Papua', year: 2019 });
    expect(province.region).toEqual({ provinceCode: '91', province: 'Papua' });
    expect(province.warnings).toEqual([]);
  });

  it('takes the name when the code of the year says another region, warning with both', async () => {
    const { region, warnings } = await resolve({
      code: '94.01',
      regency: 'Kabupaten Merauke',
      year: 2023,
    });
    expect(region.regencyCode).toBe('93.01');
    expect(warnings).toEqual([
      {
        field: 'kode',
        reason:
          '"94.01" is Kabupaten Nabire (Papua Tengah) in the coding of 2023, but ' +
          '"Kabupaten Merauke" is Kabupaten Merauke (Papua Selatan); taken by the name',
      },
    ]);
    const province = await resolve({ code: '94', regency: 'Provinsi Papua Tengah', year: 2019 });
    expect(province.region).toEqual({ provinceCode: '94', province: 'Papua Tengah' });
    expect(province.warnings[0]?.reason).toContain('"94" is Provinsi Papua in the coding of 2019');
  });

  it('reads a name at the level of the code: Bengkulu beside 17 is the province', async () => {
    const { region, warnings } = await resolve({ code: '17', regency: 'Bengkulu', year: 2020 });
    expect(region).toEqual({ provinceCode: '17', province: 'Bengkulu' });
    expect(warnings).toEqual([]);
  });

  it('settles a name two regencies share with the code', async () => {
    const { region, warnings } = await resolve({ code: '9171', regency: 'Jayapura', year: 2024 });
    expect(region.regency).toBe('Kota Jayapura');
    expect(warnings).toEqual([]);
  });

  it('lets a renamed regency under its earlier name agree with its code', async () => {
    const { region, warnings } = await resolve({
      code: '12.12',
      regency: 'Kabupaten Toba Samosir',
      year: 2018,
    });
    expect(region.regency).toBe('Kabupaten Toba');
    expect(warnings).toEqual([]);
  });

  it('falls back on the name for a code its year did not have', async () => {
    const { region, warnings } = await resolve({
      code: '93.01',
      regency: 'Kabupaten Merauke',
      year: 2019,
    });
    expect(region.regencyCode).toBe('93.01');
    expect(warnings).toEqual([
      { field: 'kode', reason: '"93.01" is not a Kemendagri code in 2019' },
    ]);
  });

  it('reads the regency from the agency name when only a province name overrules the code', async () => {
    const { region, warnings } = await resolve({
      code: '91.71',
      province: 'Papua',
      cluster: 'kota',
      agency: 'Pemerintah Kota Jayapura',
      year: 2019,
    });
    expect(region.regency).toBe('Kota Jayapura');
    expect(warnings[0]?.reason).toContain('"91.71" is Kota Sorong (Papua Barat Daya)');
  });

  it('keeps the code when the name cannot be resolved', async () => {
    const { region } = await resolve({ code: '35.07', regency: 'Kabupaten Sukamaju', year: 2020 });
    expect(region.regency).toBe('Kabupaten Malang');
  });
});
