import type { RegionTablesInput } from '../../../../src/lib/regions/index.ts';

/** A small slice of the real tables, with the names that make region matching hard. */
export const regionFixture: RegionTablesInput = {
  provinces: [
    { code: '13', name: 'Sumatera Barat' },
    { code: '17', name: 'Bengkulu' },
    { code: '32', name: 'Jawa Barat' },
    { code: '34', name: 'Daerah Istimewa Yogyakarta' },
    { code: '35', name: 'Jawa Timur' },
    { code: '63', name: 'Kalimantan Selatan' },
  ],
  regencies: [
    { code: '13.04', provinceCode: '13', name: 'Kabupaten Tanah Datar', kind: 'kabupaten' },
    { code: '13.71', provinceCode: '13', name: 'Kota Padang', kind: 'kota' },
    { code: '13.75', provinceCode: '13', name: 'Kota Bukittinggi', kind: 'kota' },
    { code: '17.71', provinceCode: '17', name: 'Kota Bengkulu', kind: 'kota' },
    { code: '32.79', provinceCode: '32', name: 'Kota Banjar', kind: 'kota' },
    { code: '34.03', provinceCode: '34', name: 'Kabupaten Gunungkidul', kind: 'kabupaten' },
    { code: '34.71', provinceCode: '34', name: 'Kota Yogyakarta', kind: 'kota' },
    { code: '35.07', provinceCode: '35', name: 'Kabupaten Malang', kind: 'kabupaten' },
    { code: '35.10', provinceCode: '35', name: 'Kabupaten Banyuwangi', kind: 'kabupaten' },
    { code: '35.73', provinceCode: '35', name: 'Kota Malang', kind: 'kota' },
    { code: '63.02', provinceCode: '63', name: 'Kabupaten Kotabaru', kind: 'kabupaten' },
    { code: '63.03', provinceCode: '63', name: 'Kabupaten Banjar', kind: 'kabupaten' },
  ],
  aliases: [
    { alias: 'Sumbar', code: '13' },
    { alias: 'Jatim', code: '35' },
    { alias: 'DIY', code: '34' },
    { alias: 'DI Yogyakarta', code: '34' },
    { alias: 'Yogyakarta', code: '34' },
    { alias: 'Jogja', code: '34' },
    { alias: 'Bukit Tinggi Kota', code: '13.75' },
  ],
};
