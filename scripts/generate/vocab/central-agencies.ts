import type { Cluster } from '../../../src/lib/schema/enums.ts';

/** A ministry, agency, BUMN or BUMD bank: the names KIPP and InoLAN exports carry. */
export interface CentralAgency {
  name: string;
  cluster: Cluster;
  /** Service units that submit proposals in its name. */
  units: readonly string[];
  /** Keys of the themes its innovations are about. */
  themes: readonly string[];
  /** For BUMD: the province that owns it. */
  provinceCode?: string;
}

const kementerian = (name: string, units: string[], themes: string[]): CentralAgency => ({
  name,
  cluster: 'kementerian',
  units,
  themes,
});

const lembaga = (name: string, units: string[], themes: string[]): CentralAgency => ({
  name,
  cluster: 'lembaga',
  units,
  themes,
});

const bumn = (name: string, units: string[], themes: string[]): CentralAgency => ({
  name,
  cluster: 'bumn',
  units,
  themes,
});

export const centralAgencies: readonly CentralAgency[] = [
  kementerian(
    'Kementerian Keuangan',
    [
      'Direktorat Jenderal Pajak',
      'Direktorat Jenderal Bea dan Cukai',
      'Direktorat Jenderal Perbendaharaan',
      'Direktorat Jenderal Kekayaan Negara',
      'Direktorat Jenderal Anggaran',
    ],
    ['pajak-negara', 'bea-cukai'],
  ),
  kementerian(
    'Kementerian Kesehatan',
    [
      'RSUP Dr. Sardjito',
      'RSUP Dr. M. Djamil Padang',
      'RSUP Persahabatan',
      'Direktorat Jenderal Kesehatan Masyarakat',
      'Kantor Kesehatan Pelabuhan Kelas I Surabaya',
    ],
    ['puskesmas', 'rsud', 'stunting', 'kia'],
  ),
  kementerian(
    'Kementerian BUMN',
    ['Deputi Bidang Usaha Mikro, Kecil dan Menengah', 'Sekretariat Kementerian BUMN'],
    ['perbankan', 'umkm'],
  ),
  kementerian(
    'Kementerian Pertanian',
    [
      'Badan Penyuluhan dan Pengembangan SDM Pertanian',
      'Balai Besar Pelatihan Pertanian Binuang',
      'Badan Karantina Pertanian',
      'Direktorat Jenderal Tanaman Pangan',
    ],
    ['pertanian'],
  ),
  kementerian(
    'Kementerian Dalam Negeri',
    [
      'Direktorat Jenderal Kependudukan dan Pencatatan Sipil',
      'Badan Strategi Kebijakan Dalam Negeri',
    ],
    ['adminduk', 'pengaduan'],
  ),
  kementerian(
    'Kementerian Hukum dan Hak Asasi Manusia',
    [
      'Direktorat Jenderal Imigrasi',
      'Kantor Imigrasi Kelas I TPI Jakarta Selatan',
      'Lembaga Pemasyarakatan Kelas IIA Yogyakarta',
      'Direktorat Jenderal Administrasi Hukum Umum',
    ],
    ['kepolisian', 'pengaduan'],
  ),
  kementerian(
    'Kementerian Agama',
    [
      'Direktorat Jenderal Penyelenggaraan Haji dan Umrah',
      'Kantor Urusan Agama Kecamatan Cibinong',
    ],
    ['pengaduan', 'pendidikan'],
  ),
  kementerian(
    'Kementerian Perhubungan',
    [
      'Direktorat Jenderal Perhubungan Darat',
      'Bandar Udara Internasional Sultan Hasanuddin',
      'Kantor Kesyahbandaran dan Otoritas Pelabuhan Tanjung Perak',
    ],
    ['logistik', 'transportasi'],
  ),
  kementerian(
    'Kementerian Sosial',
    [
      'Direktorat Jenderal Perlindungan dan Jaminan Sosial',
      'Balai Besar Rehabilitasi Sosial Penyandang Disabilitas',
    ],
    ['sosial'],
  ),
  kementerian(
    'Kementerian Ketenagakerjaan',
    [
      'Balai Besar Pengembangan Pelatihan Vokasi dan Produktivitas Bekasi',
      'Direktorat Jenderal Pembinaan Penempatan Tenaga Kerja',
    ],
    ['ketenagakerjaan'],
  ),
  kementerian(
    'Kementerian Kelautan dan Perikanan',
    ['Direktorat Jenderal Perikanan Budidaya', 'Pelabuhan Perikanan Samudera Nizam Zachman'],
    ['perikanan'],
  ),
  kementerian(
    'Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional',
    ['Kantor Pertanahan Kota Surabaya I', 'Kantor Wilayah BPN Provinsi Jawa Tengah'],
    ['pertanahan'],
  ),
  kementerian(
    'Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi',
    ['Direktorat Jenderal Guru dan Tenaga Kependidikan', 'Balai Bahasa Provinsi Jawa Barat'],
    ['pendidikan'],
  ),
  kementerian(
    'Kementerian Lingkungan Hidup dan Kehutanan',
    ['Direktorat Jenderal Pengelolaan Sampah, Limbah dan B3', 'Balai Taman Nasional Gunung Leuser'],
    ['sampah'],
  ),
  kementerian(
    'Kementerian Energi dan Sumber Daya Mineral',
    ['Direktorat Jenderal Minyak dan Gas Bumi', 'Direktorat Jenderal Mineral dan Batubara'],
    ['energi-layanan'],
  ),
  lembaga(
    'BPJS Kesehatan',
    ['Kantor Cabang Bukittinggi', 'Kedeputian Wilayah Jawa Timur', 'Kantor Pusat BPJS Kesehatan'],
    ['jaminan-kesehatan'],
  ),
  lembaga(
    'BPJS Ketenagakerjaan',
    ['Kantor Cabang Medan Kota', 'Kantor Pusat BPJS Ketenagakerjaan'],
    ['ketenagakerjaan'],
  ),
  lembaga(
    'Badan Pengawas Obat dan Makanan',
    ['Balai Besar POM di Padang', 'Direktorat Pengawasan Pangan Olahan'],
    ['jaminan-kesehatan'],
  ),
  lembaga(
    'Badan Kepegawaian Negara',
    ['Kantor Regional II BKN Surabaya', 'Direktorat Pengadaan dan Kepangkatan'],
    ['kepegawaian'],
  ),
  lembaga(
    'Arsip Nasional Republik Indonesia',
    ['Direktorat Pengolahan', 'Direktorat Layanan dan Pemanfaatan'],
    ['kepegawaian'],
  ),
  lembaga(
    'Kepolisian Negara Republik Indonesia',
    ['Korps Lalu Lintas Polri', 'Polda Jawa Timur', 'Polres Banyuwangi', 'Polresta Padang'],
    ['kepolisian'],
  ),
  lembaga(
    'Badan Pusat Statistik',
    ['BPS Provinsi Jawa Barat', 'Direktorat Diseminasi Statistik'],
    ['pengaduan'],
  ),
  lembaga(
    'Lembaga Administrasi Negara',
    ['Pusat Pembelajaran dan Strategi Kebijakan Inovasi Administrasi Negara'],
    ['kepegawaian'],
  ),
  lembaga(
    'Badan Nasional Penanggulangan Bencana',
    ['Pusat Data, Informasi dan Komunikasi Kebencanaan'],
    ['kebencanaan'],
  ),
  lembaga(
    'Badan Kependudukan dan Keluarga Berencana Nasional',
    ['Perwakilan BKKBN Provinsi Sumatera Barat', 'Direktorat Bina Keluarga Balita dan Anak'],
    ['stunting', 'kia'],
  ),
  lembaga(
    'Mahkamah Agung',
    ['Pengadilan Negeri Surabaya', 'Pengadilan Agama Jakarta Selatan'],
    ['pengaduan'],
  ),
  bumn(
    'PT Bank Rakyat Indonesia (Persero) Tbk',
    ['Kantor Wilayah Padang', 'Divisi Bisnis Usaha Mikro'],
    ['perbankan'],
  ),
  bumn('PT Bank Mandiri (Persero) Tbk', ['Regional Office Jawa Timur'], ['perbankan']),
  bumn('PT Bank Negara Indonesia (Persero) Tbk', ['Divisi Bisnis Kecil'], ['perbankan']),
  bumn(
    'PT PLN (Persero)',
    ['Unit Induk Wilayah Sumatera Barat', 'Unit Induk Distribusi Jawa Timur'],
    ['energi-layanan'],
  ),
  bumn('PT Pos Indonesia (Persero)', ['Kantor Regional Surabaya'], ['logistik']),
  bumn('PT Pertamina (Persero)', ['Marketing Operation Region I'], ['energi-layanan']),
  bumn('PT Kereta Api Indonesia (Persero)', ['Daerah Operasi 8 Surabaya'], ['logistik']),
  bumn(
    'PT Telkom Indonesia (Persero) Tbk',
    ['Divisi Digital Business'],
    ['perbankan', 'desa-digital'],
  ),
  bumn('PT Pegadaian', ['Kantor Wilayah VI Makassar'], ['perbankan']),
  bumn('Perum BULOG', ['Kantor Wilayah Sulawesi Selatan dan Sulawesi Barat'], ['pertanian']),
  bumn('PT Taspen (Persero)', ['Kantor Cabang Utama Jakarta'], ['kepegawaian']),
];

const bumdBank = (name: string, provinceCode: string): CentralAgency => ({
  name,
  cluster: 'bumd',
  units: [],
  themes: ['perbankan'],
  provinceCode,
});

/** Regional banks and other provincial enterprises; water utilities are made per regency. */
export const provincialBumd: readonly CentralAgency[] = [
  bumdBank('PT Bank Pembangunan Daerah Sumatera Barat (Bank Nagari)', '13'),
  bumdBank('PT Bank DKI', '31'),
  bumdBank('PT Bank Pembangunan Daerah Jawa Timur Tbk (Bank Jatim)', '35'),
  bumdBank('PT Bank Pembangunan Daerah Jawa Barat dan Banten Tbk (Bank BJB)', '32'),
  bumdBank('PT Bank Pembangunan Daerah Jawa Tengah (Bank Jateng)', '33'),
  bumdBank('PT Bank Pembangunan Daerah Bali', '51'),
  bumdBank('PT Bank Sulselbar', '73'),
  bumdBank('PT Bank Kalbar', '61'),
  {
    name: 'PT Transportasi Jakarta',
    cluster: 'bumd',
    units: [],
    themes: ['transportasi'],
    provinceCode: '31',
  },
  {
    name: 'PT MRT Jakarta (Perseroda)',
    cluster: 'bumd',
    units: [],
    themes: ['transportasi'],
    provinceCode: '31',
  },
  { name: 'Perumda Pasar Jaya', cluster: 'bumd', units: [], themes: ['umkm'], provinceCode: '31' },
];
