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
} as const;
