import type { RelevanceCase } from './types.ts';

/** A spelling still typed beside the standard one (KBBI): they find each other. */
function variant(
  query: string,
  matches: RegExp,
  inField: 'title' | 'text' = 'title',
): RelevanceCase {
  return { query, why: 'a spelling variant', everyTop3: { in: inField, matches } };
}

export const spellingCases: readonly RelevanceCase[] = [
  variant('perijinan online', /perizinan/i),
  variant('ijin mendirikan bangunan', /izin mendirikan bangunan/i),
  variant('antrian faskes', /antrean faskes|antrian faskes/i),
  variant('resiko tinggi ibu hamil', /risiko tinggi/i),
  variant('sistim informasi', /sistem informasi/i),
  variant('jadual', /jadwal/i, 'text'),
  variant('tanpa antri', /antre|antri/i, 'text'),
];
