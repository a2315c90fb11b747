import type { FieldPattern, RelevanceCase } from './types.ts';

/** A place a query names, in every spelling people type: its records first. */
function placed(
  query: string,
  subject: RegExp | undefined,
  place: RegExp,
  why: string,
): RelevanceCase {
  const where: FieldPattern = { in: 'place', matches: place };
  const everyTop3 =
    subject === undefined ? where : [{ in: 'title', matches: subject } as const, where];
  return { query, why, everyTop3 };
}

export const placeCases: readonly RelevanceCase[] = [
  placed('sampah jateng', /sampah/i, /^Jawa Tengah$/m, 'a subject and a province short name'),
  placed('sekolah jatim', /sekolah/i, /^Jawa Timur$/m, 'Jatim'),
  placed('perizinan sumbar', /perizinan|izin/i, /^Sumatera Barat$/m, 'Sumbar, not Sumba Barat'),
  placed('sampah sumut', /sampah/i, /^Sumatera Utara$/m, 'Sumut'),
  placed('bencana sulsel', /bencana/i, /^Sulawesi Selatan$/m, 'Sulsel'),
  placed('sekolah bali', /sekolah/i, /^Bali$/m, 'a province by its name'),
  placed('sekolah ntt', /sekolah/i, /^Nusa Tenggara Timur$/m, 'NTT after a subject'),
  placed('desa kaltim', /desa/i, /^Kalimantan Timur$/m, 'Kaltim'),
  placed('desa banyuwangi', /desa/i, /^Kabupaten Banyuwangi$/m, 'a bare regency name'),
  placed('pemkot surabaya', undefined, /^Kota Surabaya$/m, 'Pemkot + a city'),
  placed(
    'kabupaten bantaeng sekolah',
    /sekolah/i,
    /^Kabupaten Bantaeng$/m,
    'Kabupaten written out',
  ),
  placed('prov. jawa timur sampah', /sampah/i, /^Jawa Timur$/m, 'Prov. with its dot'),
  placed('pemprov jatim', undefined, /^Jawa Timur$/m, 'Pemprov + a short name'),
  placed('sleman', undefined, /^Kabupaten Sleman$/m, 'a bare regency name alone'),
  placed('kota yogyakarta', undefined, /^Kota Yogyakarta$/m, 'the city, not the province'),
  placed('desa kab. sumedang', /desa/i, /^Kabupaten Sumedang$/m, 'Kab. after the subject'),
  placed(
    'pajak jabar',
    /pajak|retribusi/i,
    /^Jawa Barat$/m,
    'Jabar; a levy (retribusi) is a regional tax too',
  ),
  {
    query: 'nelayan sumut',
    why: 'four Sumatera Utara records are about fishers by their title',
    everyTop3: [
      { in: 'text', matches: /nelayan/i },
      { in: 'place', matches: /^Sumatera Utara$/m },
    ],
    first: { in: 'title', matches: /nelayan/i },
  },
  placed('jalan kalbar', /jalan/i, /^Kalimantan Barat$/m, 'Kalbar'),
];
