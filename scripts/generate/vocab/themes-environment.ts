import type { Theme } from './theme.ts';

const environmentLabels = [
  'Lingkungan Hidup',
  'Perlindungan dan Pelestarian Lingkungan Hidup',
  'Pembangunan Sosial dan Lingkungan',
  'Pelestarian Lingkungan Hidup',
] as const;

/** Waste, water and climate themes. */
export const environmentThemes: readonly Theme[] = [
  {
    key: 'sampah',
    sector: 'lingkungan',
    sdgs: [11, 12],
    opd: ['Dinas Lingkungan Hidup'],
    categories: [
      ...environmentLabels,
      'Pelayanan Kebersihan dan Persampahan',
      'Pelayanan Lingkungan Hidup',
    ],
    stories: [
      {
        digital: false,
        heads: ['Gerakan', ''],
        objects: [
          'Bank Sampah',
          'Bank Sampah Jadi Berkah',
          'Sedekah Sampah',
          'Bank Sampah Sekolah',
        ],
        tails: ['', '', 'Berbasis Masyarakat', 'Mandiri'],
        problem: ['sampah rumah tangga menumpuk dan tempat pembuangan akhir hampir penuh'],
        goal: ['mengurangi sampah yang dibuang ke tempat pembuangan akhir'],
        action: [
          'warga menabung sampah terpilah di bank sampah dan menukarnya dengan uang atau sembako',
        ],
        results: [
          'sampah ke tempat pembuangan akhir berkurang {a:10-40}%',
          '{k:10-150} bank sampah aktif di seluruh kelurahan',
        ],
      },
      {
        digital: false,
        heads: ['Gerakan', 'Kampung'],
        objects: [
          'Pengelolaan Sampah',
          'Pilah Sampah',
          'Sampah Plastik',
          'Kompos Warga',
          'Lingkungan Bersih',
        ],
        tails: ['', '', 'Berbasis Masyarakat', 'Mandiri', 'Terpadu'],
        problem: ['warga membuang sampah ke sungai dan lahan kosong'],
        goal: ['mengajak warga memilah dan mengolah sampah'],
        action: [
          'sampah organik diolah menjadi kompos di setiap kelurahan dan sampah plastik dijual ke pendaur ulang',
        ],
        results: [
          'sampah yang diolah naik dari {a:5-20}% menjadi {b>a:60}% dari timbulan sampah',
          'sampah ke tempat pembuangan akhir turun dari {a:80-300} ton menjadi {b<a} ton per hari',
        ],
      },
      {
        digital: true,
        heads: ['Aplikasi', 'Layanan'],
        objects: ['Angkut Sampah Online', 'Jemput Sampah'],
        tails: ['', '', 'Terjadwal'],
        problem: ['sampah rumah tangga sering terlambat diangkut'],
        goal: ['mempercepat pengangkutan sampah rumah tangga'],
        action: [
          'warga memesan penjemputan sampah terpilah lewat aplikasi dan membayar retribusi secara non tunai',
        ],
        results: [
          'sampah yang terangkut tepat waktu naik dari {a:50-70}% menjadi {b>a:97}%',
          '{n:500-4800} rumah tangga berlangganan penjemputan sampah',
        ],
      },
    ],
  },
  {
    key: 'air-minum',
    sector: 'infrastruktur-transportasi',
    sdgs: [6],
    opd: ['Perumda Air Minum'],
    categories: [
      'Infrastruktur dan Transportasi',
      'Pekerjaan Umum dan Penataan Ruang',
      'Pelayanan Air Bersih dan Sanitasi',
    ],
    stories: [
      {
        digital: false,
        heads: ['Gerakan', 'Program', 'Sambungan'],
        objects: ['Air Bersih', 'Sambungan Rumah Murah', 'Air Minum Aman'],
        tails: ['', '', 'Masyarakat Berpenghasilan Rendah'],
        problem: ['banyak rumah tangga belum mendapat air bersih perpipaan'],
        goal: ['memperluas layanan air minum'],
        action: ['warga berpenghasilan rendah mendapat sambungan baru dengan cicilan ringan'],
        results: [
          'cakupan air minum perpipaan naik dari {a:40-65}% menjadi {b>a:90}%',
          '{n:300-4800} sambungan rumah baru terpasang',
        ],
      },
      {
        digital: true,
        heads: ['Layanan', 'Aplikasi', 'Sistem'],
        objects: ['Cek Meter Air Mandiri', 'Bayar Rekening Air Online', 'Lapor Kebocoran Pipa Air'],
        tails: ['', ''],
        problem: ['kehilangan air karena kebocoran pipa tinggi'],
        goal: ['mengurangi kebocoran air'],
        action: ['pelanggan melaporkan kebocoran dan mencatat meter airnya sendiri lewat aplikasi'],
        results: [
          'kehilangan air turun dari {a:30-45}% menjadi {b<a}%',
          'waktu perbaikan pipa bocor turun dari {a:24-72} jam menjadi {b<a} jam',
        ],
      },
    ],
  },
  {
    key: 'iklim',
    sector: 'lingkungan',
    sdgs: [13],
    opd: ['Dinas Lingkungan Hidup'],
    categories: [...environmentLabels, 'Pelayanan Lingkungan Hidup'],
    stories: [
      {
        digital: false,
        heads: ['Program', 'Gerakan'],
        objects: ['Kampung Iklim', 'Desa Tangguh Iklim'],
        tails: ['', '', 'Berbasis Masyarakat'],
        problem: ['banyak desa belum siap menghadapi dampak perubahan iklim'],
        goal: ['memperkuat adaptasi dan mitigasi perubahan iklim di tingkat tapak'],
        action: [
          'warga menanam pohon, memanen air hujan dan mengolah sampah dengan pendampingan petugas',
        ],
        results: [
          '{k:10-300} kampung iklim terbentuk',
          'lahan kritis di kampung binaan turun dari {a:100-500} hektare menjadi {b<a} hektare',
        ],
      },
    ],
  },
];
