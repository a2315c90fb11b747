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
    inTop3: ['SIMBARA'],
  },
  {
    query: 'ceisa',
    why: 'a system name at the head of a long title',
    inTop3: [
      'CEISA Barang Kiriman (Consignment Note) - Kemudahan Impor Barang Pekerja Migran Indonesia secara Cepat, Humanis dan Akuntabel',
    ],
  },
  {
    query: 'lumbung petani milenial terpadu',
    why: 'the expansion of an acronym title',
    inTop3: ['Lumbung Petani Milenial Terpadu'],
  },
  { query: 'sahabat asi eksklusif', why: 'a plain title', inTop3: ['Sahabat ASI Eksklusif'] },
  { query: 'kampung wisata halal', why: 'a three-word title', inTop3: ['Kampung Wisata Halal'] },
  {
    query: 'sistem kenaikan pangkat online',
    why: 'a long plain title',
    inTop3: ['Sistem Kenaikan Pangkat Online'],
  },
];
