export const home = {
  'home.heading': 'Inovasi pelayanan publik yang sudah terbukti, siap direplikasi',
  'home.intro':
    'Lumbung Inovasi menghimpun inovasi pelayanan publik dari tiga program nasional ke dalam satu basis pengetahuan: Kompetisi Inovasi Pelayanan Publik (KIPP) dari KemenPANRB, Innovative Government Award (IGA) dari Kemendagri, dan Laboratorium Inovasi (InoLAN) dari LAN.',
  'home.merge':
    'Inovasi yang dilaporkan ke lebih dari satu program, atau pada beberapa tahun, dicatat sebagai satu inovasi, lengkap dengan semua penghargaan dan sumber datanya.',
  'home.search.label': 'Cari inovasi',
  'home.search.hint': 'Contoh: stunting, Dukcapil, UMKM, Puskesmas, perizinan',
  'home.search.button': 'Cari',
  'home.counters.heading': 'Isi portal saat ini',
  'home.counters.innovations': 'inovasi',
  'home.counters.provinces': 'provinsi',
  'home.counters.regencies': 'kabupaten dan kota',
  'home.counters.programmes': 'program nasional',
  'home.counters.years': 'tahun data',
  'home.top.heading': 'Inovasi Top terbaru',
  'home.top.text':
    'Inovasi yang meraih penghargaan KIPP (Top 99 hingga Outstanding Achievement) atau IGA, yang terbaru lebih dulu.',
  'home.top.empty': 'Belum ada inovasi berpenghargaan di indeks.',
  'home.audience.heading': 'Untuk siapa portal ini',
  'home.audience.civilServants.title': 'Aparatur sipil negara',
  'home.audience.civilServants.text':
    'Di kementerian, lembaga, provinsi, atau kabupaten/kota: temukan inovasi yang sudah berjalan di daerah yang serupa dengan daerah Anda, lihat apakah inovasi itu masih berlanjut, lalu pelajari cara mereplikasinya.',
  'home.audience.civilServants.byProvince': 'Jelajah menurut provinsi',
  'home.audience.civilServants.running': 'Cari inovasi yang masih berlanjut',
  'home.audience.researchers.title': 'Peneliti',
  'home.audience.researchers.text':
    'Dari perguruan tinggi, Bappenas, atau lembaga internasional: pelajari perkembangan inovasi menurut tahun, klaster, sektor, dan SDG, dari data yang bersih dan jelas sumbernya.',
  'home.audience.researchers.byYear': 'Jelajah menurut tahun',
  'home.audience.researchers.bySector': 'Jelajah menurut sektor',
  'home.audience.data.title': 'Asal data',
  'home.audience.data.text':
    'Setiap inovasi berasal dari data resmi KIPP (KemenPANRB), IGA (Kemendagri), dan InoLAN (LAN), diseragamkan dan digabung bila inovasi yang sama tercatat lebih dari sekali. Setiap halaman inovasi menyebut sumbernya.',
  'home.audience.data.openData': 'Unduh data terbuka',
  'home.audience.data.dictionary': 'Kamus data',
} as const satisfies Record<string, string>;
