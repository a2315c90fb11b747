/** Messages of replication-interest tracking: the activity, the form, the private page. */
export const interest = {
  'interest.activity.intro':
    'Instansi yang mencatat minat mereplikasi inovasi ini dan sejauh mana prosesnya. Nama orang dan data kontak tidak pernah ditampilkan.',
  'interest.activity.total': 'Instansi berminat',
  'interest.activity.byStage': 'Jumlah instansi per tahapan',
  'interest.activity.list': 'Instansi yang tercatat',
  'interest.activity.agency': 'Instansi',
  'interest.activity.region': 'Wilayah',
  'interest.activity.date': 'Sejak',
  'interest.activity.empty':
    'Belum ada instansi yang mencatat minat. Instansi Anda dapat menjadi yang pertama.',
  'interest.activity.more':
    'Menampilkan {shown} dari {total} instansi, perubahan terbaru lebih dahulu.',
  'interest.activity.unavailable':
    'Daftar instansi sedang tidak dapat dimuat; jumlah di atas dari katalog.',
  'interest.form.open': 'Daftarkan minat replikasi',
  'interest.form.heading': 'Daftarkan minat mereplikasi',
  'interest.form.intro':
    'Nama instansi dan wilayahnya tampil di daftar publik; Anda mendapat tautan pribadi untuk memperbarui tahapan replikasi. Satu instansi yang mendaftar dua kali hanya dihitung sekali.',
  'interest.form.for': 'Inovasi: {title}',
  'interest.form.agencyGroup': 'Instansi Anda (tampil di daftar publik)',
  'interest.form.agency': 'Nama instansi',
  'interest.form.agency.hint':
    'Saran muncul dari instansi yang sudah tercatat; Anda boleh menulis nama lain.',
  'interest.form.cluster': 'Klaster',
  'interest.form.choose': 'Pilih…',
  'interest.form.province': 'Provinsi',
  'interest.form.regency': 'Kabupaten/kota',
  'interest.form.regency.none': 'Tidak ada (pusat/provinsi)',
  'interest.form.regency.hint': 'Kosongkan untuk kementerian, lembaga, atau pemerintah provinsi.',
  'interest.form.contactGroup': 'Kontak (privat, tidak ditampilkan)',
  'interest.form.private':
    'Narahubung, e-mail, telepon, dan catatan tidak pernah tampil di portal. Hanya administrator portal yang melihatnya, untuk diteruskan kepada narahubung instansi pelaksana inovasi agar dapat menghubungi Anda; Anda sendiri melihatnya di halaman pribadi Anda.',
  'interest.form.contactName': 'Nama narahubung',
  'interest.form.email': 'E-mail',
  'interest.form.phone': 'Telepon',
  'interest.form.phone.hint': 'Mis. 0812 3456 7890 atau +62 751 123456.',
  'interest.form.note': 'Catatan',
  'interest.form.note.hint': 'Mis. apa yang ingin Anda pelajari dari pelaksana inovasi.',
  'interest.form.optional': '(opsional)',
  'interest.form.consent':
    'Saya setuju data ini disimpan untuk pendaftaran minat ini dan dibaca administrator portal. Data ini tidak pernah ditampilkan kepada publik.',
  'interest.form.share': 'Yang boleh dilihat instansi pelaksana inovasi',
  'interest.form.share.hint':
    'Instansi pelaksana selalu melihat nama instansi, wilayah dan catatan Anda. Kontak hanya yang Anda centang di sini.',
  'interest.form.shareEmail': 'Nama narahubung dan e-mail, agar dapat menghubungi Anda',
  'interest.form.sharePhone': 'Nomor telepon',
  'interest.form.honeypot': 'Kosongkan kolom ini',
  'interest.form.submit': 'Daftarkan minat',
  'interest.form.errors': 'Formulir belum terkirim: {count} isian perlu diperbaiki',
  'interest.done.title': 'Minat Anda tercatat',
  'interest.done.knownTitle': 'Instansi Anda sudah terdaftar',
  'interest.done.claimedTitle': 'Permintaan Anda diteruskan',
  'interest.done.text': '{agency} kini tercatat berminat mereplikasi inovasi ini.',
  'interest.done.knownText':
    '{agency} sudah terdaftar untuk inovasi ini dengan alamat e-mail ini, jadi tidak ada yang diubah dan tetap dihitung sekali. Tautan pribadi Anda ada di surel pendaftaran; bila hilang, minta tautan baru di halaman inovasi.',
  'interest.done.claimedText':
    '{agency} sudah terdaftar untuk inovasi ini dengan alamat e-mail lain. Pendaftaran itu tidak diubah: kami meminta pemegangnya (atau administrator portal) menerima Anda. Bila diterima, Anda mendapat tautan pribadi sendiri lewat e-mail.',
  'interest.done.checkMail':
    'Kami mengirim tautan pribadi ke e-mail Anda. Buka tautan itu untuk mengonfirmasi alamat Anda: minat Anda baru tampil dan dihitung di portal setelah itu.',
  'interest.private.claims': 'Permintaan bergabung yang menunggu keputusan Anda',
  'interest.private.decided': 'Keputusan Anda atas permintaan itu tersimpan.',
  'interest.claim.title': 'Permintaan bergabung dengan pendaftaran minat',
  'interest.claim.intro':
    '{name} ({email}, telepon {phone}) meminta bergabung dengan pendaftaran minat {own} untuk inovasi ini, atas nama {agency}.',
  'interest.claim.note': 'Catatannya: {note}',
  'interest.claim.explain':
    'Bila Anda menerima, orang ini mendapat tautan pribadinya sendiri untuk pendaftaran yang sama dan dapat mengubah tahapannya seperti Anda. Data kontak dan catatan pendaftaran Anda tidak berubah, dan tautan Anda tetap berlaku.',
  'interest.claim.accept': 'Terima',
  'interest.claim.decline': 'Tolak',
  'interest.claim.accepted': 'Permintaan ini sudah diterima.',
  'interest.claim.declined': 'Permintaan ini sudah ditolak.',
  'interest.done.link': 'Tautan pribadi Anda',
  'interest.done.keep':
    'Tautan ini juga dikirim ke e-mail Anda; bila hilang, minta tautan baru di halaman inovasi. Dengan tautan ini Anda memperbarui tahapan replikasi atau membatalkan minat.',
  'interest.done.open': 'Buka halaman pribadi',
  'interest.done.back': 'Kembali ke halaman inovasi',
  'interest.private.title': 'Minat replikasi instansi Anda',
  'interest.private.intro':
    'Halaman ini hanya untuk Anda. Siapa pun yang memegang tautannya dapat mengubah tahapan, jadi jangan membagikannya.',
  'interest.private.innovation': 'Inovasi',
  'interest.private.cluster': 'Klaster',
  'interest.private.stage': 'Tahapan saat ini',
  'interest.private.since': 'Sejak',
  'interest.private.contact': 'Kontak (privat)',
  'interest.private.note': 'Catatan',
  'interest.private.shared': 'Dibagikan ke instansi pelaksana',
  'interest.private.sharedNothing': 'Hanya nama instansi, wilayah dan catatan',
  'interest.private.saved': 'Tersimpan: tahapan kini “{stage}”.',
  'interest.private.move': 'Perbarui tahapan',
  'interest.private.moveHint':
    'Pilih tahapan yang sedang dijalani instansi Anda; tahapan dan tanggalnya tampil di halaman inovasi.',
  'interest.private.moveTo': 'Pindah ke “{stage}”',
  'interest.private.current': '{stage} (saat ini)',
  'interest.private.withdraw': 'Batalkan minat',
  'interest.private.withdrawText':
    'Instansi Anda dihapus dari daftar publik dan tidak lagi dihitung. Anda dapat mengaktifkannya kembali di halaman ini dengan memilih tahapan.',
  'interest.private.withdrawConfirm': 'Ya, batalkan minat instansi saya',
  'interest.private.withdrawn':
    'Minat ini dibatalkan: instansi Anda tidak tampil di daftar publik. Pilih tahapan di bawah untuk mengaktifkannya kembali.',
  'interest.private.edit':
    'Mendaftar lagi tidak pernah mengubah pendaftaran ini. Bila narahubung instansi Anda berganti, minta ia mendaftar dengan nama instansi dan wilayah yang sama, lalu terima permintaannya di halaman ini: ia mendapat tautan pribadinya sendiri.',
  'interest.failed.title': 'Kiriman tidak dapat diproses',
  'interest.failed.back': 'Kembali ke formulir',
  'interest.resend.title': 'Kirim ulang tautan pribadi',
  'interest.resend.intro':
    'Tulis alamat e-mail yang Anda pakai saat mendaftarkan minat replikasi. Kami mengirim tautan pribadi baru untuk setiap pendaftaran dengan alamat itu; tautan lama tidak berlaku lagi.',
  'interest.resend.email': 'E-mail yang dipakai saat mendaftar',
  'interest.resend.submit': 'Kirim tautan',
  'interest.resend.done':
    'Permintaan diterima. Bila alamat itu pernah dipakai untuk mendaftar, surel berisi tautan pribadi segera tiba.',
  'interest.resend.open': 'Tautan pribadi hilang? Kirim ulang',
} as const;
