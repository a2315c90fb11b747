/** Messages of the trends page; its island is sent all of them in one language. */
export const trends = {
  'trends.title': 'Tren inovasi',
  'trends.nav': 'Tren',
  'trends.intro':
    'Jumlah inovasi menurut tahun, klaster, program, sektor, SDG, status, dan provinsi, serta berapa yang masih berjalan setelah penghargaan. Setiap grafik mengikuti filter pencarian; angkanya dapat dibaca sebagai tabel dan diunduh.',
  'trends.count': '{count} inovasi cocok',
  'trends.countFor': '{count} inovasi cocok untuk “{q}”',
  'trends.toSearch': 'Lihat hasil ini di pencarian',
  'trends.charts': 'Grafik',
  'trends.loading': 'Memuat grafik…',
  'trends.error.title': 'Grafik sedang tidak tersedia',
  'trends.error.text':
    'Mesin pencari portal sedang tidak dapat dihubungi, jadi angka grafik tidak dapat dihitung. Silakan coba lagi beberapa saat lagi.',
  'trends.error.retry': 'Coba lagi',
  'trends.none': 'Tidak ada inovasi yang cocok dengan filter ini.',
  'trends.yearNote':
    'Satu inovasi dihitung pada setiap tahun ia muncul, jadi jumlah semua tahun melebihi jumlah inovasi.',
  'trends.showTable': 'Tampilkan sebagai tabel',
  'trends.downloadCsv': 'Unduh CSV',
  'trends.downloadSvg': 'Unduh SVG',
  'trends.legend': 'Tampilkan atau sembunyikan seri',
  'trends.total': 'Jumlah',
  'trends.innovations': 'Inovasi',
  'trends.mark': '{label}: {count} inovasi',
  'trends.marks': '{title}. Gunakan tombol panah untuk berpindah antarnilai.',
  'trends.awardYear': 'Tahun penghargaan pertama',
  'trends.yearCluster.title': 'Inovasi per tahun menurut klaster instansi',
  'trends.yearCluster.reading':
    'Tahun {year} memiliki inovasi cocok terbanyak: {count}. Klaster terbesar: {cluster} ({clusterCount}).',
  'trends.yearProgramme.title': 'Inovasi per tahun menurut program',
  'trends.yearProgramme.reading': 'Terbanyak: {programme} pada {year}, {count} inovasi.',
  'trends.sectorYear.title': 'Sektor menurut tahun',
  'trends.sectorYear.reading':
    'Sel terbesar: {sector} pada {year}, {count} inovasi. Sektor dengan inovasi cocok terbanyak: {top} ({topCount}).',
  'trends.sdgs.title': 'Cakupan SDG',
  'trends.sdgs.reading':
    'Paling banyak: SDG {most} ({mostCount}); paling sedikit: SDG {least} ({leastCount}).',
  'trends.status.title': 'Status menurut tahun penghargaan pertama',
  'trends.status.reading':
    'Dari {awarded} inovasi yang pernah mendapat penghargaan, {running} ({share}%) masih berlanjut atau berkembang dan {stopped} berhenti.',
  'trends.survival.title': 'Masih berjalan setelah penghargaan',
  'trends.survival.reading':
    'Dari {awarded} inovasi yang pertama kali mendapat penghargaan pada {year}, pada tahun {at} sebanyak {running}% masih berlanjut atau berkembang, {stopped}% berhenti atau vakum, dan {unknown}% tidak diketahui.',
  'trends.survival.none':
    'Tidak ada inovasi cocok yang pertama kali mendapat penghargaan sebelum tahun ini.',
  'trends.survival.note':
    'Setiap baris adalah inovasi yang pertama kali mendapat penghargaan pada satu tahun; setiap batang, statusnya N tahun kemudian. Status dihitung dari pernyataan status bertanggal (dari program atau dari instansi): yang berlaku pada akhir tahun ke-N adalah pernyataan terakhir yang bertanggal sesudah tahun penghargaan dan paling lambat akhir tahun itu. Tanpa pernyataan seperti itu statusnya tidak diketahui, tidak dianggap berlanjut. Untuk tahun ini dihitung pernyataan sampai hari ini.',
  'trends.survival.running': 'Berlanjut atau berkembang',
  'trends.survival.stopped': 'Berhenti atau vakum',
  'trends.survival.unknown': 'Tidak diketahui',
  'trends.survival.after': 'Tahun setelah penghargaan',
  'trends.survival.year': 'Akhir tahun',
  'trends.survival.share': 'Masih berjalan (%)',
  'trends.survival.point': '{year}, {after} tahun kemudian ({at})',
  'trends.survival.part': '{state}: {count} ({share}%)',
  'trends.survival.of': 'dari {awarded} inovasi',
  'trends.survival.notYet': '{year}, {after} tahun kemudian: belum sampai',
  'trends.provinces.title': 'Inovasi menurut provinsi',
  'trends.provinces.reading':
    '{province} memiliki paling banyak: {count}. {covered} dari 38 provinsi memiliki setidaknya satu inovasi yang cocok.',
  'trends.provinces.note':
    'Setiap kotak adalah satu provinsi, kurang lebih di letak pulaunya. Pilih kotak untuk menjelajahi inovasi provinsi itu.',
  'trends.provinces.unrecognised':
    '{count} inovasi yang cocok mencantumkan tempat yang tidak dikenali (mis. provinsi yang sudah tidak ada); mereka tidak dipetakan.',
  'trends.fewer': 'Lebih sedikit',
  'trends.more': 'Lebih banyak',
  'trends.replications.title': 'Replikasi yang dikonfirmasi per tahun',
  'trends.replications.series': 'Replikasi dikonfirmasi',
  'trends.replications.reading':
    '{total} replikasi dikonfirmasi; median waktu dari berminat sampai tereplikasi: {days} hari.',
  'trends.replications.none': 'Belum ada replikasi yang dikonfirmasi.',
  'trends.replications.note':
    'Dari pencatatan replikasi di portal ini (dilaporkan pendaftar, dikonfirmasi instansi pengampu atau admin), dihitung per tahun konfirmasi; tidak mengikuti filter.',
  'trends.replications.median': 'Median hari berminat → tereplikasi',
  'trends.kipp.title': 'Pendaftaran KIPP per tahun (konteks)',
  'trends.kipp.reading':
    'Pendaftaran terbanyak pada {year}: {count} proposal. Grafik ini tidak mengikuti filter: angkanya angka resmi KIPP, bukan inovasi di portal ini.',
  'trends.kipp.notHeld': 'tidak diadakan',
  'trends.kipp.different':
    '2024: KIPP tidak diadakan. 2025: jumlah inovasi yang lolos seleksi administrasi, bukan jumlah pendaftaran.',
  'trends.kipp.measure': 'Ukuran',
  'trends.kipp.measure.registered': 'Proposal terdaftar',
  'trends.kipp.measure.not-held': 'Tidak diadakan',
  'trends.kipp.measure.passed-administrative-selection': 'Lolos seleksi administrasi',
  'trends.kipp.sources': 'Sumber:',
} as const;
