import type { RelevanceCase } from './types.ts';

/** Typing mistakes, in plain and affixed words. */
export const typoCases: readonly RelevanceCase[] = [
  {
    query: 'puskesmsa',
    why: 'two letters swapped',
    everyTop3: { in: 'title', matches: /puskesmas/i },
  },
  {
    query: 'stuntign',
    why: 'two letters swapped',
    everyTop3: { in: 'title', matches: /stunting/i },
  },
  { query: 'bapak sayng bayi', why: 'a letter left out', inTop3: ['Basaba (Bapak Sayang Bayi)'] },
  {
    query: 'perizinn',
    why: 'a letter left out of an affixed word',
    everyTop3: { in: 'title', matches: /perizinan|izin/i },
  },
  {
    query: 'pelayannan perizinan',
    why: 'a doubled letter in an affixed word; a licence (izin) service is a licensing one',
    everyTop3: { in: 'title', matches: /(pelayanan|layanan) (perizinan|izin)/i },
  },
  {
    query: 'pengelolan sampah',
    why: 'a letter left out of pengelolaan',
    everyTop3: { in: 'title', matches: /(pengelolaan|kelola) sampah/i },
  },
  {
    query: 'perlindugan anak',
    why: 'a letter left out of perlindungan',
    everyTop3: { in: 'title', matches: /perlindungan anak/i },
  },
  {
    query: 'pemasaarn produk',
    why: 'two letters swapped in pemasaran',
    everyTop3: { in: 'title', matches: /pemasaran produk/i },
  },
  {
    query: 'persalinann aman',
    why: 'a doubled letter in persalinan',
    everyTop3: { in: 'title', matches: /persalinan aman/i },
  },
  {
    query: 'kepegawian',
    why: 'a letter left out of kepegawaian',
    everyTop3: { in: 'title', matches: /kepegawaian|pegawai/i },
  },
  {
    query: 'peringatn dini banjir',
    why: 'a letter left out of peringatan',
    everyTop3: { in: 'title', matches: /peringatan dini banjir/i },
  },
  {
    query: 'pendaftran tanah',
    why: 'a letter left out of pendaftaran',
    everyTop3: { in: 'title', matches: /pendaftaran tanah/i },
  },
  {
    query: 'angkutn sekolah',
    why: 'a letter left out of angkutan',
    everyTop3: { in: 'title', matches: /angkutan sekolah/i },
  },
  {
    query: 'kesehtan ibu dan anak',
    why: 'a letter left out of kesehatan',
    everyTop3: { in: 'title', matches: /kesehatan ibu dan anak/i },
  },
  {
    query: 'pengaduan masyarkat',
    why: 'a letter left out of masyarakat',
    everyTop3: { in: 'title', matches: /pengaduan masyarakat/i },
  },
];
