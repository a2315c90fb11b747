import type { RelevanceCase } from './types.ts';

/** Abbreviations and their spelled-out forms, both ways. */
export const synonymCases: readonly RelevanceCase[] = [
  {
    query: 'dukcapil',
    why: 'short name of the civil registry office',
    everyTop3: { in: 'text', matches: /dukcapil|kependudukan dan pencatatan sipil/i },
  },
  {
    query: 'disdukcapil',
    why: 'another short name, rare in the sample',
    everyTop3: { in: 'text', matches: /dukcapil|kependudukan dan pencatatan sipil/i },
  },
  {
    query: 'adminduk',
    why: 'abbreviation in titles',
    everyTop3: { in: 'title', matches: /adminduk|administrasi kependudukan/i },
  },
  {
    query: 'administrasi kependudukan',
    why: 'spelled out, finds the adminduk titles too',
    everyTop3: { in: 'title', matches: /adminduk|administrasi kependudukan/i },
  },
  {
    query: 'umkm',
    why: 'abbreviation in titles',
    everyTop3: { in: 'title', matches: /umkm|usaha mikro/i },
  },
  {
    query: 'usaha mikro kecil dan menengah',
    why: 'five words: too long for a Meilisearch synonym key',
    everyTop3: { in: 'text', matches: /umkm|usaha mikro/i },
  },
  {
    query: 'rsud',
    why: 'hospital units are written RSUD',
    everyTop3: { in: 'text', matches: /rsud|rumah sakit umum daerah/i },
  },
  {
    query: 'rumah sakit umum daerah',
    why: 'spelled out, no sample text spells it out',
    everyTop3: { in: 'text', matches: /rsud|rumah sakit umum daerah/i },
  },
  {
    query: 'kia',
    why: 'both senses: kesehatan ibu dan anak, kartu identitas anak',
    everyTop3: { in: 'text', matches: /\bkia\b|kesehatan ibu dan anak|kartu identitas anak/i },
  },
  {
    query: 'kartu identitas anak',
    why: 'one sense of KIA, literally in titles',
    everyTop3: { in: 'title', matches: /kartu identitas anak/i },
  },
  {
    query: 'mpp',
    why: 'acronym of mal pelayanan',
    everyTop3: { in: 'title', matches: /mal pelayanan/i },
  },
  {
    query: 'mal pelayanan publik',
    why: 'spelled out',
    everyTop3: { in: 'title', matches: /mal pelayanan/i },
  },
  {
    query: 'tengkes',
    why: 'the Indonesian word for stunting; no sample text uses it',
    everyTop3: { in: 'title', matches: /stunting/i },
  },
  {
    query: 'e-ktp',
    why: 'hyphenated abbreviation of KTP elektronik',
    everyTop3: { in: 'text', matches: /ktp/i },
  },
  {
    query: 'pemkot padang',
    why: 'agencies are written Pemerintah Kota',
    everyTop3: { in: 'agency', matches: /^Pemerintah Kota Padang$/ },
  },
  {
    query: 'pemerintah kota padang',
    why: 'an agency name typed in full equals the agency exactly',
    everyTop3: { in: 'agency', matches: /^Pemerintah Kota Padang$/ },
  },
  {
    query: 'pemkab tanah datar',
    why: 'agencies are written Pemerintah Kabupaten',
    everyTop3: { in: 'agency', matches: /^Pemerintah Kabupaten Tanah Datar$/ },
  },
  {
    query: 'pbb',
    why: 'the land tax, in summaries as PBB',
    everyTop3: { in: 'text', matches: /pajak bumi dan bangunan|\bPBB\b/i },
  },
  {
    query: 'pajak bumi dan bangunan',
    why: 'spelled out, finds PBB',
    everyTop3: { in: 'text', matches: /pajak bumi dan bangunan|\bPBB\b/i },
  },
  {
    query: 'bpbd',
    why: 'the regional disaster agency',
    everyTop3: { in: 'text', matches: /\bBPBD\b|penanggulangan bencana daerah/i },
  },
  {
    query: 'ptsp',
    why: 'one-stop licensing offices',
    everyTop3: { in: 'text', matches: /\bPTSP\b|pelayanan terpadu satu pintu/i },
  },
  {
    query: 'pelayanan terpadu satu pintu',
    why: 'spelled out (four words: no synonym key), finds PTSP',
    everyTop3: { in: 'text', matches: /\bPTSP\b|pelayanan terpadu satu pintu/i },
  },
  {
    query: 'bansos',
    why: 'social assistance',
    everyTop3: { in: 'text', matches: /bansos|bantuan sosial/i },
  },
  {
    query: 'bantuan sosial',
    why: 'spelled out',
    everyTop3: { in: 'text', matches: /bansos|bantuan sosial/i },
  },
  {
    query: 'faskes',
    why: 'health facilities',
    everyTop3: { in: 'text', matches: /faskes|fasilitas kesehatan/i },
  },
  {
    query: 'imb',
    why: 'the building permit',
    everyTop3: { in: 'text', matches: /izin mendirikan bangunan|\bIMB\b/i },
  },
  {
    query: 'izin mendirikan bangunan',
    why: 'spelled out',
    everyTop3: { in: 'title', matches: /izin mendirikan bangunan|\bIMB\b/i },
  },
  {
    query: 'asn',
    why: 'civil servants',
    everyTop3: { in: 'text', matches: /\bASN\b|aparatur sipil negara/i },
  },
  {
    query: 'bumil',
    why: 'pregnant women, written ibu hamil',
    everyTop3: { in: 'text', matches: /ibu hamil|bumil/i },
  },
  {
    query: 'lanjut usia',
    why: 'spelled out, finds lansia',
    everyTop3: { in: 'text', matches: /lansia|lanjut usia/i },
  },
  {
    query: 'posyandu',
    why: 'village health posts',
    everyTop3: { in: 'text', matches: /posyandu|pos pelayanan terpadu/i },
  },
  {
    query: 'opd',
    why: 'regional offices',
    everyTop3: { in: 'text', matches: /\bOPD\b|perangkat daerah/i },
  },
];
