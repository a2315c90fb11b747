import type { RelevanceCase } from './types.ts';

/** English public-service words: the Indonesian records they mean. */
function english(
  query: string,
  matches: RegExp,
  inField: 'title' | 'text' = 'title',
): RelevanceCase {
  return { query, why: 'English, for Indonesian records', everyTop3: { in: inField, matches } };
}

export const englishCases: readonly RelevanceCase[] = [
  english('id card', /\bktp\b|kartu tanda penduduk/i, 'text'),
  english('hospital', /rumah sakit|\brsud\b/i, 'text'),
  english('business licence', /izin usaha|perizinan/i),
  english('farmer', /petani|tani/i),
  english('fishermen', /nelayan/i),
  english('school', /sekolah/i),
  english('disability', /disabilitas|difabel/i, 'text'),
  english('complaint', /pengaduan|aduan/i),
  english('village', /desa/i),
  english('pregnant women', /ibu hamil/i),
  english('migrant workers', /pekerja migran/i),
  english('child protection', /perlindungan anak/i),
  english('free school transport', /angkutan sekolah/i),
  english('land registration', /pendaftaran tanah/i),
  english('job seekers', /pencari kerja/i),
  english('emergency', /gawat darurat/i),
];
