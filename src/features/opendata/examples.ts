import type { Innovation } from '../../lib/schema/innovation.ts';
import type { TrendCharts } from '../../lib/trends/view.ts';
import type { z } from 'zod';
import type { ExportMeta } from './export-meta.ts';
import { dataAttribution, dataLicence } from './licence.ts';
import type { facetsAnswerSchema, recordPageSchema } from './schemas.ts';

/**
 * The OpenAPI document's examples: typed as the answers, and parsed by the answers' schemas in
 * a unit test, so an example cannot show a field the API does not give.
 */
export const exampleRecord: Innovation = {
  id: 'basaba-bapak-sayang-bayi-1a2b3c4d',
  title: 'BASABA (Bapak Sayang Bayi)',
  acronym: 'BASABA',
  expansion: 'Bapak Sayang Bayi',
  summary: 'Kelas ayah untuk mendampingi ibu hamil dan bayi, bersama puskesmas dan kader.',
  sections: { background: 'Angka kematian bayi masih tinggi.', impact: 'Kunjungan ANC naik.' },
  year: 2019,
  years: [2019, 2021],
  agency: 'Pemerintah Kota Padang',
  unit: 'Dinas Kesehatan',
  cluster: 'kota',
  provinceCode: '13',
  province: 'Sumatera Barat',
  regencyCode: '13.71',
  regency: 'Kota Padang',
  sectors: ['kesehatan', 'perempuan-anak'],
  categories: ['Kesehatan'],
  sdgs: [3, 5],
  startedOn: '2018-03',
  digital: false,
  stage: 'penerapan',
  status: 'berlanjut',
  statusUpdatedAt: '2024-06-30',
  awards: [{ programme: 'kipp', year: 2019, level: 'top-99', label: 'Top 99' }],
  programmes: ['kipp', 'iga'],
  provenance: [
    { programme: 'kipp', sourceId: 'KIPP-2019-00123', year: 2019 },
    { programme: 'iga', sourceId: '2021-1371-045', year: 2021 },
  ],
  innovators: ['dr. Siti Rahma'],
  interestCount: 2,
  replicationCount: 1,
  updatedAt: '2026-10-01T08:00:00.000Z',
};

export const examplePage: z.output<typeof recordPageSchema> = {
  total: 41,
  page: 1,
  pageSize: 1,
  totalPages: 41,
  data: [exampleRecord],
};

export const exampleMeta: ExportMeta = {
  search: '?tahun=2019&sektor=kesehatan',
  total: 41,
  retrievedAt: '2026-12-07T08:00:00.000Z',
  licence: { name: dataLicence.name, url: dataLicence.url },
  attribution: dataAttribution,
  source: 'https://inovasi.example.go.id/cari?tahun=2019&sektor=kesehatan',
  catalog: 'https://inovasi.example.go.id/api/v1/catalog.jsonld',
};

export const exampleFacets: z.output<typeof facetsAnswerSchema> = {
  total: 41,
  facets: [
    {
      parameter: 'tahun',
      field: 'years',
      values: [
        { value: '2021', count: 25, selected: false },
        { value: '2019', count: 41, selected: true },
      ],
    },
  ],
};

export const exampleCharts: TrendCharts = {
  total: 41,
  years: [{ value: '2019', count: 41 }],
  yearCluster: { rows: ['2019'], columns: ['kabupaten', 'kota'], counts: [[30, 11]] },
  yearProgramme: { rows: ['2019'], columns: ['kipp'], counts: [[41]] },
  sectorYear: { rows: ['kesehatan'], columns: ['2019'], counts: [[41]] },
  sdgs: [{ value: '3', count: 41 }],
  statusByAwardYear: { rows: ['2019'], columns: ['berlanjut'], counts: [[9]] },
  survival: {
    lastYear: 2021,
    cohorts: [
      {
        awardYear: 2019,
        awarded: 9,
        points: [
          { after: 1, year: 2020, running: 4, stopped: 1, unknown: 4 },
          { after: 2, year: 2021, running: 3, stopped: 2, unknown: 4 },
        ],
      },
    ],
  },
  clusters: [
    { value: 'kabupaten', count: 30 },
    { value: 'kota', count: 11 },
  ],
  sectors: [{ value: 'kesehatan', count: 41 }],
  provinces: [{ value: 'Sumatera Barat', count: 41 }],
  unrecognisedPlaces: 0,
};

export const exampleError = {
  error: 'invalid',
  message: 'Check the marked fields.',
  fields: { tahun: 'This value is not valid.' },
};
