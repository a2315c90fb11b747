/** Accounts: signing in by e-mailed link, invitations, and their messages. */
export const accounts = {
  'accounts.signIn.title': 'Masuk dengan akun',
  'accounts.signIn.intro':
    'Tulis alamat e-mail akun Anda. Kami mengirim tautan masuk sekali pakai yang berlaku 15 menit.',
  'accounts.signIn.email': 'E-mail',
  'accounts.signIn.submit': 'Kirim tautan masuk',
  'accounts.signIn.sent':
    'Bila alamat itu memiliki akun, tautan masuk segera tiba di kotak suratnya. Tautan berlaku 15 menit dan hanya sekali.',
  'accounts.signIn.error.email': 'Tulis alamat e-mail yang valid, mis. nama@instansi.go.id.',
  'accounts.link.title': 'Masuk ke Lumbung Inovasi',
  'accounts.link.intro': 'Tekan tombol untuk masuk. Tautan ini hanya dapat dipakai sekali.',
  'accounts.link.submit': 'Masuk',
  'accounts.link.invalid':
    'Tautan masuk ini tidak berlaku lagi (sudah dipakai, lewat 15 menit, atau salah). Minta tautan baru.',
  'accounts.link.again': 'Minta tautan masuk baru',
  'accounts.link.signedIn': 'Anda sudah masuk.',
  'accounts.area.title': 'Area instansi',
  'accounts.area.intro':
    'Inovasi {agency} di Lumbung Inovasi dan instansi yang berminat mereplikasinya. Kontak pendaftar ditampilkan karena mereka setuju dihubungi oleh instansi pelaksana.',
  'accounts.area.none': 'Belum ada inovasi dengan nama instansi ini di katalog.',
  'accounts.area.noRegistrations': 'Belum ada pendaftaran minat.',
  'accounts.area.registrant': 'Instansi pendaftar',
  'accounts.area.contact': 'Kontak',
  'accounts.area.notShared': 'Pendaftar tidak membagikan kontaknya.',
  'accounts.area.stage': 'Tahapan',
  'accounts.area.note': 'Catatan',
  'accounts.area.signOut': 'Keluar',
  'accounts.admin.title': 'Akun',
  'accounts.admin.none': 'Belum ada akun. Administrator pertama masuk dengan token administrator.',
  'accounts.admin.email': 'E-mail',
  'accounts.admin.role': 'Peran',
  'accounts.admin.agency': 'Instansi',
  'accounts.admin.invitedBy': 'Diundang oleh',
  'accounts.admin.role.admin': 'Administrator',
  'accounts.admin.role.agency': 'Instansi',
  'accounts.invite.heading': 'Undang orang',
  'accounts.invite.intro':
    'Orang yang diundang masuk dengan tautan yang dikirim ke e-mailnya. Satu orang hanya untuk satu instansi.',
  'accounts.invite.agency.hint': 'Untuk peran Instansi: nama instansi seperti di data inovasi.',
  'accounts.invite.submit': 'Undang',
  'accounts.invite.done': 'Undangan dikirim ke {email}.',
  'accounts.invite.exists': 'Alamat itu sudah memiliki akun.',
  'accounts.invite.error.email': 'Tulis alamat e-mail yang valid.',
  'accounts.invite.error.role': 'Pilih peran.',
  'accounts.invite.error.agency':
    'Tulis nama instansi (3–200 karakter, memuat huruf) untuk peran Instansi.',
  'mail.signIn.subject': 'Tautan masuk Lumbung Inovasi',
  'mail.signIn.intro':
    'Gunakan tautan ini untuk masuk ke Lumbung Inovasi. Tautan berlaku 15 menit dan hanya sekali. Bila Anda tidak memintanya, abaikan surel ini.',
  'mail.signIn.label': 'Masuk ke Lumbung Inovasi',
  'mail.invite.subject': 'Undangan ke Lumbung Inovasi',
  'mail.invite.admin': 'Anda diundang sebagai administrator Lumbung Inovasi.',
  'mail.invite.agency': 'Anda diundang untuk mengelola inovasi {agency} di Lumbung Inovasi.',
  'mail.invite.how': 'Masuk dengan alamat e-mail ini: kami mengirim tautan masuk sekali pakai.',
  'mail.invite.label': 'Masuk',
  'mail.accountFooter':
    'Surel ini dikirim otomatis oleh Lumbung Inovasi kepada pemegang akun atau orang yang diundang.',
} as const;
