import { governanceLabels } from './categories.ts';
import type { Theme } from './theme.ts';
/** Complaint, data, civil-service and planning themes of regional governments. */
export const governanceThemes: readonly Theme[] = [
  {
    key: 'pengaduan',
    sector: 'tata-kelola',
    sdgs: [16],
    opd: [
      'Dinas Komunikasi dan Informatika',
      'Inspektorat',
      'Bagian Organisasi Sekretariat Daerah',
    ],
    categories: [
      ...governanceLabels,
      'Komunikasi dan Informatika',
      'Pengawasan',
      'Pelayanan Pengaduan Masyarakat',
    ],
    stories: [
      {
        digital: true,
        heads: ['Layanan', 'Sistem', 'Lapor', 'Aplikasi'],
        objects: ['Pengaduan Masyarakat', 'Aspirasi Warga', 'Aduan Cepat'],
        tails: ['', '', 'Online', 'Terpadu'],
        problem: ['pengaduan warga tidak tertangani dan tidak ada kabar tindak lanjutnya'],
        goal: ['menindaklanjuti pengaduan warga dengan cepat'],
        action: [
          'setiap pengaduan diteruskan ke perangkat daerah yang berwenang dan dipantau sampai selesai',
        ],
        results: [
          '{a:70-95}% pengaduan selesai dalam lima hari kerja',
          'indeks kepuasan masyarakat naik dari {a:70-78} menjadi {b>a:90}',
        ],
      },
      {
        digital: true,
        opd: ['Dinas Komunikasi dan Informatika', 'Badan Perencanaan Pembangunan Daerah'],
        heads: ['Sistem Informasi', 'Aplikasi'],
        objects: ['Satu Data Daerah', 'Portal Data Pembangunan', 'Statistik Sektoral Daerah'],
        tails: ['', '', 'Terintegrasi', 'Terpadu'],
        problem: ['data antarperangkat daerah tidak sama'],
        goal: ['menyatukan data perangkat daerah'],
        action: [
          'perangkat daerah mengisi satu portal data bersama yang dipakai untuk perencanaan',
        ],
        results: [
          '{k:20-60} perangkat daerah memperbarui datanya di satu portal',
          'waktu penyusunan dokumen perencanaan turun dari {a:30-60} hari menjadi {b<a} hari',
        ],
      },
      {
        digital: true,
        opd: ['Badan Kepegawaian dan Pengembangan Sumber Daya Manusia'],
        heads: ['Aplikasi', 'Sistem Informasi'],
        objects: ['Kinerja Pegawai', 'Absensi Pegawai Online', 'Kepegawaian ASN Daerah'],
        tails: ['', '', 'Terintegrasi'],
        problem: ['kinerja pegawai dinilai secara manual dan tidak terukur'],
        goal: ['mengukur kinerja aparatur sipil negara (ASN) secara terbuka'],
        action: ['ASN mencatat kegiatan harian di aplikasi dan atasan menilainya setiap bulan'],
        results: [
          'kepatuhan pelaporan kinerja ASN naik dari {a:50-70}% menjadi {b>a:98}%',
          'waktu penyusunan penilaian kinerja turun dari {a:10-30} hari menjadi {b<a} hari',
        ],
      },
      {
        digital: true,
        opd: ['Badan Kepegawaian dan Pengembangan Sumber Daya Manusia'],
        heads: ['Aplikasi', 'Layanan', 'Sistem'],
        objects: [
          'Kenaikan Pangkat Otomatis',
          'Kenaikan Pangkat Online',
          'Layanan Kepegawaian ASN',
        ],
        tails: ['', '', 'Tanpa Berkas'],
        problem: ['berkas kenaikan pangkat ASN daerah sering tercecer dan terlambat diproses'],
        goal: ['mempercepat kenaikan pangkat aparatur sipil negara (ASN) daerah'],
        action: ['ASN mengunggah berkas kenaikan pangkat dan memantau prosesnya lewat aplikasi'],
        results: [
          'waktu proses kenaikan pangkat turun dari {a:30-90} hari menjadi {b<a} hari',
          '{n:100-2500} ASN naik pangkat tepat waktu setiap periode',
        ],
      },
      {
        digital: true,
        opd: ['Badan Perencanaan Pembangunan Daerah'],
        heads: ['Sistem', 'Aplikasi'],
        objects: ['Perencanaan Anggaran', 'Musrenbang Online'],
        tails: ['', '', 'Terintegrasi'],
        problem: [
          'usulan warga dalam musyawarah perencanaan pembangunan (musrenbang) sering hilang',
        ],
        goal: ['membuat perencanaan anggaran terbuka dan terlacak'],
        action: [
          'usulan musrenbang dicatat di aplikasi dan warga dapat melacak apakah usulannya didanai',
        ],
        results: [
          'usulan musrenbang yang didanai naik dari {a:15-30}% menjadi {b>a:60}%',
          '{n:500-4800} usulan warga tercatat setiap tahun',
        ],
      },
    ],
  },
];
