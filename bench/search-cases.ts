/**
 * The fixed list of the search bench: 50 queries, each typed on a search page that already has
 * filters, as a civil servant narrows a search and then types. Texts are what people search
 * for in public-service innovation; filter sets are the page's own URL parameters.
 */
const texts = [
  'stunting',
  'puskesmas',
  'layanan kependudukan',
  'bank sampah',
  'umkm',
  'perizinan online',
  'posyandu',
  'ktp elektronik',
  'air bersih',
  'gizi buruk',
  'akta kelahiran',
  'pengaduan masyarakat',
  'nelayan',
  'pajak daerah',
  'rumah sakit',
  'kesehatan ibu',
  'bencana banjir',
  'desa digital',
  'pariwisata',
  'lansia',
  'disabilitas',
  'pertanian organik',
  'pendidikan anak',
  'basaba',
  'pelayanan terpadu',
] as const;

const filterSets = [
  'tahun=2019&tahun=2020',
  'klaster=kabupaten&status=berlanjut',
  'provinsi=Jawa Tengah',
  'sektor=kesehatan&sektor=pendidikan',
  'program=kipp&penghargaan=top-99',
] as const;

export interface SearchCase {
  text: string;
  /** URL parameters of the page the text is typed on. */
  filters: string;
}

export const searchCases: SearchCase[] = [0, 1].flatMap((round) =>
  texts.map((text, index) => ({
    text,
    filters: filterSets[(index + round * 2) % filterSets.length] ?? '',
  })),
);
