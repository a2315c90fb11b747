/**
 * Field-level messages for the replication-interest endpoints and forms: one per field, saying
 * what a valid value is. Keys follow `registrationFields` (src/lib/interest/schema.ts).
 */
export const interestErrors = {
  'interest.error.agency':
    'Tulis nama instansi (3–200 karakter), mis. "Dinas Kesehatan Kota Padang".',
  'interest.error.cluster': 'Pilih klaster instansi.',
  'interest.error.provinceCode': 'Pilih provinsi dari daftar resmi.',
  'interest.error.regencyCode':
    'Pilih kabupaten/kota dari daftar resmi yang berada di provinsi terpilih.',
  'interest.error.contactName': 'Tulis nama narahubung (2–120 karakter).',
  'interest.error.email': 'Tulis alamat e-mail yang valid, mis. nama@instansi.go.id.',
  'interest.error.phone': 'Tulis nomor telepon yang valid (8–23 angka, boleh diawali +).',
  'interest.error.note': 'Catatan paling banyak 2.000 karakter.',
  'interest.error.consent': 'Centang persetujuan untuk dihubungi oleh instansi pelaksana inovasi.',
  'interest.error.stage': 'Pilih tahapan yang tersedia.',
  'interest.error.invalid': 'Periksa kembali isian yang ditandai.',
  'interest.error.unknownInnovation': 'Inovasi ini tidak ada di katalog.',
  'interest.error.unknownEntry': 'Tautan pribadi ini tidak berlaku atau sudah diganti.',
  'interest.error.tooLarge': 'Kiriman terlalu besar.',
  'interest.error.mediaType': 'Kirim sebagai formulir atau JSON.',
  'interest.error.crossSite': 'Kiriman dari situs lain ditolak.',
  'interest.error.malformed': 'Kiriman tidak dapat dibaca.',
  'interest.error.rateLimited': 'Terlalu banyak permintaan. Coba lagi dalam {seconds} detik.',
  'interest.error.unavailable': 'Layanan sedang tidak tersedia. Coba lagi sebentar lagi.',
  'interest.error.notFound': 'Alamat ini tidak ada.',
  'interest.error.method': 'Metode permintaan ini tidak didukung di alamat ini.',
  'interest.error.query': 'Tulis paling banyak 100 karakter.',
} as const;
