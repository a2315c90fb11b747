/** The messages the portal mails (subject, paragraphs, link labels), in Indonesian. */
export const mail = {
  'mail.footer':
    'Surel ini dikirim otomatis oleh Lumbung Inovasi karena alamat ini dipakai untuk mendaftarkan minat replikasi. Bila bukan Anda yang mendaftar, abaikan surel ini.',
  'mail.link.subject': 'Tautan pribadi pendaftaran minat replikasi Anda',
  'mail.link.intro': '{agency} tercatat berminat mereplikasi inovasi “{innovation}”. Terima kasih.',
  'mail.link.body':
    'Dengan tautan pribadi di bawah ini Anda dapat melihat pendaftaran Anda, mengubah tahapannya, atau membatalkannya. Jangan bagikan tautan ini: siapa pun yang memegangnya dapat mengubah pendaftaran Anda.',
  'mail.link.label': 'Buka pendaftaran Anda',
  'mail.resend.subject': 'Tautan pribadi pendaftaran minat replikasi Anda',
  'mail.resend.intro':
    'Tautan pribadi untuk pendaftaran minat replikasi dengan alamat surel ini diminta di Lumbung Inovasi. Berikut tautan baru untuk setiap pendaftaran; tautan yang lama tidak berlaku lagi.',
  'mail.resend.entry': '{agency}: {innovation}',
  'mail.stage.subject': 'Tahapan pendaftaran minat Anda kini “{stage}”',
  'mail.stage.intro':
    'Tahapan pendaftaran minat replikasi {agency} untuk inovasi “{innovation}” diubah oleh administrator Lumbung Inovasi dari “{from}” menjadi “{stage}”.',
  'mail.stage.body':
    'Tautan pribadi pendaftaran Anda ada di surel pendaftaran; bila hilang, minta tautan baru di halaman inovasi.',
  'mail.stage.label': 'Halaman inovasi',
  'mail.agency.subject': 'Minat replikasi baru untuk “{innovation}”',
  'mail.agency.intro':
    '{agency} ({region}) mendaftarkan minat mereplikasi inovasi “{innovation}” yang dilaksanakan {owner}.',
  'mail.agency.forward':
    '{owner} belum memiliki akun di Lumbung Inovasi, jadi surel ini dikirim kepada administrator. Mohon teruskan kepada instansi tersebut.',
  'mail.agency.note': 'Catatan pendaftar: {note}',
  'mail.agency.noNote': 'Pendaftar tidak menulis catatan.',
  'mail.agency.contact':
    'Pendaftar membagikan kontaknya kepada instansi pelaksana inovasi: {contact}.',
  'mail.agency.contactEmail': 'narahubung {name}, e-mail {email}',
  'mail.agency.contactPhone': 'telepon {phone}',
  'mail.agency.noContact':
    'Pendaftar tidak membagikan kontaknya, jadi surel ini tidak memuat narahubungnya.',
  'mail.agency.areaLabel': 'Buka area instansi Anda',
  'mail.agency.adminLabel': 'Buka administrasi pendaftaran',
  'mail.agency.innovationLabel': 'Halaman inovasi',
  'mail.agency.footer':
    'Surel ini dikirim otomatis oleh Lumbung Inovasi kepada instansi pelaksana inovasi (atau administrator portal). Data kontak di dalamnya hanya untuk urusan replikasi inovasi ini.',
  'mail.claim.subject': 'Permintaan bergabung dengan pendaftaran minat {agency}',
  'mail.claim.intro':
    '{name} ({email}) mendaftarkan minat mereplikasi “{innovation}” atas nama {agency}. Instansi itu sudah terdaftar untuk inovasi ini sebagai {own}, dengan alamat surel Anda.',
  'mail.claim.body':
    'Pendaftaran Anda tidak diubah dan tautan pribadi Anda tetap berlaku. Bila orang ini memang dari instansi Anda, terima permintaannya: ia mendapat tautan pribadinya sendiri untuk pendaftaran yang sama. Bila tidak, tolak atau abaikan surel ini.',
  'mail.claim.label': 'Terima atau tolak permintaan',
  'mail.claimAccepted.subject': 'Permintaan Anda diterima: tautan pribadi pendaftaran minat',
  'mail.claimAccepted.intro':
    'Permintaan Anda untuk bergabung dengan pendaftaran minat {agency} untuk inovasi “{innovation}” diterima.',
  'mail.reminder.subject': 'Mohon mutakhirkan inovasi {agency} di Lumbung Inovasi',
  'mail.reminder.intro':
    'Inovasi {agency} berikut belum dimutakhirkan selama lebih dari 12 bulan: tidak ada pemutakhiran dari instansi dan tidak ada status bertanggal dari program.',
  'mail.reminder.body':
    'Mohon sampaikan apakah inovasi ini berlanjut, berkembang, berhenti, atau vakum. Satu klik membuka halamannya di area instansi Anda (masuk dengan e-mail ini bila diminta).',
  'mail.reminder.footer':
    'Surel ini dikirim otomatis oleh Lumbung Inovasi kepada instansi pelaksana inovasi, paling banyak sebulan sekali.',
} as const;
