import { transportLabels } from './categories.ts';
import type { Theme } from './theme.ts';
/** Civil registry, village, transport, road and disaster themes of regional governments. */
export const servicesThemes: readonly Theme[] = [
  {
    key: 'adminduk',
    sector: 'kependudukan',
    sdgs: [16],
    opd: ['Dinas Kependudukan dan Pencatatan Sipil'],
    categories: ['Pelayanan Administrasi Kependudukan', 'Kependudukan dan Pencatatan Sipil'],
    stories: [
      {
        digital: false,
        heads: ['Layanan', 'Jemput Bola', 'Pelayanan', 'Gerakan'],
        objects: ['Administrasi Kependudukan', 'KTP Elektronik', 'Adminduk Desa', 'Akta Kelahiran'],
        tails: ['', '', 'Keliling', 'di Desa'],
        problem: [
          'warga harus datang berkali-kali ke kantor Dukcapil untuk mengurus dokumen',
          'cakupan akta kelahiran dan KTP elektronik masih rendah',
        ],
        goal: ['mendekatkan layanan kependudukan dan pencatatan sipil (Dukcapil) ke desa'],
        action: ['petugas Dukcapil melayani perekaman KTP elektronik dan akta langsung di desa'],
        results: [
          'cakupan perekaman KTP elektronik naik dari {a:70-88}% menjadi {b>a:99}%',
          '{n:300-4800} dokumen kependudukan diterbitkan di desa setiap tahun',
        ],
      },
      {
        digital: true,
        heads: ['Layanan', 'Sistem Informasi', 'Aplikasi'],
        objects: [
          'Administrasi Kependudukan Online',
          'Dokumen Kependudukan',
          'Akta Kelahiran Online',
          'Cetak Mandiri Dokumen Kependudukan',
        ],
        tails: ['', '', 'Tanpa Antre', 'Online'],
        problem: ['warga harus datang berkali-kali ke kantor Dukcapil untuk mengurus dokumen'],
        goal: ['mempermudah layanan kependudukan bagi warga'],
        action: ['warga mengajukan dokumen adminduk dari rumah dan menerima hasil cetak mandiri'],
        results: [
          'waktu layanan kependudukan turun dari {a:5-14} hari menjadi {b<a} hari',
          '{a:60-90}% permohonan dokumen diajukan secara daring',
        ],
      },
      {
        digital: false,
        heads: ['Layanan', 'Gerakan', 'Pelayanan'],
        objects: ['Kartu Identitas Anak'],
        tails: ['', 'di Sekolah', 'di Desa'],
        problem: ['banyak anak belum memiliki akta kelahiran dan kartu identitas anak (KIA)'],
        goal: ['memastikan setiap anak memiliki akta kelahiran dan kartu identitas anak'],
        action: [
          'petugas Dukcapil melayani kartu identitas anak di sekolah dan akta kelahiran langsung di rumah sakit bersalin',
        ],
        results: [
          'cakupan kartu identitas anak naik dari {a:20-45}% menjadi {b>a:95}%',
          'cakupan akta kelahiran anak naik dari {a:70-88}% menjadi {b>a:99}%',
        ],
      },
    ],
  },
  {
    key: 'desa-digital',
    sector: 'desa-pemberdayaan',
    sdgs: [9, 11],
    opd: ['Dinas Pemberdayaan Masyarakat dan Desa', 'Dinas Komunikasi dan Informatika'],
    categories: [
      'Pemberdayaan Masyarakat',
      'Pemberdayaan Masyarakat dan Desa',
      'Pemberdayaan Masyarakat Desa',
      'Transformasi Digital Pelayanan Publik',
    ],
    stories: [
      {
        digital: true,
        heads: ['Sistem Informasi', 'Layanan', 'Smart'],
        objects: ['Desa Digital', 'Layanan Desa Online', 'Surat Desa Online', 'Desa Cerdas'],
        tails: ['', '', 'Terpadu', 'Terintegrasi'],
        problem: ['warga desa harus ke kantor desa berkali-kali untuk surat keterangan'],
        goal: ['mempercepat layanan administrasi di desa'],
        action: ['setiap desa memakai aplikasi layanan surat yang terhubung ke kecamatan'],
        results: [
          'waktu layanan surat di desa turun dari {a:60-180} menit menjadi {b<a} menit',
          '{k:10-150} desa sudah melayani surat secara daring',
        ],
      },
      {
        digital: true,
        heads: ['Sistem Informasi', 'Aplikasi'],
        objects: ['Data Desa', 'Profil Desa', 'Data Desa Presisi'],
        tails: ['', '', 'Terpadu', 'Mandiri'],
        problem: ['data desa tersebar dan tidak mutakhir'],
        goal: ['menyediakan data desa yang mutakhir untuk perencanaan'],
        action: ['perangkat desa dilatih mengelola data penduduk dan potensi desa secara digital'],
        results: [
          '{k:10-150} desa memperbarui datanya setiap bulan',
          'waktu penyusunan rencana kerja desa turun dari {a:30-60} hari menjadi {b<a} hari',
        ],
      },
      {
        digital: true,
        heads: ['Gerakan', 'Program'],
        objects: ['Internet Desa', 'Desa Terkoneksi'],
        tails: ['', ''],
        problem: ['banyak desa belum terjangkau internet'],
        goal: ['menghadirkan internet untuk layanan desa'],
        action: ['titik akses internet dipasang di kantor desa dan balai warga'],
        results: [
          '{k:10-150} desa terhubung internet',
          '{n:300-4800} warga memakai internet desa setiap bulan',
        ],
      },
    ],
  },
  {
    key: 'transportasi',
    sector: 'infrastruktur-transportasi',
    sdgs: [9, 11],
    opd: ['Dinas Perhubungan'],
    categories: transportLabels,
    stories: [
      {
        digital: false,
        heads: ['Layanan', 'Program'],
        objects: ['Angkutan Sekolah Gratis', 'Bus Sekolah Gratis', 'Angkutan Pedesaan'],
        tails: ['', '', 'Ramah Disabilitas'],
        problem: ['pelajar dan warga pinggiran sulit mendapat angkutan umum'],
        goal: ['menyediakan angkutan umum yang terjangkau'],
        action: ['bus gratis melayani rute sekolah dan pasar setiap hari'],
        results: [
          '{n:200-4800} penumpang terlayani setiap hari',
          'siswa yang terlambat tiba di sekolah berkurang {a:20-70}%',
        ],
      },
      {
        digital: true,
        heads: ['Sistem', 'Layanan', 'Aplikasi'],
        objects: ['Parkir Elektronik', 'Parkir Non Tunai'],
        tails: ['', '', 'Terpadu'],
        problem: ['retribusi parkir banyak yang bocor dan juru parkir liar meresahkan warga'],
        goal: ['menertibkan parkir dan menaikkan retribusi parkir'],
        action: [
          'pengendara membayar parkir dengan kartu atau kode QR dan setiap transaksi tercatat',
        ],
        results: [
          'penerimaan retribusi parkir naik dari Rp{a:0.5-3.0} miliar menjadi Rp{b>a:8.0} miliar per tahun',
          'juru parkir liar berkurang {a:40-90}%',
        ],
      },
      {
        digital: true,
        heads: ['Layanan', 'Sistem'],
        objects: ['Uji Kendaraan Cepat', 'Uji KIR Online'],
        tails: ['', ''],
        problem: ['pemilik kendaraan angkutan menunggu seharian untuk uji berkala'],
        goal: ['mempercepat uji berkala kendaraan'],
        action: ['pemilik kendaraan mendaftar uji berkala secara daring dan datang sesuai jadwal'],
        results: [
          'waktu uji kendaraan turun dari {a:120-300} menit menjadi {b<a} menit',
          '{n:500-4800} kendaraan diuji setiap bulan',
        ],
      },
    ],
  },
  {
    key: 'jalan',
    sector: 'infrastruktur-transportasi',
    sdgs: [9, 11],
    opd: ['Dinas Pekerjaan Umum dan Penataan Ruang'],
    categories: [
      'Infrastruktur dan Transportasi',
      'Pekerjaan Umum dan Penataan Ruang',
      'Pelayanan Pengaduan Masyarakat',
    ],
    stories: [
      {
        digital: true,
        heads: ['Aplikasi', 'Layanan', 'Sistem'],
        objects: ['Lapor Jalan Rusak', 'Jalan Mulus', 'Laporan Jalan Rusak'],
        tails: ['', '', 'Online', 'Cepat'],
        problem: ['laporan jalan rusak lambat ditangani'],
        goal: ['mempercepat perbaikan jalan'],
        action: [
          'warga melaporkan jalan rusak lewat aplikasi dengan foto dan lokasi, lalu tim reaksi cepat menambalnya',
        ],
        results: [
          'waktu perbaikan jalan rusak turun dari {a:20-60} hari menjadi {b<a} hari',
          '{n:200-4000} laporan jalan rusak ditangani setiap tahun',
        ],
      },
      {
        digital: false,
        regionalOnly: true,
        heads: ['Gerakan', 'Program'],
        objects: ['Jalan Desa Mantap', 'Jalan Lingkungan Gotong Royong'],
        tails: ['', '', 'Padat Karya'],
        problem: ['banyak jalan desa rusak dan sulit dilalui saat hujan'],
        goal: ['memperbaiki jalan desa bersama warga'],
        action: [
          'warga desa memperbaiki jalan secara padat karya dengan bahan dari pemerintah daerah',
        ],
        results: [
          'jalan desa dalam kondisi baik naik dari {a:40-65}% menjadi {b>a:90}%',
          '{n:20-400} kilometer jalan desa diperbaiki',
        ],
      },
    ],
  },
  {
    key: 'kebencanaan',
    sector: 'kebencanaan',
    sdgs: [11, 13],
    opd: ['Badan Penanggulangan Bencana Daerah'],
    categories: [
      'Penanggulangan Bencana',
      'Pelayanan Kebencanaan',
      'Pembangunan Sosial dan Lingkungan',
    ],
    stories: [
      {
        digital: true,
        heads: ['Sistem', 'Aplikasi', 'Layanan'],
        objects: ['Peringatan Dini Banjir', 'Peringatan Dini Longsor', 'Siaga Banjir'],
        tails: ['', '', 'Terpadu', 'Berbasis Masyarakat'],
        problem: ['banjir dan longsor berulang setiap musim hujan dan warga terlambat mengungsi'],
        goal: ['mempercepat peringatan dini kepada warga'],
        action: [
          'sensor ketinggian air mengirim peringatan ke pengeras suara masjid dan ponsel warga',
        ],
        results: [
          'waktu peringatan sebelum banjir datang naik dari {a:10-30} menit menjadi {b>a:180} menit',
          'korban jiwa akibat banjir turun dari {a:5-20} orang menjadi {b<a} orang per tahun',
        ],
      },
      {
        digital: false,
        heads: ['Desa', 'Sekolah', 'Kampung', 'Gerakan'],
        objects: ['Tangguh Bencana', 'Siaga Bencana', 'Relawan Bencana', 'Evakuasi Cepat'],
        tails: ['', '', 'Berbasis Masyarakat', 'Terpadu'],
        problem: ['warga tidak tahu jalur evakuasi saat bencana'],
        goal: ['mengurangi risiko bencana'],
        action: ['warga berlatih evakuasi bersama relawan dan memasang rambu jalur evakuasi'],
        results: [
          '{k:5-80} desa menjadi desa tangguh bencana',
          'waktu evakuasi warga turun dari {a:60-120} menit menjadi {b<a} menit',
        ],
      },
    ],
  },
];
