import { socialLabels } from './categories.ts';
import type { Theme } from './theme.ts';

/** Social care, women and children, and education themes of regional governments. */
export const socialThemes: readonly Theme[] = [
  {
    key: 'sosial',
    sector: 'sosial-kemiskinan',
    sdgs: [1, 10],
    opd: ['Dinas Sosial'],
    categories: socialLabels,
    stories: [
      {
        digital: true,
        heads: ['Sistem Informasi', 'Aplikasi', 'Layanan'],
        objects: ['Bantuan Sosial Tepat Sasaran', 'Data Terpadu Kesejahteraan'],
        tails: ['', 'Berbasis Data', 'Terpadu'],
        problem: ['bantuan sosial sering tidak tepat sasaran'],
        goal: ['menyalurkan bantuan sosial (bansos) tepat sasaran'],
        action: [
          'data keluarga miskin dimutakhirkan bersama desa setiap bulan dan dicocokkan dengan data kependudukan',
        ],
        results: [
          'ketepatan sasaran bantuan naik dari {a:55-75}% menjadi {b>a:98}%',
          '{n:300-4800} keluarga penerima ganda dikeluarkan dari daftar',
        ],
      },
      {
        digital: false,
        heads: ['Layanan', 'Rumah', 'Gerakan', 'Program'],
        objects: ['Peduli Disabilitas', 'Lansia Sejahtera', 'Sahabat Disabilitas'],
        tails: ['', 'Terpadu', 'Desa'],
        problem: ['penyandang disabilitas dan lansia sulit mengakses layanan sosial'],
        goal: ['mendekatkan layanan sosial kepada lansia dan penyandang disabilitas'],
        action: [
          'petugas sosial mengunjungi lansia dan penyandang disabilitas di rumah dan mengurus alat bantu serta jaminan sosialnya',
        ],
        results: [
          '{n:100-2000} lansia dan penyandang disabilitas mendapat layanan di rumah',
          '{n:50-800} alat bantu disalurkan',
        ],
      },
      {
        digital: false,
        heads: ['Gerakan', 'Program', 'Bedah'],
        objects: ['Rumah Layak Huni', 'Rumah Layak Huni Keluarga Miskin'],
        tails: ['', 'Gotong Royong', 'Desa'],
        problem: ['banyak keluarga miskin tinggal di rumah tidak layak huni'],
        goal: ['menyediakan rumah layak huni bagi keluarga miskin'],
        action: [
          'rumah keluarga miskin diperbaiki secara gotong royong dengan dana daerah, desa dan donatur',
        ],
        results: [
          '{n:50-900} rumah tidak layak huni diperbaiki',
          'jumlah rumah tidak layak huni turun dari {a:2000-9000} unit menjadi {b<a} unit',
        ],
      },
      {
        digital: false,
        heads: ['Gerakan', 'Program'],
        objects: ['Keluarga Miskin Mandiri', 'Entaskan Kemiskinan Ekstrem'],
        tails: ['', 'Terpadu', 'Berbasis Desa'],
        problem: ['angka kemiskinan ekstrem belum turun'],
        goal: ['mengurangi kemiskinan ekstrem'],
        action: [
          'keluarga miskin didampingi membuka usaha kecil dan mendapat pelatihan keterampilan',
        ],
        results: [
          'jumlah keluarga miskin ekstrem turun dari {a:800-5000} keluarga menjadi {b<a} keluarga',
          '{n:100-1500} keluarga miskin memiliki usaha sendiri',
        ],
      },
    ],
  },
  {
    key: 'perempuan-anak',
    sector: 'perempuan-anak',
    sdgs: [5, 16],
    opd: ['Dinas Pemberdayaan Perempuan dan Perlindungan Anak'],
    categories: [
      'Pelayanan Publik Responsif Gender',
      'Pelayanan Publik Inklusif dan Berkeadilan',
      'Penguatan Kesetaraan Gender dan Perlindungan Hak Perempuan, Anak, serta Penyandang Disabilitas',
      'Pemberdayaan Perempuan dan Perlindungan Anak',
      'Pelayanan Perlindungan Perempuan dan Anak',
      'Pelayanan Sosial',
      'Pembangunan Sosial dan Lingkungan',
    ],
    stories: [
      {
        digital: false,
        heads: ['Layanan', 'Rumah', 'Pusat'],
        objects: [
          'Pengaduan Kekerasan Perempuan dan Anak',
          'Perlindungan Anak',
          'Perlindungan Perempuan dan Anak',
        ],
        tails: ['', 'Terpadu', '24 Jam'],
        problem: ['kasus kekerasan terhadap perempuan dan anak jarang dilaporkan'],
        goal: ['melindungi perempuan dan anak dari kekerasan'],
        action: [
          'korban dapat melapor lewat telepon siaga 24 jam dan didampingi psikolog serta pendamping hukum sampai pulih',
        ],
        results: [
          '{k:20-300} kasus kekerasan tertangani tuntas setiap tahun',
          'waktu tanggap laporan kekerasan turun dari {a:24-72} jam menjadi {b<a} jam',
        ],
      },
      {
        digital: false,
        heads: ['Gerakan', 'Sahabat', 'Program'],
        objects: ['Cegah Perkawinan Anak', 'Stop Pernikahan Dini'],
        tails: ['', 'Berbasis Masyarakat', 'Desa'],
        problem: ['angka perkawinan anak masih tinggi'],
        goal: ['mencegah perkawinan anak'],
        action: [
          'tokoh agama dan kader desa mengedukasi keluarga dan remaja tentang bahaya perkawinan anak',
        ],
        results: [
          'perkawinan anak turun dari {a:40-150} kasus menjadi {b<a} kasus per tahun',
          '{k:10-80} desa menetapkan aturan desa cegah perkawinan anak',
        ],
      },
      {
        digital: false,
        heads: ['Gerakan', 'Forum', 'Kampung'],
        objects: [
          'Daerah Layak Anak',
          'Ruang Bermain Ramah Anak',
          'Perlindungan Anak Berbasis Masyarakat',
        ],
        tails: ['', ''],
        problem: ['anak belum punya ruang bermain yang aman dan suaranya jarang didengar'],
        goal: ['mewujudkan lingkungan yang ramah dan aman bagi anak'],
        action: [
          'forum anak dilibatkan dalam musyawarah pembangunan dan ruang bermain ramah anak dibangun di setiap kelurahan',
        ],
        results: [
          '{k:5-60} ruang bermain ramah anak dibangun',
          '{k:10-90} kelurahan membentuk kelompok perlindungan anak',
        ],
      },
      {
        digital: false,
        heads: ['Gerakan', 'Sekolah', 'Rumah'],
        objects: ['Perempuan Berdaya', 'Perempuan Kepala Keluarga Mandiri'],
        tails: ['', 'Desa'],
        problem: ['banyak perempuan kepala keluarga tidak memiliki penghasilan tetap'],
        goal: ['memberdayakan perempuan kepala keluarga'],
        action: [
          'perempuan kepala keluarga dilatih keterampilan usaha dan didampingi mengakses modal',
        ],
        results: [
          '{n:50-900} perempuan kepala keluarga memiliki usaha sendiri',
          'pendapatan peserta naik dari Rp{a:0.4-0.9} juta menjadi Rp{b>a:2.5} juta per bulan',
        ],
      },
    ],
  },
  {
    key: 'pendidikan',
    sector: 'pendidikan',
    sdgs: [4],
    opd: ['Dinas Pendidikan'],
    categories: [
      'Pelayanan Pendidikan',
      'Pendidikan',
      'Pelayanan Dasar',
      'Pelayanan Perpustakaan',
      'Perpustakaan',
    ],
    stories: [
      {
        digital: false,
        heads: ['Gerakan', 'Program', 'Rumah'],
        objects: [
          'Anak Putus Sekolah Kembali Sekolah',
          'Kembali ke Sekolah',
          'Wajib Belajar Dua Belas Tahun',
        ],
        tails: ['', 'Terpadu', 'Desa'],
        problem: ['angka putus sekolah masih tinggi di desa'],
        goal: ['mengembalikan anak putus sekolah ke bangku sekolah'],
        action: [
          'relawan mendata anak putus sekolah dan mendampingi mereka kembali belajar di sekolah atau kejar paket',
        ],
        results: [
          '{n:40-900} anak putus sekolah kembali bersekolah',
          'angka putus sekolah turun dari {a:2.0-6.0}% menjadi {b<a}%',
        ],
      },
      {
        digital: false,
        opd: ['Dinas Perpustakaan dan Kearsipan', 'Dinas Pendidikan'],
        heads: ['Gerakan', 'Pojok', 'Rumah'],
        objects: ['Literasi Anak', 'Baca Tulis Desa', 'Gemar Membaca'],
        tails: ['', 'Keliling', 'Desa'],
        problem: ['minat baca anak sekolah dasar rendah'],
        goal: ['meningkatkan literasi anak'],
        action: ['perpustakaan keliling mendatangi sekolah dan desa setiap pekan'],
        results: [
          'nilai literasi siswa naik dari {a:45-60} menjadi {b>a:80}',
          '{k:10-90} sekolah dan desa dikunjungi setiap bulan',
        ],
      },
      {
        digital: false,
        heads: ['Gerakan', 'Program'],
        objects: ['Sekolah Ramah Anak', 'Sekolah Aman dan Nyaman'],
        tails: ['', 'Terpadu'],
        problem: ['perundungan dan kekerasan di sekolah masih terjadi'],
        goal: ['menjadikan sekolah aman dan ramah bagi anak'],
        action: [
          'guru dan siswa dilatih mencegah perundungan dan setiap sekolah membentuk tim pencegahan kekerasan',
        ],
        results: [
          'laporan perundungan turun dari {a:30-120} kasus menjadi {b<a} kasus per tahun',
          '{k:20-200} sekolah menjadi sekolah ramah anak',
        ],
      },
      {
        digital: true,
        heads: ['Aplikasi', 'Portal', 'Komunitas'],
        objects: ['Guru Berbagi', 'Belajar Guru Online'],
        tails: ['', ''],
        problem: ['guru di desa jarang mendapat pelatihan'],
        goal: ['meningkatkan kompetensi guru'],
        action: ['guru berbagi praktik mengajar dan mengikuti pelatihan lewat aplikasi'],
        results: [
          '{n:200-4000} guru mengikuti pelatihan daring',
          'nilai uji kompetensi guru naik dari {a:50-60} menjadi {b>a:80}',
        ],
      },
      {
        digital: true,
        heads: ['Sistem Informasi', 'Layanan', 'Aplikasi'],
        objects: ['Beasiswa Daerah', 'Beasiswa Anak Berprestasi'],
        tails: ['', 'Online', 'Terpadu'],
        problem: ['banyak anak berprestasi dari keluarga miskin tidak melanjutkan sekolah'],
        goal: ['membantu anak keluarga miskin melanjutkan pendidikan'],
        action: ['siswa mendaftar beasiswa secara daring dan penerima diumumkan terbuka'],
        results: [
          '{n:100-2500} siswa menerima beasiswa setiap tahun',
          'angka melanjutkan ke SMA naik dari {a:60-80}% menjadi {b>a:97}%',
        ],
      },
    ],
  },
];
