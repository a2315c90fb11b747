/**
 * Corrections to the Snowball Indonesian stemmer (`@orama/stemmers`), a light rule-based
 * stemmer without a root dictionary. It cannot undo the nasal assimilation of `peN-`/`meN-`
 * (`pengelolaan` → `elola`, not `kelola`), strips `per-`/`ke-` from roots that only look
 * prefixed (`periksa` → `iksa`, `keluhan` → `luhan`) and so splits word families that a
 * civil servant expects to find each other. Only public-service families that the sample
 * showed split are listed; every entry is tested as a family in `stem.test.ts`.
 */

/** Whole words the stemmer gets wrong where a stem-level fix would hit an unrelated word. */
export const wordStems: Readonly<Record<string, string>> = {
  // `nila` is a fish (ikan nila), so the word, not the stem, is corrected.
  nilai: 'nilai',
  dinilai: 'nilai',
  // `perintah` is an order; government is its own root, so `pemerintah kota padang` can still
  // equal an agency name exactly.
  pemerintah: 'pemerintah',
  pemerintahan: 'pemerintah',
  // `gawai` is a gadget; only the employment words are pulled together.
  pegawai: 'pegawai',
  kepegawaian: 'pegawai',
  gawai: 'gawai',
};

/** Stems the stemmer produces that are not Indonesian words, mapped to the real root. */
export const stemFixes: Readonly<Record<string, string>> = {
  nduduk: 'duduk', // kependudukan, with penduduk → duduk
  elola: 'kelola', // pengelolaan, mengelola
  lola: 'kelola', // kelola
  encana: 'rencana', // perencanaan
  umah: 'rumah', // perumahan
  embang: 'kembang', // pengembangan, mengembangkan
  mbangkan: 'kembang', // kembangkan
  ekam: 'rekam', // perekaman (KTP-el)
  anggulang: 'tanggulang', // penanggulangan bencana
  iksa: 'periksa', // periksa
  erima: 'terima', // penerimaan, menerima
  ima: 'terima', // terima
  ila: 'nilai', // menilai
  ilai: 'nilai', // penilaian
  urun: 'turun', // penurunan (stunting)
  luhan: 'keluh', // keluhan
  eluh: 'keluh', // mengeluh
  gawa: 'pegawai', // pegawainya (the words themselves are listed above)
  gital: 'digital', // digital
  gitalisasi: 'digital', // digitalisasi
  nelay: 'nelayan', // nelayan
  ata: 'tata', // penataan (ruang, kota)
};
