/** Messages of the browse pages. */
export const browse = {
  'browse.title': 'Jelajah inovasi',
  'browse.intro':
    'Telusuri semua inovasi menurut sektor, provinsi, tahun, atau program. Setiap angka dihitung langsung dari indeks.',
  'browse.total': '{count} inovasi tercatat.',
  'browse.sector.title': 'Menurut sektor',
  'browse.sector.text': '{count} sektor urusan pemerintahan, sama untuk ketiga program.',
  'browse.sector.intro':
    'Sektor menyatukan kategori asli KIPP, urusan IGA, dan kategori InoLAN ke dalam satu daftar. Satu inovasi dapat termasuk beberapa sektor.',
  'browse.province.title': 'Menurut provinsi',
  'browse.province.text': '{count} provinsi, masing-masing dengan kabupaten dan kotanya.',
  'browse.province.intro':
    'Provinsi tempat instansi pelaksana inovasi berada. Inovasi kementerian dan lembaga pusat tanpa daerah tidak tercantum di sini.',
  'browse.year.title': 'Menurut tahun',
  'browse.year.text': 'Dari {first} sampai {last}.',
  'browse.year.intro':
    'Tahun ketika inovasi dilaporkan ke salah satu program. Inovasi yang muncul pada beberapa tahun tercantum pada setiap tahunnya.',
  'browse.programme.title': 'Menurut program',
  'browse.programme.text': 'KIPP, IGA, dan InoLAN.',
  'browse.programme.intro':
    'Program nasional yang mencatat inovasi. Inovasi yang dilaporkan ke beberapa program tercantum pada setiap programnya.',
  'browse.count': '{count} inovasi',
  'browse.count.one': '{count} inovasi',
  'browse.none': 'Belum ada inovasi.',
  'browse.year.heading': 'Inovasi tahun {year}',
  'browse.province.regencies': 'Kabupaten dan kota',
  'browse.province.regenciesIntro':
    'Kabupaten dan kota di {name} yang memiliki inovasi. Setiap tautan membuka pencarian dengan filter wilayah itu.',
  'browse.province.noRegencies':
    'Inovasi di provinsi ini dijalankan oleh pemerintah provinsi atau instansinya, bukan kabupaten/kota.',
  'browse.province.innovations': 'Inovasi di {name}',
  'browse.list.heading': 'Daftar inovasi',
  'browse.list.range': 'Inovasi {from}–{to} dari {total}, yang terbaru lebih dulu.',
  'browse.list.inSearch': 'Buka di pencarian untuk menyaring lebih lanjut',
  'browse.pager.label': 'Halaman daftar',
  'browse.pager.previous': 'Sebelumnya',
  'browse.pager.next': 'Berikutnya',
  'browse.pager.page': 'Halaman {page} dari {pages}',
  'browse.pager.goTo': 'Halaman {page}',
  'browse.notFound.title': 'Halaman tidak ditemukan',
  'browse.notFound.text':
    'Tidak ada inovasi untuk alamat ini. Mungkin nama atau tahunnya keliru, atau halaman daftarnya sudah tidak ada.',
  'browse.notFound.back': 'Kembali ke Jelajah inovasi',
} as const satisfies Record<string, string>;
