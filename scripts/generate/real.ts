import type { Programme } from '../../src/lib/schema/enums.ts';
import type { AgencyPool } from './agencies.ts';
import type { Concept, ConceptFactory } from './concepts.ts';
import type { Rng } from './rng.ts';
import { withShape, type Title } from './titles.ts';
import { centralThemes } from './vocab/themes-central.ts';
import { regionalThemes } from './vocab/themes-regional.ts';
import type { Theme } from './vocab/theme.ts';

/** One planted appearance of a fixed innovation in one programme and year. */
export interface FixedAppearance {
  concept: Concept;
  programme: Programme;
  year: number;
  /** KIPP Capaian; empty elsewhere. */
  result: string;
  /** The title as this record writes it. */
  title: string;
}

/** What EXPECTED.md says about a fixed innovation and why it is there. */
export interface FixedInnovation {
  concept: Concept;
  why: string;
  appearances: FixedAppearance[];
}

const theme = (key: string): Theme => {
  const found = [...regionalThemes, ...centralThemes].find((candidate) => candidate.key === key);
  if (!found) throw new Error(`unknown theme ${key}`);
  return found;
};

const plain = (text: string): Title => ({ text, shape: 'plain' });

interface Spec {
  why: string;
  agency: string;
  theme: string;
  title: Title;
  unit: string;
  opd?: string;
  summary: string;
  started: [number, number, number];
  sdgs: number[];
  digital: boolean;
  /** `[programme, year, result, title]` */
  seen: [Programme, number, string, string][];
}

/** The real innovations public sources name, and near-misses that share their acronyms. */
function specs(agencies: AgencyPool): Spec[] {
  const pemda = (code: string): string => agencies.pemda(code).name;
  return [
    {
      why: 'real: KIPP 2018 Top 99 → Top 40 (one 2018 row, Capaian `Top 40`: the Top 40 are chosen from the Top 99); title spelled three ways across KIPP and IGA',
      agency: pemda('13'),
      theme: 'kia',
      title: withShape('acronym-paren', 'BASABA', 'Bapak Sayang Bayi'),
      unit: 'RSUD Dr. Achmad Mochtar Bukittinggi',
      summary:
        'BASABA (Bapak Sayang Bayi) adalah inovasi RSUD Dr. Achmad Mochtar Bukittinggi yang melibatkan ayah dalam perawatan bayi baru lahir, terutama bayi berat lahir rendah (BBLR), dengan metode kanguru saat ibu belum dapat mendampingi. Keterlibatan bapak menjaga suhu tubuh bayi, mempercepat kenaikan berat badan, memperpendek lama rawat dan menurunkan angka kematian bayi.',
      started: [2017, 3, 1],
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
      agency: pemda('13.71'),
      theme: 'kia',
      title: plain('Kelas IMUD (Ibu Muda)'),
      unit: 'Puskesmas Padang Pasir',
      summary:
        'Kelas IMUD (Ibu Muda) adalah kelas pendampingan Puskesmas Padang Pasir, Kota Padang, bagi ibu muda dan ibu hamil usia remaja: mereka belajar merawat kehamilan, menyusui dan memberi gizi yang baik bagi anak agar terhindar dari stunting.',
      started: [2017, 1, 1],
      sdgs: [3, 5],
      digital: false,
      seen: [['kipp', 2018, 'Top 99', 'Kelas IMUD (Ibu Muda)']],
    },
    {
      why: 'real: KIPP 2017 Top 99; also an IGA entry spelled `Oase`',
      agency: pemda('13.04'),
      theme: 'adminduk',
      title: { text: 'OASE', shape: 'acronym-only', acronym: 'OASE' },
      unit: 'Dinas Kependudukan dan Pencatatan Sipil Kabupaten Tanah Datar',
      opd: 'Dinas Kependudukan dan Pencatatan Sipil',
      summary:
        'OASE adalah inovasi Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil) Kabupaten Tanah Datar yang mendekatkan layanan kependudukan kepada warga: dokumen adminduk seperti KTP elektronik, kartu keluarga dan akta kelahiran dapat diurus tanpa harus datang berulang kali ke kantor Dukcapil.',
      started: [2016, 5, 1],
      sdgs: [16],
      digital: true,
      seen: [
        ['kipp', 2017, 'Top 99', 'OASE'],
        ['iga', 2018, '', 'Oase'],
      ],
    },
    {
      why: 'real: KIPP 2017 Top 99',
      agency: pemda('13.76'),
      theme: 'puskesmas',
      title: plain('Klinik Berhenti Merokok'),
      unit: 'Puskesmas Padang Karambia',
      summary:
        'Klinik Berhenti Merokok adalah layanan konseling Puskesmas Padang Karambia, Kota Payakumbuh, yang mendampingi perokok sampai berhenti merokok, dengan pemeriksaan kadar karbon monoksida napas dan dukungan keluarga.',
      started: [2016, 2, 1],
      sdgs: [3],
      digital: false,
      seen: [['kipp', 2017, 'Top 99', 'Klinik Berhenti Merokok']],
    },
    {
      why: 'real: KIPP 2023 Top 45',
      agency: 'Kementerian BUMN',
      theme: 'umkm',
      title: {
        text: 'PaDi UMKM',
        shape: 'acronym-only',
        acronym: 'PaDi UMKM',
        expansion: 'Pasar Digital UMKM',
      },
      unit: '',
      summary:
        'PaDi UMKM (Pasar Digital UMKM) adalah platform belanja digital Kementerian BUMN yang mempertemukan usaha mikro, kecil dan menengah (UMKM) dengan BUMN sebagai pembeli, sehingga UMKM mendapat pasar, pembayaran cepat dan akses pembiayaan.',
      started: [2021, 3, 1],
      sdgs: [8],
      digital: true,
      seen: [['kipp', 2023, 'Top 45', 'PaDi UMKM']],
    },
    {
      why: 'real: KIPP 2023 Top 45',
      agency: 'Kementerian Keuangan',
      theme: 'pajak-negara',
      title: withShape('acronym-paren', 'SIMBARA', 'Sistem Informasi Mineral dan Batubara'),
      unit: 'Direktorat Jenderal Anggaran',
      summary:
        'SIMBARA (Sistem Informasi Mineral dan Batubara) adalah sistem terintegrasi Kementerian Keuangan yang menyatukan data perizinan, produksi, penjualan dan pembayaran penerimaan negara bukan pajak komoditas mineral dan batubara antarkementerian, sehingga penerimaan negara lebih optimal dan tata kelola minerba lebih transparan.',
      started: [2022, 6, 1],
      sdgs: [16, 17],
      digital: true,
      seen: [['kipp', 2023, 'Top 45', 'SIMBARA (Sistem Informasi Mineral dan Batubara)']],
    },
    {
      why: 'real: KIPP 2023 Top 45',
      agency: 'Kementerian Keuangan',
      theme: 'bea-cukai',
      title: plain('CEISA Barang Kiriman'),
      unit: 'Direktorat Jenderal Bea dan Cukai',
      summary:
        'CEISA Barang Kiriman adalah layanan kepabeanan elektronik Direktorat Jenderal Bea dan Cukai untuk barang kiriman dari luar negeri: penerima dapat memantau status, menghitung dan membayar bea masuk secara daring sehingga barang kiriman lebih cepat diterima.',
      started: [2022, 1, 1],
      sdgs: [8, 17],
      digital: true,
      seen: [['kipp', 2023, 'Top 45', 'CEISA Barang Kiriman']],
    },
    {
      why: 'real: KIPP 2023 Top 45',
      agency: 'Kementerian Pertanian',
      theme: 'pertanian',
      title: withShape('acronym-paren', 'Biotron', 'Biochar Three in One'),
      unit: 'Balai Besar Pelatihan Pertanian Binuang',
      summary:
        'Biotron (Biochar Three in One) adalah inovasi Kementerian Pertanian melalui Balai Besar Pelatihan Pertanian Binuang: pupuk organik berbahan biochar yang memperbaiki struktur tanah dan menyediakan air serta nutrisi, sehingga petani mengurangi pupuk kimia dan hasil panen meningkat.',
      started: [2022, 2, 1],
      sdgs: [2, 15],
      digital: false,
      seen: [['kipp', 2023, 'Top 45', 'Biotron (Biochar Three in One)']],
    },
    {
      why: 'near-miss: same title as the Kota Kendari one, must stay separate; merges across its own KIPP and IGA records',
      agency: pemda('34.04'),
      theme: 'puskesmas',
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
      agency: pemda('74.71'),
      theme: 'adminduk',
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
      agency: pemda('34.02'),
      theme: 'pendidikan',
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
      agency: pemda('33.75'),
      theme: 'pengaduan',
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
}

export function fixedInnovations(
  rng: Rng,
  factory: ConceptFactory,
  agencies: AgencyPool,
): FixedInnovation[] {
  return specs(agencies).map((spec) => {
    const [year, month, day] = spec.started;
    const concept = factory.fixed(rng, {
      agency: agencies.byName(spec.agency),
      theme: theme(spec.theme),
      title: spec.title,
      unit: spec.unit,
      opd: spec.opd ?? spec.unit,
      summary: spec.summary,
      startedOn: { year, month, day },
      sdgs: spec.sdgs,
      digital: spec.digital,
    });
    const appearances = spec.seen.map(([programme, seenYear, result, title]) => ({
      concept,
      programme,
      year: seenYear,
      result,
      title,
    }));
    return { concept, why: spec.why, appearances };
  });
}
