import type { RelevanceCase } from './types.ts';

/** Affixed forms and roots (stemming). */
export const stemmingCases: readonly RelevanceCase[] = [
  {
    query: 'kelola sampah',
    why: 'root of pengelolaan',
    everyTop3: { in: 'title', matches: /pengelolaan sampah/i },
  },
  {
    query: 'pencegahan stunting',
    why: 'affixed form of cegah',
    everyTop3: { in: 'title', matches: /cegah stunting/i },
  },
  {
    query: 'pelayanan kartu identitas anak',
    why: 'pelayanan finds layanan',
    everyTop3: { in: 'title', matches: /kartu identitas anak/i },
  },
  {
    query: 'aduan masyarakat',
    why: 'aduan finds pengaduan',
    everyTop3: { in: 'title', matches: /pengaduan masyarakat/i },
  },
  {
    query: 'mal izin',
    why: 'izin finds perizinan',
    everyTop3: { in: 'title', matches: /mal pelayanan (perizinan|izin)/i },
  },
  {
    query: 'menanggulangi bencana',
    why: 'meN- form of penanggulangan',
    everyTop3: { in: 'text', matches: /penanggulangan bencana/i },
  },
  {
    query: 'rekam ktp',
    why: 'root of perekaman',
    everyTop3: { in: 'text', matches: /perekaman ktp/i },
  },
  {
    query: 'daftar tanah',
    why: 'root of pendaftaran',
    everyTop3: { in: 'title', matches: /pendaftaran tanah/i },
  },
  {
    query: 'pengelolaan sampah',
    why: 'the affixed form as titles write it',
    everyTop3: { in: 'title', matches: /(pengelolaan|kelola) sampah/i },
  },
  {
    query: 'mengelola sampah',
    why: 'meN- form of pengelolaan',
    everyTop3: { in: 'title', matches: /(pengelolaan|kelola) sampah/i },
  },
  {
    query: 'melindungi anak',
    why: 'meN- form of perlindungan',
    everyTop3: { in: 'title', matches: /perlindungan anak/i },
  },
  {
    query: 'memasarkan produk umkm',
    why: 'meN-kan form of pemasaran',
    everyTop3: { in: 'title', matches: /pemasaran produk|produk umkm/i },
  },
  {
    query: 'membayar pajak',
    why: 'meN- form of bayar',
    everyTop3: { in: 'title', matches: /bayar pajak|pembayaran pajak/i },
  },
  {
    query: 'mencegah stunting',
    why: 'meN- form of cegah',
    everyTop3: { in: 'title', matches: /(cegah|pencegahan) stunting/i },
  },
  {
    query: 'pelaporan jalan rusak',
    why: 'pe-an form of lapor',
    everyTop3: { in: 'title', matches: /lapor(an)? jalan rusak/i },
  },
  {
    query: 'melestarikan budaya lokal',
    why: 'meN-kan form of pelestarian',
    everyTop3: { in: 'title', matches: /pelestarian budaya/i },
  },
  {
    query: 'membudidayakan ikan',
    why: 'meN-kan form of budidaya',
    everyTop3: { in: 'title', matches: /budidaya ikan/i },
  },
  {
    query: 'pendaftaran tanah sistematis',
    why: 'the affixed form itself',
    everyTop3: { in: 'title', matches: /pendaftaran tanah/i },
  },
  {
    query: 'persalinan aman',
    why: 'per-an form of salin',
    everyTop3: { in: 'title', matches: /persalinan aman/i },
  },
  {
    query: 'kepegawaian asn',
    why: 'ke-an form of pegawai',
    everyTop3: { in: 'title', matches: /kepegawaian|pegawai/i },
  },
];
