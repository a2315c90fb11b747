export const home = {
  'home.heading': 'Inovasi pelayanan publik yang sudah terbukti, siap direplikasi',
  'home.intro':
    'Lumbung Inovasi menghimpun inovasi pelayanan publik dari tiga program nasional ke dalam satu basis pengetahuan: Kompetisi Inovasi Pelayanan Publik (KIPP) dari KemenPANRB, Innovative Government Award (IGA) dari Kemendagri, dan Laboratorium Inovasi (InoLAN) dari LAN.',
  'home.merge':
    'Inovasi yang dilaporkan ke lebih dari satu program, atau pada beberapa tahun, dicatat sebagai satu inovasi, lengkap dengan semua penghargaan dan sumber datanya.',
  'home.audience.heading': 'Untuk siapa portal ini',
  'home.audience.civilServants.title': 'Aparatur sipil negara',
  'home.audience.civilServants.text':
    'Di kementerian, lembaga, provinsi, atau kabupaten/kota: temukan inovasi yang sudah berjalan di daerah yang serupa dengan daerah Anda, lihat apakah inovasi itu masih berlanjut, lalu pelajari cara mereplikasinya.',
  'home.audience.researchers.title': 'Peneliti',
  'home.audience.researchers.text':
    'Dari perguruan tinggi, Bappenas, atau lembaga internasional: pelajari perkembangan inovasi menurut tahun, klaster, sektor, dan SDG, dari data yang bersih dan jelas sumbernya.',
  'home.audience.administrators.title': 'Pengelola portal',
  'home.audience.administrators.text':
    'Terima ekspor data dari ketiga program, jalankan impor, periksa rekaman yang ditolak beserta alasannya, dan perbarui indeks pencarian tanpa mengganggu layanan.',
} as const satisfies Record<string, string>;
