import { economyLabels, financeLabels } from './categories.ts';
import type { Theme } from './theme.ts';

const energyLabels = [
  'Pelaksanaan Program Swasembada Pangan, Air dan Energi',
  'Energi dan Sumber Daya Mineral',
] as const;

/** Energy, banking, food and social-insurance themes of national agencies and companies. */
export const enterpriseThemes: readonly Theme[] = [
  {
    key: 'listrik',
    sector: 'energi',
    sdgs: [7],
    opd: [],
    categories: energyLabels,
    stories: [
      {
        digital: true,
        heads: ['Layanan', 'Aplikasi'],
        objects: [
          'Sambung Listrik Online',
          'Listrik Pintar',
          'Pasang Baru Listrik',
          'Tambah Daya Listrik',
        ],
        tails: ['', '', 'Mobile', 'Tanpa Antre'],
        problem: ['pengajuan sambungan listrik baru lama dan berbelit'],
        goal: ['mempercepat penyambungan listrik'],
        action: [
          'penyambungan baru diajukan dan dibayar lewat aplikasi dan petugas datang sesuai jadwal',
        ],
        results: [
          'waktu penyambungan baru turun dari {a:7-21} hari menjadi {b<a} hari',
          '{n:1000-4800} rumah tangga tersambung listrik setiap bulan',
        ],
      },
      {
        digital: false,
        heads: ['Program', 'Gerakan'],
        objects: ['Listrik Desa', 'Listrik Desa Terpencil', 'Energi Surya Desa'],
        tails: ['', '', 'Terbarukan'],
        problem: ['desa terpencil belum berlistrik'],
        goal: ['melistriki desa terpencil'],
        action: ['pembangkit tenaga surya dibangun bersama warga desa'],
        results: [
          'rasio elektrifikasi naik dari {a:70-90}% menjadi {b>a:99}%',
          '{n:200-4000} rumah tangga tersambung listrik',
        ],
      },
    ],
  },
  {
    key: 'bbm',
    sector: 'energi',
    sdgs: [7],
    opd: [],
    categories: energyLabels,
    stories: [
      {
        digital: false,
        heads: ['Program', 'Layanan'],
        objects: ['BBM Satu Harga', 'Penyalur BBM Desa', 'Penyaluran BBM Tepat Sasaran'],
        tails: ['', ''],
        problem: ['harga bahan bakar di daerah terpencil jauh lebih mahal'],
        goal: ['menyamakan harga bahan bakar di seluruh wilayah'],
        action: [
          'lembaga penyalur bahan bakar dibangun di kecamatan terpencil dengan harga yang sama dengan di kota',
        ],
        results: [
          'harga bensin di daerah terpencil turun dari Rp{a:15-30} ribu menjadi Rp{b<a} ribu per liter',
          '{k:10-150} penyalur BBM satu harga beroperasi',
        ],
      },
      {
        digital: true,
        heads: ['Aplikasi', 'Sistem', 'Layanan'],
        objects: [
          'Subsidi Energi Tepat Sasaran',
          'Elpiji Tepat Sasaran',
          'BBM Bersubsidi Tepat Sasaran',
        ],
        tails: ['', '', 'Digital', 'Terintegrasi'],
        problem: ['BBM dan elpiji bersubsidi banyak dinikmati yang tidak berhak'],
        goal: ['menyalurkan BBM dan elpiji bersubsidi tepat sasaran'],
        action: [
          'pembeli BBM dan elpiji bersubsidi didaftarkan dan setiap pembelian dicatat dengan kode QR',
        ],
        results: [
          '{n:1000-4800} penyalur mencatat penjualan secara digital',
          'penyaluran subsidi yang tidak tepat sasaran berkurang {a:20-60}%',
        ],
      },
    ],
  },
  {
    key: 'perbankan',
    sector: 'ekonomi-umkm',
    sdgs: [8, 10],
    opd: [],
    categories: [...economyLabels, 'Pemulihan Ekonomi'],
    stories: [
      {
        digital: false,
        heads: ['Agen', 'Layanan', 'Program'],
        objects: ['Agen Bank Desa', 'Laku Pandai Desa', 'Bank Keliling'],
        tails: ['', ''],
        problem: ['warga desa belum terjangkau layanan bank'],
        goal: ['memperluas akses keuangan masyarakat desa'],
        action: ['warung dan toko desa menjadi agen bank yang melayani tabungan dan pembayaran'],
        results: [
          '{n:100-4800} agen melayani desa tanpa kantor bank',
          'jumlah rekening tabungan warga desa naik {a:15-60}%',
        ],
      },
      {
        digital: true,
        heads: ['Layanan', 'Aplikasi', 'Program'],
        objects: ['Kredit Usaha Rakyat', 'Pembiayaan Ultra Mikro', 'Kredit Usaha Mikro Online'],
        tails: ['', '', 'Digital', 'Mobile'],
        problem: ['pelaku usaha mikro sulit mendapat kredit karena prosedur berbelit'],
        goal: ['menyalurkan kredit kepada usaha mikro'],
        action: [
          'pengajuan kredit usaha diproses lewat aplikasi dan dana cair ke rekening nasabah',
        ],
        results: [
          'penyaluran kredit mikro naik {a:10-50}%',
          'waktu pencairan kredit turun dari {a:7-14} hari menjadi {b<a} hari',
        ],
      },
      {
        digital: false,
        heads: ['Gerakan', 'Program'],
        objects: ['Tabungan Pelajar', 'Gemar Menabung Pelajar'],
        tails: ['', ''],
        problem: ['pelajar belum terbiasa menabung'],
        goal: ['menumbuhkan kebiasaan menabung sejak sekolah'],
        action: ['petugas bank membuka layanan tabungan di sekolah setiap pekan'],
        results: [
          '{n:500-4800} pelajar membuka rekening tabungan',
          'saldo tabungan pelajar naik {a:20-80}% per tahun',
        ],
      },
    ],
  },
  {
    key: 'pajak-bank',
    sector: 'keuangan-pajak',
    sdgs: [16, 17],
    opd: [],
    categories: financeLabels,
    stories: [
      {
        digital: true,
        heads: ['Layanan', 'Aplikasi'],
        objects: ['Bayar Pajak di Bank', 'Pembayaran Pajak Daerah Online'],
        tails: ['', '', 'Mobile'],
        problem: ['wajib pajak daerah harus antre di kantor pendapatan'],
        goal: ['mempermudah pembayaran pajak daerah lewat bank'],
        action: ['wajib pajak membayar pajak kendaraan dan PBB lewat mobile banking dan agen bank'],
        results: [
          '{n:1000-4800} transaksi pajak daerah setiap hari',
          'waktu pembayaran pajak turun dari {a:60-180} menit menjadi {b<a} menit',
        ],
      },
    ],
  },
  {
    key: 'bumn-umkm',
    sector: 'ekonomi-umkm',
    sdgs: [8],
    opd: [],
    categories: [...economyLabels, 'Pemulihan Ekonomi', 'Pelayanan Koperasi dan UMKM'],
    stories: [
      {
        digital: false,
        heads: ['Rumah', 'Program', 'Gerakan', 'Klinik'],
        objects: [
          'BUMN untuk UMKM',
          'Rumah Kreatif BUMN',
          'UMKM Binaan BUMN',
          'Pendampingan UMKM oleh BUMN',
          'Mitra UMKM BUMN',
        ],
        tails: ['', '', 'Terpadu', 'Naik Kelas'],
        problem: ['pelaku UMKM sulit memasarkan produk dan mendapat modal'],
        goal: ['membina UMKM bersama BUMN'],
        action: [
          'BUMN membuka rumah kreatif tempat UMKM dilatih, dipromosikan dan dihubungkan dengan pembiayaan',
        ],
        results: [
          '{n:500-4800} UMKM binaan naik kelas',
          'omzet UMKM binaan naik rata-rata {a:15-60}%',
        ],
      },
    ],
  },
  {
    key: 'pangan-nasional',
    sector: 'pertanian-pangan',
    sdgs: [2],
    opd: [],
    categories: [
      'Pertanian dan Ketahanan Pangan',
      'Ketahanan Pangan',
      'Pelaksanaan Program Swasembada Pangan, Air dan Energi',
      'Pelayanan Pertanian',
    ],
    stories: [
      {
        digital: false,
        heads: ['Program', 'Gerakan'],
        objects: ['Stabilisasi Harga Beras', 'Serap Gabah Petani', 'Beras Murah Rakyat'],
        tails: ['', ''],
        problem: ['harga beras melonjak saat paceklik dan gabah petani dibeli murah saat panen'],
        goal: ['menjaga harga beras dan gabah tetap wajar'],
        action: [
          'gabah petani dibeli pada harga pemerintah saat panen dan beras cadangan dijual murah saat harga naik',
        ],
        results: [
          '{n:1000-4800} ton gabah petani diserap setiap musim panen',
          'kenaikan harga beras di pasar tertahan di bawah {a:3-8}%',
        ],
      },
      {
        digital: false,
        heads: ['Gerai', 'Program', 'Toko'],
        objects: ['Rumah Pangan Rakyat', 'Pangan Murah Desa', 'Beras Sampai Desa'],
        tails: ['', '', 'Terpadu'],
        problem: ['warga desa terpencil membeli beras dan minyak goreng jauh lebih mahal'],
        goal: ['mendekatkan pangan pokok dengan harga wajar ke desa'],
        action: [
          'warung desa menjadi gerai yang menjual beras dan pangan pokok dengan harga acuan',
        ],
        results: [
          '{k:50-900} gerai pangan melayani desa',
          'harga beras di gerai desa {a:5-20}% lebih murah dari harga pasar',
        ],
      },
    ],
  },
  {
    key: 'jaminan-sosial-kerja',
    sector: 'ketenagakerjaan',
    sdgs: [1, 8],
    opd: [],
    categories: [
      'Pertumbuhan Ekonomi dan Kesempatan Kerja',
      'Penyediaan Lapangan Kerja dan Peningkatan Kualitas Tenaga Kerja',
      'Pelayanan Ketenagakerjaan',
      'Ekonomi dan UMKM',
      'Pertumbuhan Ekonomi dan Daya Saing',
    ],
    stories: [
      {
        digital: true,
        heads: ['Layanan', 'Aplikasi'],
        objects: [
          'Klaim Jaminan Hari Tua Online',
          'Klaim Jaminan Pekerja Tanpa Antre',
          'Layanan Peserta Tanpa Kontak Fisik',
        ],
        tails: ['', '', 'Mobile', 'Digital'],
        problem: ['peserta harus antre berjam-jam di kantor cabang untuk mencairkan jaminan'],
        goal: ['mempercepat klaim jaminan sosial pekerja'],
        action: ['peserta mengajukan klaim dan verifikasi wajah lewat aplikasi'],
        results: [
          'waktu klaim turun dari {a:5-14} hari menjadi {b<a} hari',
          '{n:1000-4800} klaim dilayani daring setiap hari',
        ],
      },
      {
        digital: false,
        heads: ['Program', 'Gerakan'],
        objects: [
          'Perlindungan Pekerja Informal',
          'Jaminan Sosial Pekerja Rentan',
          'Pekerja Desa Terlindungi',
        ],
        tails: ['', '', 'Desa'],
        problem: ['pekerja informal seperti petani dan nelayan belum terlindungi jaminan sosial'],
        goal: ['melindungi pekerja informal dari risiko kecelakaan kerja'],
        action: [
          'agen di desa mendaftarkan pekerja informal dan iurannya dibantu pemerintah daerah dan donatur',
        ],
        results: [
          '{n:1000-4800} pekerja informal terdaftar setiap tahun',
          'kepesertaan pekerja informal naik dari {a:5-15}% menjadi {b>a:40}%',
        ],
      },
    ],
  },
];
