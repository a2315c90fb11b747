import { narrower, same, senses, synonymPairs, type SynonymEntry } from './synonym-entry.ts';

/**
 * Abbreviations and their spelled-out forms as Indonesian public-service titles write them.
 * Terms are lower case; a hyphen is a word break for Meilisearch (`e-ktp` is `e ktp`).
 */
export const publicServiceSynonyms: readonly SynonymEntry[] = [
  // health
  same('puskesmas', 'pusat kesehatan masyarakat'),
  same('posyandu', 'pos pelayanan terpadu'),
  same('rsud', 'rumah sakit umum daerah'),
  same('rsu', 'rumah sakit umum'),
  same('rs', 'rumah sakit'),
  same('dinkes', 'dinas kesehatan'),
  same('nakes', 'tenaga kesehatan'),
  same('faskes', 'fasilitas kesehatan'),
  same('bumil', 'ibu hamil'),
  same('stunting', 'tengkes', 'gagal tumbuh'),
  same('tbc', 'tuberkulosis'),
  senses('tb', 'tuberkulosis', 'tinggi badan'),
  same('dbd', 'demam berdarah'),
  same('kb', 'keluarga berencana'),
  same('jkn', 'jaminan kesehatan nasional'),
  same('bpjs', 'badan penyelenggara jaminan sosial'),
  same('lansia', 'lanjut usia'),
  senses('kia', 'kesehatan ibu dan anak', 'kartu identitas anak'),
  // population administration
  same('dukcapil', 'disdukcapil', 'dispendukcapil', 'kependudukan dan pencatatan sipil'),
  same('adminduk', 'administrasi kependudukan'),
  same('ktp', 'kartu tanda penduduk'),
  same('e ktp', 'ektp', 'ktp el', 'ktp elektronik'),
  same('kk', 'kartu keluarga'),
  same('akta', 'akte'),
  // government and its agencies
  same('pemkab', 'pemerintah kabupaten'),
  same('pemkot', 'pemerintah kota'),
  same('pemprov', 'pemerintah provinsi'),
  same('pemda', 'pemerintah daerah'),
  narrower('pemda', 'pemkab', 'pemkot', 'pemprov'),
  same('opd', 'skpd', 'perangkat daerah', 'organisasi perangkat daerah'),
  same('upt', 'unit pelaksana teknis'),
  same('asn', 'aparatur sipil negara'),
  same('pns', 'pegawai negeri sipil'),
  same('bappeda', 'badan perencanaan pembangunan daerah'),
  same('bapenda', 'badan pendapatan daerah'),
  same('bpbd', 'badan penanggulangan bencana daerah'),
  same('disdik', 'dinas pendidikan'),
  same('dishub', 'dinas perhubungan'),
  same('dinsos', 'dinas sosial'),
  same('disnaker', 'dinas tenaga kerja'),
  same('dlh', 'dinas lingkungan hidup'),
  same('satpol pp', 'satuan polisi pamong praja'),
  same('damkar', 'pemadam kebakaran'),
  same('bumn', 'badan usaha milik negara'),
  same('bumd', 'badan usaha milik daerah'),
  same('bumdes', 'bumdesa', 'badan usaha milik desa'),
  same('pdam', 'perusahaan daerah air minum'),
  // public services, licences and money
  same('mpp', 'mal pelayanan publik'),
  same('ptsp', 'pelayanan terpadu satu pintu'),
  narrower('dpmptsp', 'ptsp', 'penanaman modal'),
  same('spbe', 'sistem pemerintahan berbasis elektronik'),
  same('nib', 'nomor induk berusaha'),
  same('imb', 'izin mendirikan bangunan'),
  same('pbg', 'persetujuan bangunan gedung'),
  same('pad', 'pendapatan asli daerah'),
  senses('pbb', 'pajak bumi dan bangunan', 'perserikatan bangsa bangsa'),
  senses('ikm', 'indeks kepuasan masyarakat', 'industri kecil menengah'),
  // economy, welfare, education
  same('umkm', 'usaha mikro kecil dan menengah'),
  same('ukm', 'usaha kecil dan menengah'),
  narrower('umkm', 'ukm'),
  same('bansos', 'bantuan sosial'),
  same('pkh', 'program keluarga harapan'),
  same('pkk', 'pemberdayaan kesejahteraan keluarga'),
  same('paud', 'pendidikan anak usia dini'),
  same('smk', 'sekolah menengah kejuruan'),
  same('disabilitas', 'difabel'),
  same('daring', 'online'),
  same('luring', 'offline'),
  // spelling variants: the standard form (KBBI) and the one people still type
  same('izin', 'ijin'),
  same('perizinan', 'perijinan'),
  same('antrean', 'antrian'),
  same('praktik', 'praktek'),
  same('apotek', 'apotik'),
  same('nasihat', 'nasehat'),
  same('risiko', 'resiko'),
  same('sistem', 'sistim'),
  same('jadwal', 'jadual'),
  same('aktivitas', 'aktifitas'),
  same('analisis', 'analisa'),
  same('ijazah', 'ijasah'),
  same('teknologi', 'tehnologi'),
  same('sertifikat', 'sertipikat'),
  same('kualitas', 'kwalitas'),
  same('kuitansi', 'kwitansi'),
  same('hakikat', 'hakekat'),
  same('standardisasi', 'standarisasi'),
  same('lembap', 'lembab'),
  same('manajemen', 'menejemen'),
  // development goals
  same('tpb', 'sdgs', 'sdg', 'tujuan pembangunan berkelanjutan'),
];

/**
 * Meilisearch looks up synonyms for query phrases of one to three words only
 * (meilisearch/documentation#2676): a longer phrase is still found from its abbreviation,
 * but as a key it would never fire, so it is left out of the map.
 */
export const maxSynonymKeyWords = 3;

/**
 * The Meilisearch `synonyms` setting: each term to every term a search for it should also
 * find, merged across entries, without duplicates, keys and values in a stable order.
 */
export function buildSynonyms(entries: readonly SynonymEntry[]): Record<string, string[]> {
  const alternatives = new Map<string, Set<string>>();
  for (const [from, to] of synonymPairs(entries).map(normalisePair)) {
    if (from === to || wordCount(from) > maxSynonymKeyWords) continue;
    const set = alternatives.get(from) ?? new Set<string>();
    alternatives.set(from, set.add(to));
  }
  return Object.fromEntries(
    [...alternatives.keys()].sort().map((key) => [key, [...(alternatives.get(key) ?? [])].sort()]),
  );
}

// --- internal ---

function normalisePair([from, to]: [string, string]): [string, string] {
  return [normaliseTerm(from), normaliseTerm(to)];
}

function normaliseTerm(term: string): string {
  return term
    .toLowerCase()
    .replace(/[\s-]+/g, ' ')
    .trim();
}

function wordCount(term: string): number {
  return term.split(' ').length;
}
