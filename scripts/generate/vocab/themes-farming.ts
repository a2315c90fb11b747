import type { Theme } from './theme.ts';
/** Farming and fishing themes of regional governments. */
export const farmingThemes: readonly Theme[] = [
  {
    key: 'pertanian',
    sector: 'pertanian-pangan',
    sdgs: [2],
    opd: ['Dinas Pertanian'],
    categories: [
      'Pertanian dan Ketahanan Pangan',
      'Ketahanan Pangan',
      'Pertumbuhan Ekonomi dan Daya Saing',
      'Pelaksanaan Program Swasembada Pangan, Air dan Energi',
      'Pertanian',
      'Pangan',
      'Pelayanan Pertanian',
    ],
    stories: [
      {
        digital: false,
        heads: ['Gerakan', 'Klinik', 'Sekolah Lapang', 'Kampung'],
        objects: ['Pupuk Organik', 'Padi Organik', 'Petani Mandiri Pupuk'],
        tails: ['', '', 'Mandiri', 'Berbasis Kelompok Tani'],
        problem: ['harga pupuk mahal dan produktivitas padi petani rendah'],
        goal: ['meningkatkan produktivitas petani'],
        action: ['penyuluh mendampingi kelompok tani membuat pupuk organik sendiri'],
        results: [
          'produktivitas padi naik dari {a:4.2-5.4} menjadi {b>a:7.2} ton per hektare',
          'biaya pupuk petani turun {a:15-45}%',
        ],
      },
      {
        digital: false,
        heads: ['Gerakan', 'Lumbung', 'Sekolah', 'Kampung'],
        objects: ['Petani Milenial', 'Tani Muda'],
        tails: ['', '', 'Mandiri', 'Terpadu'],
        problem: ['petani makin tua dan anak muda enggan bertani'],
        goal: ['menarik anak muda menjadi petani'],
        action: ['pemuda desa dilatih bertani modern dan dipinjami alat mesin pertanian'],
        results: [
          '{n:50-1200} petani milenial baru bergabung dengan kelompok tani',
          'pendapatan petani muda binaan naik rata-rata {a:20-60}%',
        ],
      },
      {
        digital: false,
        opd: ['Dinas Pertanian', 'Dinas Ketahanan Pangan'],
        heads: ['Gerakan', 'Program'],
        objects: ['Tanam Serentak', 'Lahan Tidur Produktif', 'Pekarangan Pangan Lestari'],
        tails: ['', 'Berbasis Kelompok Tani', 'Terpadu'],
        problem: ['banyak lahan tidur tidak ditanami'],
        goal: ['memperkuat ketahanan pangan daerah'],
        action: [
          'lahan tidur ditanami serentak bersama kelompok tani dan hasilnya dijual ke pasar daerah',
        ],
        results: [
          'luas tanam naik dari {a:200-900} hektare menjadi {b>a:2500} hektare',
          '{k:10-120} kelompok tani ikut tanam serentak',
        ],
      },
      {
        digital: true,
        opd: ['Dinas Pertanian', 'Dinas Ketahanan Pangan'],
        heads: ['Aplikasi', 'Sistem Informasi', 'Layanan'],
        objects: ['Harga Pangan', 'Benih Unggul Petani', 'Pangan Lokal'],
        tails: ['', '', 'Online'],
        problem: ['petani tidak tahu harga pasar dan menjual panen terlalu murah'],
        goal: ['membantu petani menjual hasil panen dengan harga wajar'],
        action: ['petani melihat harga pangan harian dan memesan benih unggul lewat aplikasi'],
        results: [
          'harga jual gabah petani naik rata-rata {a:5-25}%',
          '{n:200-4800} petani memakai aplikasi setiap bulan',
        ],
      },
    ],
  },
  {
    key: 'perikanan',
    sector: 'kelautan-perikanan',
    sdgs: [14],
    opd: ['Dinas Kelautan dan Perikanan'],
    categories: [
      'Pelayanan Perikanan',
      'Kelautan dan Perikanan',
      'Ekonomi dan UMKM',
      'Ketahanan Pangan',
      'Pertumbuhan Ekonomi dan Daya Saing',
      'Pelaksanaan Program Swasembada Pangan, Air dan Energi',
    ],
    stories: [
      {
        digital: false,
        heads: ['Kampung', 'Gerakan', 'Koperasi'],
        objects: ['Nelayan Sejahtera', 'Nelayan Milenial', 'Ikan Segar Nelayan'],
        tails: ['', '', 'Mandiri', 'Terpadu'],
        problem: ['harga ikan di tingkat nelayan anjlok saat musim tangkap'],
        goal: ['meningkatkan pendapatan nelayan'],
        action: [
          'nelayan menjual hasil tangkapan langsung ke pembeli lewat koperasi dan menyimpan ikan di gudang pendingin',
        ],
        results: [
          'pendapatan nelayan naik rata-rata {a:15-50}%',
          'harga ikan di tingkat nelayan naik dari Rp{a:12-20} ribu menjadi Rp{b>a:35} ribu per kilogram',
        ],
      },
      {
        digital: false,
        heads: ['Kampung', 'Gerakan', 'Sekolah'],
        objects: ['Budidaya Ikan', 'Rumput Laut', 'Budidaya Ikan Air Tawar'],
        tails: ['', '', 'Mandiri', 'Terpadu'],
        problem: ['kolam dan pesisir desa belum dimanfaatkan untuk budidaya'],
        goal: ['mengembangkan budidaya ikan'],
        action: ['kelompok pembudidaya dilatih dan diberi benih serta pakan'],
        results: [
          'produksi budidaya naik dari {a:50-300} ton menjadi {b>a:900} ton per tahun',
          '{k:10-120} kelompok pembudidaya aktif',
        ],
      },
    ],
  },
];
