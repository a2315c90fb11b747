import type { Programme } from '../../../src/lib/schema/enums.ts';
import { withShape, type Title } from '../titles.ts';

/** An innovation written exactly so: what EXPECTED.md lists and the tests look for. */
export interface FixedSpec {
  why: string;
  /** The agency's name as the pool has it. */
  agency: string;
  theme: string;
  /** An object of the theme's story its sections are told from; none: the summary is all. */
  story?: string;
  title: Title;
  unit: string;
  opd?: string;
  summary: string;
  started?: [number, number, number];
  sdgs: number[];
  digital: boolean;
  /** `[programme, year, result, title]` */
  seen: [Programme, number, string, string][];
  /** The province as the source writes it (`DKI Jakarta`); spelled at random when absent. */
  province?: string;
}

const plain = (text: string): Title => ({ text, shape: 'plain' });

/**
 * Real innovations named by public sources before `data/real/innovations.tsv` (summary only:
 * nothing more is known of them here), and near-misses that share their acronyms, made up
 * to test the merge, with sections told from a story of their theme.
 */
export const fixedSpecs: readonly FixedSpec[] = [
  {
    why: 'real: KIPP 2018 Top 99 → Top 40 (one 2018 row, Capaian `Top 40`: the Top 40 are chosen from the Top 99); title spelled three ways across KIPP and IGA',
    agency: 'Pemerintah Provinsi Sumatera Barat',
    theme: 'kia',
    title: withShape('acronym-paren', 'BASABA', 'Bapak Sayang Bayi'),
    unit: 'RSUD Dr. Achmad Mochtar Bukittinggi',
    summary:
      'BASABA (Bapak Sayang Bayi) adalah inovasi RSUD Dr. Achmad Mochtar Bukittinggi yang melibatkan ayah dalam perawatan bayi baru lahir, terutama bayi berat lahir rendah (BBLR), dengan metode kanguru saat ibu belum dapat mendampingi.',
    sdgs: [3],
    digital: false,
    seen: [
      ['kipp', 2018, 'Top 40', 'BASABA (Bapak Sayang Bayi)'],
      ['iga', 2018, '', 'Basaba (Bapak Sayang Bayi)'],
      ['iga', 2019, '', 'BASABA'],
    ],
  },
  {
    why: 'real: KIPP 2018 Top 99',
    agency: 'Pemerintah Kota Padang',
    theme: 'kia',
    title: plain('Kelas IMUD (Ibu Muda)'),
    unit: 'Puskesmas Padang Pasir',
    summary:
      'Kelas IMUD (Ibu Muda) adalah kelas pendampingan Puskesmas Padang Pasir, Kota Padang, bagi ibu muda dan ibu hamil usia remaja: mereka belajar merawat kehamilan, menyusui dan memberi gizi yang baik bagi anak agar terhindar dari stunting.',
    sdgs: [3, 5],
    digital: false,
    seen: [['kipp', 2018, 'Top 99', 'Kelas IMUD (Ibu Muda)']],
  },
  {
    why: 'real: KIPP 2017 Top 99; also an IGA entry spelled `Oase`',
    agency: 'Pemerintah Kabupaten Tanah Datar',
    theme: 'adminduk',
    title: { text: 'OASE', shape: 'acronym-only', acronym: 'OASE' },
    unit: 'Dinas Kependudukan dan Pencatatan Sipil Kabupaten Tanah Datar',
    opd: 'Dinas Kependudukan dan Pencatatan Sipil',
    summary:
      'OASE adalah inovasi Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil) Kabupaten Tanah Datar yang mendekatkan layanan kependudukan kepada warga: dokumen adminduk seperti KTP elektronik, kartu keluarga dan akta kelahiran dapat diurus tanpa harus datang berulang kali ke kantor Dukcapil.',
    sdgs: [16],
    digital: true,
    seen: [
      ['kipp', 2017, 'Top 99', 'OASE'],
      ['iga', 2018, '', 'Oase'],
    ],
  },
  {
    why: 'real: KIPP 2017 Top 99',
    agency: 'Pemerintah Kota Payakumbuh',
    theme: 'puskesmas',
    title: plain('Klinik Berhenti Merokok'),
    unit: 'Puskesmas Padang Karambia',
    summary:
      'Klinik Berhenti Merokok adalah layanan konseling Puskesmas Padang Karambia, Kota Payakumbuh, yang mendampingi perokok sampai berhenti merokok.',
    sdgs: [3],
    digital: false,
    seen: [['kipp', 2017, 'Top 99', 'Klinik Berhenti Merokok']],
  },
  {
    why: 'near-miss: same title as the Kota Kendari one, must stay separate; merges across its own KIPP and IGA records',
    agency: 'Pemerintah Kabupaten Sleman',
    theme: 'puskesmas',
    story: 'Antrian Puskesmas Online',
    title: withShape('acronym-paren', 'SIPANDU', 'Sistem Informasi Pelayanan Terpadu'),
    unit: 'Dinas Kesehatan Kabupaten Sleman',
    opd: 'Dinas Kesehatan',
    summary:
      'SIPANDU (Sistem Informasi Pelayanan Terpadu) adalah aplikasi Dinas Kesehatan Kabupaten Sleman yang menyatukan pendaftaran pasien seluruh Puskesmas sehingga warga dapat mendaftar dan melihat antrean dari rumah.',
    started: [2018, 4, 1],
    sdgs: [3],
    digital: true,
    seen: [
      ['kipp', 2019, 'Top 99', 'SIPANDU (Sistem Informasi Pelayanan Terpadu)'],
      ['iga', 2020, '', 'Sipandu (Sistem Informasi Pelayanan Terpadu)'],
    ],
  },
  {
    why: 'near-miss: same title as the Kabupaten Sleman one, different regency',
    agency: 'Pemerintah Kota Kendari',
    theme: 'adminduk',
    story: 'Akta Kelahiran Online',
    title: withShape('acronym-paren', 'SIPANDU', 'Sistem Informasi Pelayanan Terpadu'),
    unit: 'Dinas Kependudukan dan Pencatatan Sipil Kota Kendari',
    opd: 'Dinas Kependudukan dan Pencatatan Sipil',
    summary:
      'SIPANDU (Sistem Informasi Pelayanan Terpadu) adalah layanan kependudukan daring Disdukcapil Kota Kendari: warga mengajukan akta dan kartu keluarga dari kelurahan tanpa datang ke kantor.',
    started: [2020, 2, 1],
    sdgs: [16],
    digital: true,
    seen: [['iga', 2021, '', 'SIPANDU (Sistem Informasi Pelayanan Terpadu)']],
  },
  {
    why: 'near-miss: acronym BASABA, different expansion and region; must not merge with the real BASABA',
    agency: 'Pemerintah Kabupaten Bantul',
    theme: 'pendidikan',
    story: 'Literasi Anak',
    title: withShape('acronym-paren', 'BASABA', 'Bersama Sahabat Baca'),
    unit: 'Dinas Perpustakaan dan Kearsipan Kabupaten Bantul',
    opd: 'Dinas Perpustakaan dan Kearsipan',
    summary:
      'BASABA (Bersama Sahabat Baca) adalah gerakan literasi Kabupaten Bantul: relawan membawa buku ke dusun dan sekolah dasar setiap pekan untuk menumbuhkan minat baca anak.',
    started: [2021, 7, 1],
    sdgs: [4],
    digital: false,
    seen: [['iga', 2022, '', 'BASABA (Bersama Sahabat Baca)']],
  },
  {
    why: 'near-miss: acronym OASE in another regency; must not merge with the Tanah Datar OASE',
    agency: 'Pemerintah Kota Pekalongan',
    theme: 'kearsipan',
    story: 'Arsip Digital',
    title: withShape('acronym-paren', 'OASE', 'Optimalisasi Arsip Elektronik'),
    unit: 'Dinas Perpustakaan dan Kearsipan Kota Pekalongan',
    opd: 'Dinas Perpustakaan dan Kearsipan',
    summary:
      'OASE (Optimalisasi Arsip Elektronik) adalah inovasi Kota Pekalongan yang mengalihmediakan arsip perangkat daerah sehingga dokumen dapat ditemukan dalam hitungan menit.',
    started: [2019, 9, 1],
    sdgs: [16],
    digital: true,
    seen: [['inolan', 2021, '', 'OASE (Optimalisasi Arsip Elektronik)']],
  },
];
