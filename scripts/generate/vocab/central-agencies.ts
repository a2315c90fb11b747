import type { Cluster } from '../../../src/lib/schema/enums.ts';

/** What a national agency does: a theme and the service units that run it. */
export interface Work {
  theme: string;
  /** Units that submit in the agency's name; empty when proposals name no unit. */
  units: readonly string[];
}

/** A ministry, agency, BUMN or BUMD: the names KIPP and InoLAN exports carry. */
export interface CentralAgency {
  name: string;
  cluster: Cluster;
  work: readonly Work[];
  /** The kind of rule that anchors its innovations. */
  regulation: string;
  /** For BUMD: the province that owns it. */
  provinceCode?: string;
}

const agency =
  (cluster: Cluster, regulation: string) =>
  (name: string, work: Work[], rule = regulation): CentralAgency => ({
    name,
    cluster,
    work,
    regulation: rule,
  });
const kementerian = agency('kementerian', 'Peraturan Menteri');
const lembaga = agency('lembaga', 'Peraturan Kepala Badan');
const bumn = agency('bumn', 'Keputusan Direksi');
const does = (theme: string, ...units: string[]): Work => ({ theme, units });

export const centralAgencies: readonly CentralAgency[] = [
  kementerian('Kementerian Keuangan', [
    does('pajak', 'Direktorat Jenderal Pajak', 'Kantor Wilayah DJP Jawa Timur I'),
    does('bea-cukai', 'Direktorat Jenderal Bea dan Cukai'),
    does('perbendaharaan', 'Direktorat Jenderal Perbendaharaan', 'Direktorat Jenderal Anggaran'),
    does('lelang', 'Direktorat Jenderal Kekayaan Negara'),
  ]),
  kementerian('Kementerian Kesehatan', [
    does('rsud', 'RSUP Dr. Sardjito', 'RSUP Dr. M. Djamil Padang', 'RSUP Persahabatan'),
    does('stunting', 'Direktorat Jenderal Kesehatan Masyarakat'),
    does('kia', 'Direktorat Jenderal Kesehatan Masyarakat'),
  ]),
  kementerian('Kementerian Badan Usaha Milik Negara', [
    does('bumn-umkm', 'Deputi Bidang Usaha Mikro, Kecil dan Menengah'),
  ]),
  kementerian('Kementerian Pertanian', [
    does(
      'pertanian',
      'Badan Penyuluhan dan Pengembangan SDM Pertanian',
      'Balai Besar Pelatihan Pertanian Binuang',
      'Direktorat Jenderal Tanaman Pangan',
    ),
  ]),
  kementerian('Kementerian Dalam Negeri', [
    does('adminduk', 'Direktorat Jenderal Kependudukan dan Pencatatan Sipil'),
  ]),
  kementerian('Kementerian Hukum dan Hak Asasi Manusia', [
    does('imigrasi', 'Direktorat Jenderal Imigrasi', 'Kantor Imigrasi Kelas I TPI Jakarta Selatan'),
    does('pemasyarakatan', 'Lembaga Pemasyarakatan Kelas IIA Yogyakarta'),
    does('layanan-hukum', 'Direktorat Jenderal Administrasi Hukum Umum'),
  ]),
  kementerian('Kementerian Agama', [
    does('haji', 'Direktorat Jenderal Penyelenggaraan Haji dan Umrah'),
    does('nikah', 'Kantor Urusan Agama Kecamatan Cibinong'),
  ]),
  kementerian('Kementerian Perhubungan', [
    does('angkutan-darat', 'Direktorat Jenderal Perhubungan Darat'),
    does('pelabuhan', 'Kantor Kesyahbandaran dan Otoritas Pelabuhan Tanjung Perak'),
  ]),
  kementerian('Kementerian Sosial', [
    does(
      'sosial',
      'Direktorat Jenderal Perlindungan dan Jaminan Sosial',
      'Direktorat Jenderal Rehabilitasi Sosial',
    ),
  ]),
  kementerian('Kementerian Ketenagakerjaan', [
    does(
      'ketenagakerjaan',
      'Direktorat Jenderal Pembinaan Penempatan Tenaga Kerja dan Perluasan Kesempatan Kerja',
    ),
  ]),
  kementerian('Kementerian Kelautan dan Perikanan', [
    does(
      'perikanan',
      'Direktorat Jenderal Perikanan Budidaya',
      'Direktorat Jenderal Perikanan Tangkap',
    ),
  ]),
  kementerian('Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional', [
    does(
      'pertanahan',
      'Kantor Pertanahan Kota Surabaya I',
      'Kantor Wilayah BPN Provinsi Jawa Tengah',
    ),
  ]),
  kementerian('Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi', [
    does(
      'pendidikan',
      'Direktorat Jenderal Pendidikan Anak Usia Dini, Pendidikan Dasar, dan Pendidikan Menengah',
    ),
  ]),
  kementerian('Kementerian Lingkungan Hidup dan Kehutanan', [
    does('sampah', 'Direktorat Jenderal Pengelolaan Sampah, Limbah dan B3'),
    does('iklim', 'Direktorat Jenderal Pengendalian Perubahan Iklim'),
  ]),
  kementerian('Kementerian Energi dan Sumber Daya Mineral', [
    does('bbm', 'Direktorat Jenderal Minyak dan Gas Bumi'),
    does('listrik', 'Direktorat Jenderal Energi Baru, Terbarukan dan Konservasi Energi'),
  ]),
  kementerian('Kementerian Koperasi dan Usaha Kecil dan Menengah', [
    does('umkm', 'Deputi Bidang Usaha Mikro', 'Deputi Bidang Kewirausahaan'),
  ]),
  kementerian('Kementerian Pemberdayaan Perempuan dan Perlindungan Anak', [
    does(
      'perempuan-anak',
      'Deputi Bidang Perlindungan Khusus Anak',
      'Deputi Bidang Kesetaraan Gender',
    ),
  ]),
  kementerian('Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi', [
    does('desa-digital', 'Direktorat Jenderal Pembangunan Desa dan Perdesaan'),
  ]),
  kementerian('Kementerian Pariwisata dan Ekonomi Kreatif', [
    does('pariwisata', 'Deputi Bidang Pengembangan Destinasi dan Infrastruktur'),
  ]),
  kementerian('Kementerian Pekerjaan Umum dan Perumahan Rakyat', [
    does(
      'jalan',
      'Direktorat Jenderal Bina Marga',
      'Balai Besar Pelaksanaan Jalan Nasional Jawa Timur-Bali',
    ),
  ]),
  lembaga(
    'BPJS Kesehatan',
    [
      does(
        'jaminan-kesehatan',
        'Kantor Cabang Bukittinggi',
        'Kedeputian Wilayah Jawa Timur',
        'Kantor Pusat BPJS Kesehatan',
      ),
    ],
    'Peraturan Direksi',
  ),
  lembaga(
    'BPJS Ketenagakerjaan',
    [does('jaminan-sosial-kerja', 'Kantor Cabang Medan Kota', 'Kantor Pusat BPJS Ketenagakerjaan')],
    'Peraturan Direksi',
  ),
  lembaga('Badan Pengawas Obat dan Makanan', [
    does('pengawasan-obat', 'Balai Besar POM di Padang', 'Direktorat Pengawasan Pangan Olahan'),
  ]),
  lembaga('Badan Kepegawaian Negara', [
    does('kepegawaian', 'Kantor Regional II BKN Surabaya', 'Direktorat Pengadaan dan Kepangkatan'),
  ]),
  lembaga('Arsip Nasional Republik Indonesia', [
    does('kearsipan', 'Direktorat Pengolahan', 'Direktorat Layanan dan Pemanfaatan'),
  ]),
  lembaga(
    'Kepolisian Negara Republik Indonesia',
    [does('kepolisian', 'Polda Jawa Timur', 'Polres Banyuwangi', 'Polresta Padang')],
    'Peraturan Kepolisian',
  ),
  lembaga('Badan Pusat Statistik', [
    does('statistik', 'BPS Provinsi Jawa Barat', 'Direktorat Diseminasi Statistik'),
  ]),
  lembaga('Lembaga Administrasi Negara', [
    does(
      'pembelajaran-asn',
      'Pusat Pembelajaran dan Strategi Kebijakan Inovasi Administrasi Negara',
    ),
  ]),
  lembaga('Badan Nasional Penanggulangan Bencana', [
    does('kebencanaan', 'Pusat Data, Informasi dan Komunikasi Kebencanaan'),
  ]),
  lembaga('Badan Meteorologi, Klimatologi, dan Geofisika', [
    does(
      'kebencanaan',
      'Balai Besar Meteorologi, Klimatologi, dan Geofisika Wilayah III',
      'Stasiun Meteorologi Maritim Tanjung Perak',
    ),
  ]),
  lembaga('Badan Kependudukan dan Keluarga Berencana Nasional', [
    does('stunting', 'Perwakilan BKKBN Provinsi Sumatera Barat'),
    does('kia', 'Direktorat Bina Keluarga Balita dan Anak'),
  ]),
  lembaga(
    'Mahkamah Agung',
    [does('peradilan', 'Pengadilan Negeri Surabaya', 'Pengadilan Agama Jakarta Selatan')],
    'Surat Keputusan Ketua Mahkamah Agung',
  ),
  bumn('PT Bank Rakyat Indonesia (Persero) Tbk', [
    does('perbankan', 'Kantor Wilayah Padang', 'Divisi Bisnis Usaha Mikro'),
  ]),
  bumn('PT Bank Mandiri (Persero) Tbk', [does('perbankan', 'Regional Office Jawa Timur')]),
  bumn('PT Bank Negara Indonesia (Persero) Tbk', [does('perbankan', 'Divisi Bisnis Kecil')]),
  bumn('PT PLN (Persero)', [
    does('listrik', 'Unit Induk Wilayah Sumatera Barat', 'Unit Induk Distribusi Jawa Timur'),
  ]),
  bumn('PT Pos Indonesia (Persero)', [does('pos-logistik', 'Kantor Regional Surabaya')]),
  bumn('PT Pertamina (Persero)', [does('bbm', 'Marketing Operation Region I')]),
  bumn('PT Kereta Api Indonesia (Persero)', [does('kereta-api', 'Daerah Operasi 8 Surabaya')]),
  bumn('PT Telkom Indonesia (Persero) Tbk', [does('desa-digital', 'Divisi Digital Business')]),
  bumn('Perum BULOG', [
    does('pangan-nasional', 'Kantor Wilayah Sulawesi Selatan dan Sulawesi Barat'),
  ]),
  bumn('PT Taspen (Persero)', [does('pensiun', 'Kantor Cabang Utama Jakarta')]),
];

const bumd = (name: string, provinceCode: string, work: Work[]): CentralAgency => ({
  name,
  cluster: 'bumd',
  work,
  regulation: 'Keputusan Direksi',
  provinceCode,
});
const bumdBank = (name: string, provinceCode: string): CentralAgency =>
  bumd(name, provinceCode, [does('perbankan'), does('pajak-bank')]);

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
  bumd('PT Transportasi Jakarta', '31', [does('bus-kota')]),
  bumd('PT MRT Jakarta (Perseroda)', '31', [does('kereta-api')]),
  bumd('Perumda Pasar Jaya', '31', [does('umkm')]),
];

/**
 * Agencies that appear only with the real innovations of `data/real/innovations.tsv`: the
 * sample invents nothing more in their name.
 */
export const realOnlyAgencies: readonly CentralAgency[] = [
  lembaga('Lembaga Ilmu Pengetahuan Indonesia (LIPI)', [does('kearsipan')]),
  lembaga('Badan Pengawasan Keuangan dan Pembangunan (BPKP)', [does('desa-digital')]),
];
