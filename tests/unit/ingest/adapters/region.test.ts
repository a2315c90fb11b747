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
});
