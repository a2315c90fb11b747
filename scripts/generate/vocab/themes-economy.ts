import { economyLabels, financeLabels } from './categories.ts';
import type { Theme } from './theme.ts';
/** Business, licensing and revenue themes of regional governments. */
export const economyThemes: readonly Theme[] = [
  {
    key: 'umkm',
    sector: 'ekonomi-umkm',
    sdgs: [8],
    opd: ['Dinas Koperasi dan UMKM', 'Dinas Perdagangan'],
    categories: [
      ...economyLabels,
      'Pemulihan Ekonomi',
      'Koperasi, Usaha Kecil dan Menengah',
      'Perdagangan',
      'Pelayanan Koperasi dan UMKM',
    ],
    stories: [
      {
        digital: true,
        heads: ['Aplikasi', 'Pasar', 'Gerai', 'Etalase'],
        objects: [
          'Pemasaran Produk UMKM',
          'Produk Lokal',
          'Belanja Produk Daerah',
          'UMKM Go Digital',
        ],
        tails: ['', '', 'Online', 'Digital'],
        problem: ['pelaku UMKM sulit memasarkan produk ke luar daerah'],
        goal: ['membuka pasar bagi produk UMKM'],
        action: [
          'pelaku UMKM dilatih pemasaran digital dan produknya dijual di lapak daring daerah',
        ],
        results: [
          'omzet UMKM binaan naik rata-rata {a:15-60}%',
          '{n:100-4800} pelaku UMKM kini berjualan secara daring',
        ],
      },
      {
        digital: false,
        heads: ['Gerakan', 'Klinik', 'Rumah'],
        objects: ['UMKM Naik Kelas', 'Kredit Usaha Mikro', 'Wirausaha Muda'],
        tails: ['', '', 'Terpadu'],
        problem: ['pelaku UMKM sulit mengakses modal dan perizinan'],
        goal: ['meningkatkan omzet pelaku UMKM'],
        action: [
          'UMKM mendapat pendampingan perizinan, pengemasan dan akses kredit di satu klinik',
        ],
        results: [
          '{n:50-1500} UMKM mendapat kredit usaha',
          'omzet UMKM binaan naik rata-rata {a:15-60}%',
        ],
      },
    ],
  },
  {
    key: 'perizinan',
    sector: 'perizinan-investasi',
    sdgs: [8, 16],
    opd: ['Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu'],
    categories: [
      'Pelayanan Perizinan dan Investasi',
      'Pertumbuhan Ekonomi dan Daya Saing',
      'Penanaman Modal',
      'Pelayanan Terpadu Satu Pintu',
      'Pelayanan Perizinan',
    ],
    stories: [
      {
        digital: true,
        heads: ['Layanan', 'Sistem', 'Aplikasi'],
        objects: [
          'Perizinan Berusaha',
          'Izin Usaha Cepat',
          'Perizinan Online',
          'Perizinan Tanpa Tatap Muka',
          'Izin Mendirikan Bangunan',
        ],
        tails: ['', '', 'Terpadu', 'Satu Hari', 'Online'],
        problem: ['pengurusan izin usaha memakan waktu berminggu-minggu'],
        goal: ['mempercepat perizinan berusaha'],
        action: [
          'permohonan izin diajukan dan dilacak secara daring dan izin terbit dengan tanda tangan elektronik',
        ],
        results: [
          'waktu terbit izin turun dari {a:10-30} hari menjadi {b<a} hari',
          'jumlah izin usaha yang terbit naik {a:15-70}%',
        ],
      },
      {
        digital: false,
        heads: [''],
        objects: ['Mal Pelayanan Publik', 'Mal Pelayanan Perizinan', 'Gerai Perizinan Satu Pintu'],
        tails: ['', '', 'Terpadu'],
        problem: ['pemohon izin harus mendatangi banyak kantor'],
        goal: ['menyatukan layanan perizinan dan layanan publik di satu tempat'],
        action: [
          'seluruh layanan perizinan dan layanan instansi lain dilayani di satu gedung dengan satu antrean',
        ],
        results: [
          '{k:8-40} instansi melayani di satu gedung',
          'waktu pengurusan izin turun dari {a:10-30} hari menjadi {b<a} hari',
        ],
      },
    ],
  },
  {
    key: 'pajak-daerah',
    sector: 'keuangan-pajak',
    sdgs: [16, 17],
    opd: ['Badan Pendapatan Daerah'],
    categories: [...financeLabels, 'Pendapatan Daerah', 'Pelayanan Pajak dan Retribusi Daerah'],
    stories: [
      {
        digital: true,
        heads: ['Sistem', 'Layanan', 'Aplikasi'],
        objects: [
          'Bayar Pajak Online',
          'Pembayaran Pajak Daerah',
          'Retribusi Daerah Non Tunai',
          'Pajak Bumi dan Bangunan',
        ],
        tails: ['', '', 'Online', 'Non Tunai'],
        problem: ['wajib pajak harus antre di kantor untuk membayar Pajak Bumi dan Bangunan (PBB)'],
        goal: ['mempermudah pembayaran pajak daerah'],
        action: [
          'wajib pajak membayar PBB dan retribusi lewat bank, minimarket dan dompet digital',
        ],
        results: [
          'penerimaan pajak daerah naik {a:8-40}%',
          'tunggakan PBB turun dari Rp{a:5-40} miliar menjadi Rp{b<a} miliar',
        ],
      },
      {
        digital: false,
        heads: ['Gerakan', 'Kampung', 'Program'],
        objects: ['Sadar Pajak', 'Patuh Pajak Daerah'],
        tails: ['', 'Desa'],
        problem: ['penerimaan pajak daerah tidak mencapai target'],
        goal: ['meningkatkan pendapatan asli daerah dari pajak'],
        action: [
          'petugas pajak dan perangkat desa mendatangi wajib pajak dan desa dengan pelunasan tercepat mendapat penghargaan',
        ],
        results: [
          'realisasi PBB naik dari {a:50-70}% menjadi {b>a:98}% dari target',
          '{k:10-150} desa melunasi PBB sebelum jatuh tempo',
        ],
      },
    ],
  },
];

/** Tourism and labour themes of regional governments. */
export const workThemes: readonly Theme[] = [
  {
    key: 'pariwisata',
    sector: 'pariwisata-budaya',
    sdgs: [8, 11],
    opd: ['Dinas Pariwisata'],
    categories: [
      'Pariwisata',
      'Kebudayaan',
      'Pelayanan Pariwisata dan Kebudayaan',
      ...economyLabels,
    ],
    stories: [
      {
        digital: false,
        heads: ['Desa', 'Kampung', 'Gerakan'],
        objects: ['Wisata Desa', 'Wisata Halal', 'Ekowisata'],
        tails: ['', '', 'Berbasis Masyarakat'],
        problem: ['potensi wisata desa belum dikelola'],
        goal: ['mengembangkan desa wisata'],
        action: ['pemuda desa mengelola paket wisata dan memasarkannya secara daring'],
        results: [
          'kunjungan wisatawan naik dari {a:2000-15000} orang menjadi {b>a:60000} orang per tahun',
          '{k:3-40} desa wisata aktif',
        ],
      },
      {
        digital: false,
        opd: ['Dinas Kebudayaan'],
        heads: ['Gerakan', 'Sanggar', 'Festival'],
        objects: ['Pelestarian Budaya Lokal', 'Seni Tradisi'],
        tails: ['', 'Berbasis Masyarakat'],
        problem: ['seni tradisi mulai ditinggalkan generasi muda'],
        goal: ['melestarikan budaya lokal'],
        action: ['sanggar seni melatih pelajar setiap pekan dan tampil di acara daerah'],
        results: [
          '{n:100-2500} pelajar berlatih seni tradisi',
          '{k:5-60} sanggar seni aktif kembali',
        ],
      },
    ],
  },
  {
    key: 'ketenagakerjaan',
    sector: 'ketenagakerjaan',
    sdgs: [8],
    opd: ['Dinas Tenaga Kerja'],
    categories: [
      'Pertumbuhan Ekonomi dan Kesempatan Kerja',
      'Penyediaan Lapangan Kerja dan Peningkatan Kualitas Tenaga Kerja',
      'Tenaga Kerja',
      'Pelayanan Ketenagakerjaan',
      'Ekonomi dan UMKM',
      'Pertumbuhan Ekonomi dan Daya Saing',
    ],
    stories: [
      {
        digital: true,
        heads: ['Bursa', 'Layanan', 'Aplikasi'],
        objects: ['Kerja Online', 'Kartu Kuning Online', 'Pencari Kerja Muda', 'Lowongan Kerja'],
        tails: ['', '', 'Terpadu'],
        problem: ['pencari kerja sulit mendapat informasi lowongan'],
        goal: ['mempertemukan pencari kerja dan perusahaan'],
        action: [
          'pencari kerja mendaftar dan mencetak kartu kuning secara daring lalu melamar lowongan perusahaan',
        ],
        results: [
          '{n:200-4800} pencari kerja tersalurkan',
          'waktu pengurusan kartu kuning turun dari {a:3-7} hari menjadi {b<a} hari',
        ],
      },
      {
        digital: false,
        heads: ['Layanan', 'Pos', 'Gerakan'],
        objects: ['Pekerja Migran Aman', 'Perlindungan Pekerja Migran'],
        tails: ['', 'Satu Atap', 'Desa'],
        problem: ['calon pekerja migran berangkat tanpa dokumen lengkap'],
        goal: ['melindungi pekerja migran'],
        action: [
          'calon pekerja migran dilayani satu atap sebelum berangkat: dokumen, pelatihan dan pemeriksaan kesehatan',
        ],
        results: [
          'pekerja migran berangkat tanpa dokumen turun dari {a:100-600} orang menjadi {b<a} orang per tahun',
          '{n:200-3000} calon pekerja migran dilayani setiap tahun',
        ],
      },
      {
        digital: false,
        heads: ['Pelatihan', 'Program'],
        objects: ['Keterampilan Kerja', 'Kerja Siap Pakai'],
        tails: ['', 'Desa', 'Terpadu'],
        problem: ['banyak lulusan sekolah menganggur karena tidak punya keterampilan'],
        goal: ['membekali pencari kerja dengan keterampilan'],
        action: [
          'pencari kerja mengikuti pelatihan keterampilan sesuai kebutuhan perusahaan dan uji kompetensi',
        ],
        results: [
          '{a:55-85}% peserta pelatihan bekerja dalam enam bulan',
          'pengangguran terbuka turun dari {a:5.0-9.0}% menjadi {b<a}%',
        ],
      },
    ],
  },
];
