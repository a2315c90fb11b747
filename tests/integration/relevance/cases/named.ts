import type { RelevanceCase } from './types.ts';

/** Innovations EXPECTED.md names. */
export const namedCases: readonly RelevanceCase[] = [
  { query: 'oase tanah datar', why: 'acronym and region', inTop3: ['Oase'] },
  { query: 'kelas ibu muda', why: 'expansion of Kelas IMUD', inTop3: ['Kelas IMUD (Ibu Muda)'] },
  { query: 'klinik berhenti merokok', why: 'a plain title', inTop3: ['Klinik Berhenti Merokok'] },
  {
    query: 'sipandu',
    why: 'one acronym, two regencies',
    inTop3: [
      'SIPANDU (Sistem Informasi Pelayanan Terpadu)',
      'SIPANDU (Sistem Informasi Pelayanan Terpadu)',
    ],
  },
  {
    query: 'simbara',
    why: 'an acronym title',
    inTop3: ['SIMBARA (Sistem Informasi Mineral dan Batubara)'],
  },
  { query: 'ceisa', why: 'a system name', inTop3: ['CEISA Barang Kiriman'] },
  { query: 'lumbung petani milenial', why: 'a plain title', inTop3: ['Lumbung Petani Milenial'] },
  { query: 'sahabat asi eksklusif', why: 'a plain title', inTop3: ['Sahabat ASI Eksklusif'] },
  { query: 'wisata halal', why: 'a two-word title', inTop3: ['Wisata Halal'] },
  {
    query: 'aplikasi kenaikan pangkat otomatis',
    why: 'a long plain title',
    inTop3: ['Aplikasi Kenaikan Pangkat Otomatis'],
  },
];
