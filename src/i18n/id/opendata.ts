/** Messages of the open-data page and the data dictionary page. */
export const opendata = {
  'opendata.title': 'Data terbuka',
  'opendata.description':
    'Unduh seluruh data inovasi sebagai CSV atau JSON, atau ambil lewat API JSON hanya-baca: parameter, contoh, batas, dan kamus data.',
  'opendata.intro':
    'Setiap angka di portal ini dapat Anda periksa dan gunakan kembali: unduh seluruh data, atau ambil hasil pencarian yang sama lewat API JSON. Tanpa pendaftaran dan tanpa kunci.',
  'opendata.download.title': 'Unduh data',
  'opendata.download.csv': 'Semua inovasi (CSV)',
  'opendata.download.json': 'Semua inovasi (JSON)',
  'opendata.download.subset':
    'Untuk sebagian data, tambahkan filter halaman pencarian ke alamat unduhan, misalnya',
  'opendata.download.fromSearch':
    'Halaman pencarian juga menautkan unduhan hasil yang sedang Anda lihat.',
  'opendata.download.format':
    'CSV: UTF-8 dengan BOM, satu baris per inovasi, kolom sesuai kamus data (cara daftar dan objek ditulis dijelaskan di sana). JSON: meta (pencarian yang menghasilkannya, jumlah, waktu, lisensi, halaman pencarian dan metadata) lalu data, larik rekaman publik. Keduanya dialirkan, berapa pun jumlahnya, dan nama berkasnya menyebut pencarian dan tanggalnya.',
  'opendata.archive.title': 'Arsip versi',
  'opendata.archive.intro':
    'Setiap kali portal menerbitkan data, seluruh rekaman yang terbit disimpan sebagai versi bertanggal (satu per hari, terbitan terakhir hari itu). Kutip versi yang Anda pakai dengan tanggalnya; catatan perubahannya menyebut inovasi yang ditambahkan, diubah, dan dihapus dibanding versi sebelumnya. Berkas dikompresi gzip.',
  'opendata.archive.none': 'Belum ada versi yang diterbitkan.',
  'opendata.archive.records': '{n} rekaman;',
  'opendata.archive.counts': '{added} ditambahkan, {changed} diubah, {removed} dihapus.',
  'opendata.archive.changelog': 'Catatan perubahan',
  'opendata.archive.added': 'Ditambahkan ({n})',
  'opendata.archive.changed': 'Diubah ({n})',
  'opendata.archive.removed': 'Dihapus ({n})',
  'opendata.archive.more': 'dan {n} lainnya (lengkapnya dalam berkas versi ini).',
  'opendata.dictionary.link': 'Kamus data',
  'opendata.api.title': 'API JSON',
  'opendata.api.intro': 'Hanya-baca, tanpa kunci, jawaban dalam JSON. Alamat dasar:',
  'opendata.params.title': 'Parameter',
  'opendata.params.intro':
    'Endpoint pencarian menerima parameter yang sama dengan halaman pencarian, jadi alamat halaman pencarian dapat dipakai langsung. Ulangi parameter filter untuk beberapa nilai: satu yang cocok sudah cukup, sedangkan filter yang berbeda harus cocok semua. Parameter yang tidak dikenal ditolak.',
  'opendata.params.name': 'Parameter',
  'opendata.params.meaning': 'Arti',
  'opendata.params.example': 'Contoh',
  'opendata.param.q': 'Kata kunci pencarian.',
  'opendata.param.facet': 'Filter {facet}.',
  'opendata.param.sort': 'Urutan: relevansi (bawaan), terbaru, minat, atau judul.',
  'opendata.param.page': 'Halaman, mulai 1 (diabaikan oleh unduhan dan hitungan).',
  'opendata.param.pageSize': 'Rekaman per halaman, 1–{max} (bawaan {default}); hanya untuk daftar.',
  'opendata.endpoints.title': 'Endpoint',
  'opendata.endpoint.list':
    'Daftar inovasi yang cocok dengan pencarian, per halaman, dengan jumlah tepatnya.',
  'opendata.endpoint.record': 'Satu inovasi menurut id-nya; 404 bila tidak ada.',
  'opendata.endpoint.facets':
    'Jumlah inovasi per nilai setiap filter untuk pencarian itu, dihitung seperti panel filter halaman pencarian.',
  'opendata.endpoint.trends': 'Angka semua grafik halaman tren untuk pencarian itu.',
  'opendata.endpoint.exportCsv': 'Semua inovasi yang cocok sebagai CSV (unduhan).',
  'opendata.endpoint.replications':
    'Replikasi yang dikonfirmasi (instansi, wilayah, tanggal, kode verifikasi; tidak pernah orang atau dokumen pribadi), dengan jumlah per tahun dan median waktu replikasi. `?inovasi=<id>` untuk satu inovasi.',
  'opendata.endpoint.replicationsCsv': 'Replikasi yang dikonfirmasi sebagai CSV.',
  'opendata.endpoint.exportJson':
    'Semua inovasi yang cocok sebagai satu dokumen JSON, meta lalu data (unduhan).',
  'opendata.example.request': 'Contoh permintaan',
  'opendata.example.answer':
    'Contoh jawaban nyata, dipersingkat (teks dipotong, daftar dua butir pertama)',
  'opendata.example.unavailable':
    'Contoh jawaban tidak dapat ditampilkan: mesin pencari sedang tidak dapat dihubungi.',
  'opendata.rules.title': 'Galat, batas, dan akses lintas situs',
  'opendata.rules.errors':
    'Parameter yang salah dijawab 400; setiap parameter yang salah disebut namanya:',
  'opendata.rules.limits':
    'Setiap klien boleh mengirim {reads} permintaan per menit, dan {downloads} unduhan per menit. Lewat batas itu jawabannya 429 dengan header Retry-After (detik yang harus ditunggu).',
  'opendata.rules.cors':
    'GET dan HEAD diizinkan dari situs mana pun (Access-Control-Allow-Origin: *); permintaan preflight OPTIONS dijawab.',
  'opendata.rules.cache':
    'Jawaban boleh disimpan cache selama 30 detik. Bila mesin pencari tidak dapat dihubungi, jawabannya 503 dengan Retry-After.',
  'opendata.openapi.title': 'Dokumen OpenAPI',
  'opendata.openapi.text':
    'Semua endpoint, parameter, dan skema jawaban dijelaskan dalam dokumen OpenAPI 3.1, yang dapat dibaca oleh pembuat klien dan alat uji:',
  'opendata.licence.title': 'Lisensi dan atribusi',
  'opendata.licence.text':
    'Data berasal dari publikasi terbuka KIPP (KemenPANRB), IGA (Kemendagri), dan InoLAN (LAN). Bila Anda menggunakannya kembali, sebutkan Lumbung Inovasi dan program asal setiap rekaman (kolom provenance), beserta tanggal pengambilan data.',
  'opendata.licence.regions':
    'Kode dan nama wilayah berasal dari idn-area-data dan berlisensi ODbL 1.0.',
  'opendata.dictionary.title': 'Kamus data',
  'opendata.dictionary.description':
    'Setiap kolom rekaman publik inovasi: nama, tipe, dan artinya, sebagaimana dipakai di halaman, API, dan unduhan.',
  'opendata.dictionary.intro':
    'Setiap inovasi yang diterbitkan memiliki kolom-kolom berikut (JSON, camelCase). Kamus ini berlaku untuk halaman, API, dan unduhan; data pribadi tidak pernah termasuk.',
  'opendata.dictionary.field': 'Kolom',
  'opendata.dictionary.type': 'Tipe',
  'opendata.dictionary.meaning': 'Arti',
  'opendata.dictionary.optional': 'Tipe yang diakhiri ? boleh tidak ada.',
  'opendata.dictionary.files': 'Kamus ini sebagai berkas:',
  'opendata.dictionary.csvTitle': 'Dalam unduhan CSV',
  'opendata.dictionary.csvSections':
    'sections dibagi menjadi satu kolom per bagian (sections.background, sections.novelty, …);',
  'opendata.dictionary.csvLists':
    'daftar teks atau angka digabung dengan “{separator}” (years, sectors, sdgs, …);',
  'opendata.dictionary.csvObjects': 'daftar objek (awards, provenance) ditulis sebagai teks JSON;',
  'opendata.dictionary.csvEmpty':
    'kolom yang tidak ada dibiarkan kosong; boolean ditulis true atau false;',
  'opendata.dictionary.csvFormula':
    'sel yang diawali =, +, -, atau @ diberi tanda petik tunggal di depannya agar tidak dijalankan sebagai rumus oleh spreadsheet.',
  'opendata.dictionary.apiLink': 'Cara mengambil data ini dijelaskan di halaman Data terbuka.',
  'opendata.cite.intro':
    'Untuk laporan atau penelitian: kutipan set data ini, dengan tanggal pengambilannya (data berubah pada setiap pemuatan).',
  'opendata.licence.grant':
    'Data inovasi di portal ini boleh disalin, diolah, dan dibagikan ulang, juga untuk keperluan komersial, dengan lisensi',
  'opendata.licence.contact':
    'Data kontak pendaftar minat replikasi tidak pernah dipublikasikan dan tidak termasuk dalam lisensi ini.',
  'opendata.catalog.title': 'Metadata dan umpan',
  'opendata.catalog.text':
    'Metadata set data ini (DCAT, JSON-LD) untuk katalog data dan mesin pencari, dan umpan Atom setiap pencarian, terbaru di atas:',
  'opendata.catalog.link': 'Metadata set data (DCAT JSON-LD)',
  'opendata.catalog.feed': 'Umpan Atom semua inovasi',
  'opendata.catalog.description':
    'Inovasi pelayanan publik Indonesia dari tiga program nasional (KIPP, IGA, InoLAN), dinormalkan ke satu skema dan digabung per inovasi.',
  'opendata.feed.title': 'Inovasi pelayanan publik',
  'opendata.feed.searchTitle': 'Inovasi pelayanan publik: {query}',
} as const;
