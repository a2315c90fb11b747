import { governanceLabels, healthLabels } from './categories.ts';
import type { Theme } from './theme.ts';
/** Health-insurance, food and drug, civil-service, archive and statistics themes of national agencies. */
export const centralThemes: readonly Theme[] = [
  {
    key: 'jaminan-kesehatan',
    sector: 'kesehatan',
    sdgs: [3],
    opd: [],
    categories: healthLabels,
    stories: [
      {
        digital: true,
        heads: ['Layanan', 'Aplikasi', 'Sistem'],
        objects: ['Antrean Faskes Online', 'Peserta JKN', 'Rujukan Online JKN'],
        tails: ['', '', 'Mobile', 'Terintegrasi'],
        problem: [
          'peserta jaminan kesehatan mengantre lama di fasilitas kesehatan tingkat pertama (faskes)',
        ],
        goal: ['mempermudah peserta mendapatkan layanan kesehatan'],
        action: [
          'peserta mendaftar antrean faskes dan memperbarui data kepesertaan lewat aplikasi',
        ],
        results: [
          'waktu tunggu peserta di faskes turun dari {a:60-180} menit menjadi {b<a} menit',
          '{n:2000-4800} peserta memakai antrean daring setiap hari',
        ],
      },
      {
        digital: false,
        heads: ['Layanan', 'Program', 'Kader'],
        objects: ['Peserta JKN Keliling', 'Kader JKN', 'Pendaftaran Peserta JKN'],
        tails: ['', '', 'Desa'],
        problem: ['banyak warga belum terdaftar sebagai peserta JKN'],
        goal: ['memperluas kepesertaan Jaminan Kesehatan Nasional (JKN)'],
        action: ['kader JKN mendatangi warga untuk mendaftarkan dan mengingatkan iuran'],
        results: [
          'cakupan kepesertaan JKN naik dari {a:75-88}% menjadi {b>a:99}%',
          'tunggakan iuran peserta berkurang {a:10-40}%',
        ],
      },
    ],
  },
  {
    key: 'pengawasan-obat',
    sector: 'kesehatan',
    sdgs: [3, 12],
    opd: [],
    categories: healthLabels,
    stories: [
      {
        digital: true,
        heads: ['Aplikasi', 'Layanan', 'Sistem'],
        objects: ['Cek Klik Obat', 'Cek Izin Edar Obat dan Makanan', 'Obat Aman'],
        tails: ['', '', 'Mobile', 'Online'],
        problem: ['peredaran obat dan makanan ilegal sulit diawasi'],
        goal: ['melindungi masyarakat dari obat dan makanan berbahaya'],
        action: [
          'warga mengecek kemasan, label, izin edar dan kedaluwarsa produk dengan memindai kode di kemasan',
        ],
        results: [
          '{n:100-4800} produk ilegal ditarik dari peredaran',
          'temuan pangan berbahaya di pasar turun dari {a:8.0-15.0}% menjadi {b<a}%',
        ],
      },
      {
        digital: false,
        heads: ['Gerakan', 'Pasar', 'Kampung'],
        objects: [
          'Keamanan Pangan',
          'Pasar Aman dari Bahan Berbahaya',
          'Jajanan Sekolah Aman',
          'Desa Pangan Aman',
        ],
        tails: ['', '', 'Terpadu', 'Berbasis Masyarakat'],
        problem: ['pangan jajanan dan pangan di pasar masih mengandung bahan berbahaya'],
        goal: ['memastikan pangan yang dijual di pasar dan sekolah aman'],
        action: ['petugas menguji sampel pangan di pasar dan sekolah dan melatih pedagang'],
        results: [
          'pangan mengandung bahan berbahaya turun dari {a:8.0-15.0}% menjadi {b<a}%',
          '{k:10-150} pasar dan sekolah menjadi kawasan pangan aman',
        ],
      },
    ],
  },
  {
    key: 'kepegawaian',
    sector: 'tata-kelola',
    sdgs: [16],
    opd: [],
    categories: [...governanceLabels, 'Kepegawaian', 'Pelayanan Kepegawaian'],
    stories: [
      {
        digital: true,
        heads: ['Aplikasi', 'Sistem', 'Layanan'],
        objects: ['Kenaikan Pangkat Otomatis', 'Kepegawaian ASN', 'Mutasi ASN Online'],
        tails: ['', '', 'Terintegrasi', 'Elektronik'],
        problem: [
          'kenaikan pangkat aparatur sipil negara (ASN) diproses manual dan sering terlambat',
        ],
        goal: ['mempercepat layanan kepegawaian ASN'],
        action: ['berkas kepegawaian diajukan dan diverifikasi secara elektronik'],
        results: [
          'waktu layanan kenaikan pangkat turun dari {a:30-90} hari menjadi {b<a} hari',
          '{n:1000-4800} ASN dilayani tanpa datang ke kantor setiap bulan',
        ],
      },
      {
        digital: true,
        heads: ['Sistem', 'Layanan'],
        objects: [
          'Seleksi ASN Transparan',
          'Seleksi CASN Berbasis Komputer',
          'Rekrutmen ASN Terbuka',
        ],
        tails: ['', '', 'Online'],
        problem: ['seleksi calon aparatur sipil negara rawan kecurangan dan titipan'],
        goal: ['menyelenggarakan seleksi ASN yang bersih dan terbuka'],
        action: [
          'peserta mendaftar daring dan mengikuti ujian berbasis komputer yang nilainya tampil langsung',
        ],
        results: [
          '{n:1000-4800} peserta diuji setiap hari seleksi',
          'pengaduan kecurangan seleksi berkurang {a:40-90}%',
        ],
      },
    ],
  },
  {
    key: 'pembelajaran-asn',
    sector: 'tata-kelola',
    sdgs: [4, 16],
    opd: [],
    categories: [...governanceLabels, 'Pendidikan dan Pelatihan', 'Pelayanan Kepegawaian'],
    stories: [
      {
        digital: true,
        heads: ['Portal', 'Sistem', 'Layanan'],
        objects: ['Pembelajaran ASN Online', 'Pengembangan Kompetensi ASN', 'Sekolah Kader ASN'],
        tails: ['', '', 'Terintegrasi'],
        problem: ['banyak aparatur sipil negara belum mendapat pelatihan karena biaya perjalanan'],
        goal: ['memperluas pengembangan kompetensi ASN'],
        action: ['ASN mengikuti pelatihan dan sertifikasi secara daring'],
        results: [
          '{n:1000-4800} ASN mengikuti pelatihan daring setiap tahun',
          'biaya pelatihan per peserta turun dari Rp{a:3.0-8.0} juta menjadi Rp{b<a} juta',
        ],
      },
      {
        digital: false,
        heads: ['Program', 'Gerakan'],
        objects: [
          'Laboratorium Inovasi',
          'Laboratorium Inovasi Daerah',
          'Pendampingan Inovasi Instansi',
        ],
        tails: ['', '', 'Terpadu'],
        problem: ['banyak instansi belum tahu cara melahirkan inovasi pelayanan publik'],
        goal: ['mendampingi instansi melahirkan inovasi pelayanan publik'],
        action: [
          'ASN didampingi merancang, menguji dan menerapkan inovasi dalam laboratorium inovasi',
        ],
        results: [
          '{k:10-200} inovasi baru lahir dari laboratorium',
          '{k:5-60} instansi mengikuti laboratorium inovasi',
        ],
      },
    ],
  },
  {
    key: 'kearsipan',
    sector: 'tata-kelola',
    sdgs: [16],
    opd: ['Dinas Perpustakaan dan Kearsipan'],
    categories: [...governanceLabels, 'Kearsipan', 'Pelayanan Informasi Publik'],
    stories: [
      {
        digital: true,
        heads: ['Sistem', 'Layanan', 'Aplikasi'],
        objects: ['Arsip Digital', 'Arsip Statis Online', 'Penelusuran Arsip'],
        tails: ['', '', 'Terpadu', 'Elektronik'],
        problem: ['arsip pemerintah rusak dan sulit ditemukan'],
        goal: ['menyelamatkan arsip dan membukanya bagi publik'],
        action: ['arsip dialihmediakan dan dapat ditelusuri daring'],
        results: [
          '{n:500-4800} arsip dapat diakses publik',
          'waktu penelusuran arsip turun dari {a:3-10} hari menjadi {b<a} hari',
        ],
      },
      {
        digital: false,
        heads: ['Gerakan', 'Program'],
        objects: ['Sadar Tertib Arsip', 'Arsip Keluarga', 'Selamatkan Arsip Desa'],
        tails: ['', '', 'Terpadu'],
        problem: ['banyak arsip penting desa dan keluarga hilang atau rusak'],
        goal: ['membiasakan masyarakat dan instansi menyimpan arsip dengan tertib'],
        action: [
          'petugas arsip melatih perangkat desa dan warga menata dan menyimpan arsip penting',
        ],
        results: [
          '{k:10-200} desa menata arsipnya dengan tertib',
          '{n:500-4800} arsip penting diselamatkan',
        ],
      },
    ],
  },
  {
    key: 'pensiun',
    sector: 'tata-kelola',
    sdgs: [1, 16],
    opd: [],
    categories: governanceLabels,
    stories: [
      {
        digital: true,
        heads: ['Layanan', 'Aplikasi'],
        objects: [
          'Pensiun Tepat Waktu',
          'Klaim Pensiun Online',
          'Otentikasi Pensiunan',
          'Layanan Pensiun Mandiri',
        ],
        tails: ['', '', 'Tanpa Antre', 'Mobile'],
        problem: [
          'pensiunan harus datang ke kantor setiap tahun untuk membuktikan dirinya masih hidup',
        ],
        goal: ['memudahkan layanan pensiun aparatur sipil negara'],
        action: [
          'pensiunan memperbarui data dan mengajukan klaim dengan pengenalan wajah di ponsel',
        ],
        results: [
          'waktu penyelesaian klaim pensiun turun dari {a:7-21} hari menjadi {b<a} hari',
          '{n:1000-4800} pensiunan dilayani tanpa datang ke kantor setiap bulan',
        ],
      },
    ],
  },
  {
    key: 'statistik',
    sector: 'tata-kelola',
    sdgs: [16, 17],
    opd: [],
    categories: [...governanceLabels, 'Statistik', 'Pelayanan Informasi Publik'],
    stories: [
      {
        digital: true,
        heads: ['Layanan', 'Portal', 'Aplikasi'],
        objects: ['Data Statistik Online', 'Konsultasi Statistik Online'],
        tails: ['', '', 'Terpadu'],
        problem: ['pengguna data harus datang ke kantor statistik untuk mendapat data'],
        goal: ['mempermudah akses data statistik'],
        action: [
          'pengguna mengunduh data dan berkonsultasi dengan petugas statistik secara daring',
        ],
        results: [
          'waktu layanan data turun dari {a:3-7} hari menjadi {b<a} hari',
          '{n:1000-4800} tabel data diunduh setiap bulan',
        ],
      },
      {
        digital: false,
        heads: ['Program', 'Gerakan'],
        objects: ['Desa Cinta Statistik', 'Pembinaan Statistik Sektoral', 'Statistik Desa'],
        tails: ['', '', 'Terpadu'],
        problem: ['data desa tidak dikumpulkan dan diolah dengan kaidah statistik'],
        goal: ['membina desa dan instansi mengelola data statistiknya'],
        action: [
          'petugas statistik mendampingi perangkat desa mengumpulkan dan mengolah data desa',
        ],
        results: [
          '{k:10-300} desa dibina menjadi desa cinta statistik',
          'kelengkapan data desa naik dari {a:30-60}% menjadi {b>a:95}%',
        ],
      },
    ],
  },
];
