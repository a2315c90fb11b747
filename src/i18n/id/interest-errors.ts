/**
 * Field-level messages for the replication-interest endpoints and forms: one per field, saying
 * what a valid value is. Keys follow `registrationFields` (src/lib/interest/schema.ts).
 */
export const interestErrors = {
  'interest.error.agency':
    'Tulis nama instansi dengan huruf (3–200 karakter), mis. "Dinas Kesehatan Kota Padang".',
  'interest.error.cluster': 'Pilih klaster instansi.',
  'interest.error.provinceCode': 'Pilih provinsi dari daftar resmi.',
  'interest.error.regencyCode':
    'Pilih kabupaten/kota dari daftar resmi yang berada di provinsi terpilih.',
  'interest.error.contactName': 'Tulis nama narahubung (2–120 karakter).',
  'interest.error.email': 'Tulis alamat e-mail yang valid, mis. nama@instansi.go.id.',
  'interest.error.phone': 'Tulis nomor telepon yang valid (8–23 angka, boleh diawali +).',
  'interest.error.note': 'Catatan paling banyak 2.000 karakter.',
  'interest.error.consent': 'Centang persetujuan penyimpanan data pendaftaran ini.',
  'interest.error.shareEmail': 'Centang atau kosongkan pilihan berbagi e-mail.',
  'interest.error.sharePhone': 'Centang atau kosongkan pilihan berbagi telepon.',
  'interest.error.stage': 'Pilih tahapan yang tersedia.',
  'interest.error.query': 'Tulis paling banyak 100 karakter.',
} as const;
