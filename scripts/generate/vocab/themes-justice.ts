import { governanceLabels, lawLabels } from './categories.ts';
import type { Theme } from './theme.ts';

/** Law, security, land and religious-affairs themes of national agencies. */
export const justiceThemes: readonly Theme[] = [
  {
    key: 'imigrasi',
    sector: 'hukum',
    sdgs: [16],
    opd: [],
    categories: ['Pelayanan Hukum'],
    stories: [
      {
        digital: true,
        heads: ['Layanan', 'Aplikasi'],
        objects: ['Paspor Online', 'Antrean Paspor Online', 'Paspor Simpatik'],
        tails: ['', ''],
        problem: ['pemohon paspor harus antre sejak subuh di kantor imigrasi'],
        goal: ['mempercepat layanan paspor'],
        action: [
          'pemohon mengambil jadwal wawancara paspor lewat aplikasi dan datang sesuai jadwal',
        ],
        results: [
          'waktu penerbitan paspor turun dari {a:4-7} hari menjadi {b<a} hari',
          '{n:1000-4800} paspor terbit setiap bulan',
        ],
      },
      {
        digital: false,
        heads: ['Layanan', 'Program'],
        objects: ['Paspor Keliling', 'Paspor Jemput Bola'],
        tails: ['', ''],
        problem: ['warga di daerah jauh harus menempuh perjalanan panjang ke kantor imigrasi'],
        goal: ['mendekatkan layanan paspor kepada warga'],
        action: [
          'petugas imigrasi membuka layanan paspor di kantor kecamatan, kampus dan perusahaan',
        ],
        results: [
          '{n:300-4000} paspor dilayani di luar kantor setiap tahun',
          'biaya perjalanan pemohon berkurang {a:40-90}%',
        ],
      },
    ],
  },
  {
    key: 'pemasyarakatan',
    sector: 'hukum',
    sdgs: [16],
    opd: [],
    categories: lawLabels,
    stories: [
      {
        digital: false,
        heads: ['Program', 'Bengkel', 'Pelatihan'],
        objects: ['Kemandirian Warga Binaan', 'Warga Binaan Produktif'],
        tails: ['', '', 'Mandiri'],
        problem: [
          'banyak mantan narapidana kembali melakukan kejahatan karena tidak punya keterampilan',
        ],
        goal: ['membekali warga binaan pemasyarakatan dengan keterampilan kerja'],
        action: [
          'warga binaan dilatih menjahit, bertani dan membuat kerajinan dan hasilnya dijual',
        ],
        results: [
          '{n:50-800} warga binaan memperoleh sertifikat keterampilan',
          'angka residivisme turun dari {a:15-30}% menjadi {b<a}%',
        ],
      },
      {
        digital: true,
        heads: ['Layanan', 'Aplikasi'],
        objects: ['Kunjungan Online Warga Binaan', 'Panggilan Video Keluarga Warga Binaan'],
        tails: ['', ''],
        problem: ['keluarga warga binaan antre lama dan rawan pungutan saat berkunjung'],
        goal: ['mempermudah keluarga berkomunikasi dengan warga binaan'],
        action: [
          'keluarga mendaftar kunjungan atau panggilan video dengan warga binaan lewat aplikasi',
        ],
        results: [
          'waktu antre kunjungan turun dari {a:120-240} menit menjadi {b<a} menit',
          '{n:500-4800} panggilan video keluarga setiap bulan',
        ],
      },
    ],
  },
  {
    key: 'layanan-hukum',
    sector: 'hukum',
    sdgs: [16],
    opd: [],
    categories: lawLabels,
    stories: [
      {
        digital: true,
        heads: ['Layanan', 'Sistem'],
        objects: ['Badan Hukum Online', 'Fidusia Online', 'Pendirian Perseroan Perorangan'],
        tails: ['', '', 'Elektronik'],
        problem: ['pendaftaran badan hukum dan jaminan fidusia memakan waktu berminggu-minggu'],
        goal: ['mempercepat layanan administrasi hukum umum'],
        action: [
          'notaris dan pelaku usaha mendaftarkan badan hukum dan jaminan fidusia secara daring',
        ],
        results: [
          'waktu pendaftaran badan hukum turun dari {a:7-21} hari menjadi {b<a} hari',
          '{n:1000-4800} permohonan diproses setiap hari',
        ],
      },
    ],
  },
  {
    key: 'peradilan',
    sector: 'hukum',
    sdgs: [16],
    opd: [],
    categories: lawLabels,
    stories: [
      {
        digital: true,
        heads: ['Layanan', 'Sistem', 'Aplikasi'],
        objects: [
          'Gugatan Online',
          'Sidang Elektronik',
          'Informasi Perkara',
          'Pendaftaran Perkara',
        ],
        tails: ['', '', 'Terpadu', 'Elektronik'],
        problem: [
          'pihak berperkara harus bolak-balik ke pengadilan untuk mendaftar dan mengikuti sidang',
        ],
        goal: ['mempermudah layanan peradilan bagi pencari keadilan'],
        action: ['perkara didaftarkan, dibayar dan disidangkan secara elektronik'],
        results: [
          'waktu penyelesaian perkara turun dari {a:90-180} hari menjadi {b<a} hari',
          '{n:500-4800} perkara didaftarkan secara elektronik setiap tahun',
        ],
      },
      {
        digital: false,
        heads: ['Layanan', 'Program'],
        objects: ['Sidang Keliling', 'Sidang Keliling Desa'],
        tails: ['', '', 'Terpadu'],
        problem: ['warga miskin dan di pelosok sulit menjangkau pengadilan'],
        goal: ['mendekatkan layanan pengadilan kepada warga'],
        action: ['hakim menggelar sidang perkara sederhana di kantor kecamatan'],
        results: [
          '{n:200-3000} perkara diputus di sidang keliling setiap tahun',
          'biaya berperkara warga berkurang {a:40-90}%',
        ],
      },
      {
        digital: false,
        heads: ['Layanan', 'Program'],
        objects: ['Pos Bantuan Hukum', 'Bantuan Hukum Warga Miskin'],
        tails: ['', '', 'Terpadu', 'Gratis'],
        problem: ['warga miskin tidak mampu membayar advokat untuk mengurus perkaranya'],
        goal: ['memberi bantuan hukum kepada warga miskin'],
        action: [
          'advokat di pos bantuan hukum pengadilan memberi konsultasi dan membantu menyusun gugatan warga miskin tanpa biaya',
        ],
        results: [
          '{n:200-3000} warga miskin mendapat bantuan hukum setiap tahun',
          'perkara warga miskin yang ditolak karena berkas tidak lengkap berkurang {a:30-80}%',
        ],
      },
    ],
  },
  {
    key: 'kepolisian',
    sector: 'keamanan-ketertiban',
    sdgs: [16],
    opd: [],
    categories: [
      'Penegakan Hukum, Keamanan dan Ketertiban',
      'Penegakan Hukum',
      'Pelayanan Ketenteraman dan Ketertiban',
    ],
    stories: [
      {
        digital: true,
        heads: ['Layanan', 'Pelayanan', 'Aplikasi'],
        objects: ['SIM Online', 'SKCK Online', 'Surat Kehilangan Online'],
        tails: ['', '', 'Presisi', 'Terpadu'],
        problem: ['pemohon SIM dan SKCK menghabiskan waktu seharian di kantor polisi'],
        goal: ['mempercepat layanan kepolisian'],
        action: ['pemohon mengisi formulir dan membayar secara daring lalu datang sekali'],
        results: [
          'waktu layanan SKCK turun dari {a:120-300} menit menjadi {b<a} menit',
          '{n:1000-4800} permohonan dilayani daring setiap bulan',
        ],
      },
      {
        digital: true,
        heads: ['Sistem', 'Layanan'],
        objects: ['Tilang Elektronik', 'Kamera Lalu Lintas'],
        tails: ['', '', 'Presisi'],
        problem: ['pelanggaran lalu lintas sulit ditindak secara adil'],
        goal: ['meningkatkan keselamatan berlalu lintas'],
        action: ['kamera merekam pelanggaran dan surat tilang dikirim ke alamat pemilik kendaraan'],
        results: [
          'kecelakaan lalu lintas turun dari {a:300-900} kasus menjadi {b<a} kasus per tahun',
          'pelanggaran lalu lintas berkurang {a:20-60}%',
        ],
      },
      {
        digital: false,
        heads: ['Program', 'Polisi'],
        objects: ['Patroli Desa', 'Sahabat Warga', 'Sambang Desa'],
        tails: ['', '', 'Presisi'],
        problem: ['warga desa jarang bertemu polisi dan enggan melapor'],
        goal: ['mendekatkan polisi kepada warga desa'],
        action: [
          'polisi mengunjungi desa secara terjadwal untuk mendengar keluhan dan menyelesaikan masalah warga',
        ],
        results: [
          'angka kriminalitas turun dari {a:100-400} kasus menjadi {b<a} kasus per tahun',
          '{k:20-200} desa dikunjungi setiap bulan',
        ],
      },
    ],
  },
  {
    key: 'pertanahan',
    sector: 'infrastruktur-transportasi',
    sdgs: [1, 11],
    opd: [],
    categories: ['Pertanahan', 'Pelayanan Pertanahan', 'Infrastruktur dan Transportasi'],
    stories: [
      {
        digital: true,
        heads: ['Layanan', 'Sistem'],
        objects: [
          'Sertipikat Tanah Elektronik',
          'Loket Pertanahan Online',
          'Peta Bidang Tanah',
          'Cek Sertipikat Tanah',
        ],
        tails: ['', '', 'Online', 'Terpadu'],
        problem: ['pengurusan sertipikat tanah lama dan rawan pungutan'],
        goal: ['mempercepat layanan pertanahan'],
        action: [
          'permohonan layanan pertanahan diajukan daring dan diproses dengan tanda tangan elektronik',
        ],
        results: [
          'waktu layanan pertanahan turun dari {a:14-60} hari menjadi {b<a} hari',
          '{n:500-4800} sertipikat elektronik terbit setiap bulan',
        ],
      },
      {
        digital: false,
        heads: ['Gerakan', 'Program', 'Layanan'],
        objects: [
          'Pendaftaran Tanah Sistematis',
          'Percepatan Pendaftaran Tanah',
          'Pendaftaran Tanah Desa',
        ],
        tails: ['', '', 'Lengkap'],
        problem: ['banyak bidang tanah belum terdaftar'],
        goal: ['mendaftarkan seluruh bidang tanah'],
        action: ['petugas ukur mendatangi desa secara serentak dan mengukur bidang tanah warga'],
        results: [
          '{n:1000-4800} bidang tanah terdaftar setiap tahun',
          'sengketa batas tanah berkurang {a:20-60}%',
        ],
      },
    ],
  },
  {
    key: 'haji',
    sector: 'tata-kelola',
    sdgs: [16],
    opd: [],
    categories: governanceLabels,
    stories: [
      {
        digital: true,
        heads: ['Layanan', 'Sistem', 'Aplikasi'],
        objects: ['Haji Pintar', 'Informasi Haji', 'Pelunasan Haji Online', 'Manasik Haji Digital'],
        tails: ['', '', 'Terpadu', 'Mobile'],
        problem: ['calon jemaah haji kesulitan mendapat informasi antrean dan pelunasan'],
        goal: ['memudahkan layanan bagi calon jemaah haji'],
        action: [
          'calon jemaah memantau nomor porsi, melunasi biaya dan mengikuti manasik lewat aplikasi',
        ],
        results: [
          'pengaduan calon jemaah berkurang {a:20-60}%',
          '{n:1000-4800} calon jemaah memakai aplikasi setiap bulan',
        ],
      },
    ],
  },
  {
    key: 'nikah',
    sector: 'tata-kelola',
    sdgs: [5, 16],
    opd: [],
    categories: governanceLabels,
    stories: [
      {
        digital: false,
        heads: ['Layanan', 'Program', 'Kelas'],
        objects: ['Bimbingan Perkawinan', 'Kursus Calon Pengantin', 'Sekolah Calon Pengantin'],
        tails: ['', '', 'Terpadu'],
        problem: ['banyak pasangan menikah tanpa bekal pengetahuan berkeluarga'],
        goal: ['membekali calon pengantin membangun keluarga'],
        action: [
          'calon pengantin mengikuti bimbingan perkawinan di Kantor Urusan Agama sebelum akad',
        ],
        results: [
          '{n:200-2000} pasangan mengikuti bimbingan setiap tahun',
          'angka perceraian berkurang {a:5-25}%',
        ],
      },
    ],
  },
];
