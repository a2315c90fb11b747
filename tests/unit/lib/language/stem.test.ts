import { describe, expect, it } from 'vitest';
import { changedStems, stemText, stemWord, words } from '../../../../src/lib/language/stem.ts';

describe('words', () => {
  it('splits as Meilisearch does: lower case, no accents, hyphens and punctuation are breaks', () => {
    expect(words('Pelayanan e-KTP Élektronik, 2018!')).toEqual([
      'pelayanan',
      'e',
      'ktp',
      'elektronik',
      '2018',
    ]);
  });

  it('gives nothing for blank text', () => {
    expect(words(' \n ')).toEqual([]);
  });
});

describe('stemWord', () => {
  it.each([
    ['pelayanan', 'layan'],
    ['perizinan', 'izin'],
    ['kesehatan', 'sehat'],
    ['kependudukan', 'duduk'],
    ['pengelolaan', 'kelola'],
    ['penanggulangan', 'tanggulang'],
    ['pemerintahan', 'pemerintah'],
  ])('%s → %s', (word, stem) => {
    expect(stemWord(word)).toBe(stem);
  });

  // The property that matters: what someone types and what a title says meet on one stem.
  it.each([
    ['layanan', 'pelayanan', 'melayani', 'dilayani'],
    ['izin', 'perizinan', 'mengizinkan'],
    ['penduduk', 'kependudukan'],
    ['kelola', 'pengelolaan', 'mengelola', 'dikelola'],
    ['rencana', 'perencanaan'],
    ['rumah', 'perumahan'],
    ['rekam', 'perekaman', 'merekam'],
    ['tanggulangi', 'penanggulangan', 'menanggulangi'],
    ['cegah', 'pencegahan', 'mencegah'],
    ['periksa', 'pemeriksaan', 'diperiksa'],
    ['nilai', 'penilaian', 'menilai', 'dinilai'],
    ['turun', 'penurunan', 'menurunkan'],
    ['terima', 'penerimaan', 'menerima', 'diterima'],
    ['pegawai', 'kepegawaian'],
    ['digital', 'digitalisasi'],
    ['daftar', 'pendaftaran', 'terdaftar'],
    ['aduan', 'pengaduan', 'mengadu'],
    ['tata', 'penataan'],
    ['keluh', 'keluhan', 'mengeluh'],
    ['kembang', 'pengembangan', 'mengembangkan', 'kembangkan'],
    ['nelayan', 'nelayannya'],
    ['duduk', 'penduduk', 'kependudukan'],
  ])('%s and its family share a stem', (...family) => {
    expect(new Set(family.map(stemWord)).size).toBe(1);
  });

  it.each([
    ['nila', 'nilai'],
    ['gawai', 'pegawai'],
    ['perintah', 'pemerintah'],
  ])('keeps %s and %s apart', (one, other) => {
    expect(stemWord(one)).not.toBe(stemWord(other));
  });

  it('leaves short words, abbreviations and numbers alone', () => {
    expect(['kia', 'rsud', 'umkm', 'di', '2018', 'puskesmas'].map(stemWord)).toEqual([
      'kia',
      'rsud',
      'umkm',
      'di',
      '2018',
      'puskesmas',
    ]);
  });
});

describe('stemText', () => {
  it('stems every word in order and drops stop words', () => {
    expect(stemText('Pelayanan Perizinan untuk Warga di Desa')).toBe('layan izin warga desa');
  });

  it('is empty for stop words only', () => {
    expect(stemText('yang dan di')).toBe('');
  });
});

describe('changedStems', () => {
  it('keeps only stems that differ from their word, once each, in first-use order', () => {
    expect(changedStems(words('Pelayanan desa, pelayanan perizinan dan kesehatan desa'))).toEqual([
      'layan',
      'izin',
      'sehat',
    ]);
  });
});
