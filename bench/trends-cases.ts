/**
 * The fixed list of the trends bench: 20 searches a researcher would chart, as the trends
 * page's own URL parameters. None names a value only the sample has, so the same list runs on
 * the sample and on the generated 100,000 records.
 */
export const trendsCases = [
  '',
  'tahun=2019',
  'tahun=2018&tahun=2019&tahun=2020',
  'klaster=kabupaten',
  'klaster=kota&klaster=provinsi',
  'program=kipp',
  'sektor=kesehatan',
  'sektor=pendidikan&sektor=kependudukan',
  'status=berlanjut',
  'status=berhenti&status=vakum',
  'sdg=3',
  'provinsi=Jawa+Timur',
  'provinsi=Jawa+Barat&klaster=kabupaten',
  'penghargaan=top-99',
  'digital=true',
  'q=kesehatan',
  'q=pelayanan+publik&tahun=2021',
  'q=desa&sektor=desa-pemberdayaan',
  'q=stunting',
  'klaster=kabupaten&sektor=kesehatan&tahun=2019&status=berlanjut',
] as const;
