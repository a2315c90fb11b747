/** Messages of the freshness dashboard (administrators). */
export const freshness = {
  'admin.nav.freshness': 'Kesegaran data',
  'freshness.title': 'Kesegaran data: inovasi yang terverifikasi',
  'freshness.definition':
    'Terverifikasi berarti inovasi punya pernyataan status bertanggal (dari program atau dari instansinya) dalam jangka itu. Inovasi tanpa pernyataan bertanggal dihitung belum pernah terverifikasi. Definisinya sama dengan saringan “Terverifikasi” di pencarian, jadi setiap angka dapat dibuka di sana.',
  'freshness.asOf': 'Dihitung dari indeks pada {date}.',
  'freshness.total': 'Inovasi',
  'freshness.within12': 'Terverifikasi ≤ 12 bulan',
  'freshness.within24': 'Terverifikasi ≤ 24 bulan',
  'freshness.never': 'Belum pernah terverifikasi',
  'freshness.figure': '{count} ({share})',
  'freshness.by.programmes': 'Menurut program',
  'freshness.by.cluster': 'Menurut klaster instansi',
  'freshness.by.province': 'Menurut provinsi',
  'freshness.by.years': 'Menurut tahun penghargaan',
  'freshness.by.note':
    'Inovasi yang tercatat pada beberapa program atau tahun dihitung di setiap barisnya; inovasi yang provinsinya tidak dikenali tidak masuk tabel provinsi.',
  'freshness.agencies.title': 'Instansi dengan inovasi terlama tanpa verifikasi',
  'freshness.agencies.text':
    'Inovasi yang tidak terverifikasi dalam 12 bulan (termasuk yang belum pernah), per instansi, terbanyak dulu. Pengingat dikirim ke setiap orang instansi yang punya akun, lewat kotak keluar surel, paling banyak sekali sebulan.',
  'freshness.agencies.none': 'Tidak ada inovasi yang lewat 12 bulan tanpa verifikasi.',
  'freshness.agencies.agency': 'Instansi',
  'freshness.agencies.stale': 'Tidak terverifikasi 12 bulan',
  'freshness.agencies.reminder': 'Pengingat',
  'freshness.agencies.remind': 'Ingatkan',
  'freshness.agencies.remindLabel': 'Ingatkan {agency}',
  'freshness.agencies.people': '{count} orang berakun.',
  'freshness.agencies.noAccount': 'Belum punya akun; undang orangnya di halaman Akun.',
  'freshness.agencies.last': 'Terakhir diingatkan {date}.',
  'freshness.agencies.wait': 'Diingatkan {date}; dapat diingatkan lagi mulai {next}.',
  'freshness.remind.sent': 'Pengingat untuk {agency} sudah masuk kotak keluar surel.',
  'freshness.remind.recent':
    '{agency} sudah diingatkan {date}; pengingat berikutnya paling cepat {next}. Tidak ada yang dikirim.',
  'freshness.remind.noAccount':
    '{agency} belum punya akun, jadi tidak ada yang dapat diingatkan. Undang orangnya di halaman Akun.',
  'freshness.remind.nothing':
    '{agency} tidak punya inovasi yang lewat 12 bulan tanpa verifikasi. Tidak ada yang dikirim.',
  'freshness.remind.invalid': 'Instansi yang hendak diingatkan tidak dikenali.',
  'freshness.unavailable':
    'Mesin pencari tidak dapat dihubungi, jadi angka kesegaran belum dapat dihitung. Coba lagi sebentar lagi.',
} as const;
