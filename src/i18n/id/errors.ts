/**
 * The messages of the HTTP edge's failures (`src/http/failure.ts`), one per error code, and of
 * a URL parameter that is refused. Shown in a JSON answer's `message` and on error pages.
 */
export const errors = {
  'error.invalid': 'Periksa kembali isian yang ditandai.',
  'error.unknownInnovation': 'Inovasi ini tidak ada di katalog.',
  'error.unknownEntry': 'Tautan pribadi ini tidak berlaku atau sudah diganti.',
  'error.tooLarge': 'Kiriman terlalu besar.',
  'error.mediaType': 'Kirim sebagai formulir atau JSON.',
  'error.crossSite': 'Kiriman dari situs lain ditolak.',
  'error.malformed': 'Kiriman tidak dapat dibaca.',
  'error.rateLimited': 'Terlalu banyak permintaan. Coba lagi dalam {seconds} detik.',
  'error.unavailable': 'Layanan sedang tidak tersedia. Coba lagi sebentar lagi.',
  'error.notFound': 'Alamat ini tidak ada.',
  'error.gone': 'Inovasi ini pernah diterbitkan tetapi sudah dihapus dari katalog.',
  'error.method': 'Metode permintaan ini tidak didukung di alamat ini.',
  'error.badRequest': 'Permintaan ini tidak dapat dibaca.',
  'error.forbidden': 'Halaman ini hanya untuk akun instansi.',
  'error.unauthorized': 'Masuk dulu sebagai administrator.',
  'error.internal': 'Terjadi kesalahan di server. Coba lagi nanti.',
  'error.param.unknown': 'Bukan parameter alamat ini.',
  'error.param.invalid': 'Nilai ini tidak sah.',
  'error.param.tooBig': 'Nilai ini terlalu besar.',
  'error.param.tooSmall': 'Nilai ini terlalu kecil.',
  'error.param.pageEnd': 'Halaman hasil berakhir di rekaman ke-{max}.',
} as const;
