import type { RelevanceCase } from './types.ts';

/** A question as typed into a search box: its glue never empties the result. */
function asked(query: string, matches: RegExp, inField: 'title' | 'text' = 'title'): RelevanceCase {
  return { query, why: 'a natural question', everyTop3: { in: inField, matches } };
}

export const questionCases: readonly RelevanceCase[] = [
  asked('bagaimana cara membuat ktp elektronik', /ktp/i),
  asked('cara daftar anak putus sekolah', /putus sekolah/i),
  asked('apa inovasi untuk mencegah stunting', /stunting/i),
  asked('bagaimana mengurus izin usaha', /izin usaha|perizinan/i),
  asked('dimana lapor jalan rusak', /jalan rusak/i),
  asked('cara bayar pajak di bank', /bayar pajak|pembayaran pajak/i),
  asked('bagaimana mengurangi sampah plastik', /sampah plastik/i),
  asked('apa itu asi eksklusif', /asi eksklusif/i),
  asked('cara mendapatkan rumah layak huni', /rumah layak huni/i),
  asked('bagaimana melindungi pekerja migran', /pekerja migran/i),
  asked('cara mengurus kartu kuning', /kartu kuning/i),
];
