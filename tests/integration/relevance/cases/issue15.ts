import type { RelevanceCase, RelevanceKind } from './types.ts';

/** A case of the issue's first list, with the kind it is reported under. */
export interface IssueCase {
  readonly kind: RelevanceKind;
  readonly case: RelevanceCase;
}

const sleman = { in: 'place', matches: /^Kabupaten Sleman$/m } as const;

/** Every query of issue 15's first list, judged from the sample's records. */
export const issue15Cases: readonly IssueCase[] = [
  { kind: 'place', case: { query: 'Kab Sleman', why: 'Kab + a regency', everyTop3: sleman } },
  { kind: 'place', case: { query: 'Kab. Sleman', why: 'Kab. with its dot', everyTop3: sleman } },
  {
    kind: 'place',
    case: {
      query: 'pemkab sleman',
      why: 'Sleman’s government, not every regency’s',
      everyTop3: sleman,
    },
  },
  {
    kind: 'spelling',
    case: {
      query: 'perijinan',
      why: 'the old spelling of perizinan',
      everyTop3: { in: 'title', matches: /perizinan|izin/i },
    },
  },
  {
    kind: 'spelling',
    case: {
      query: 'ijin usaha',
      why: 'ijin is izin; four letters take no typo',
      everyTop3: { in: 'title', matches: /izin usaha|perizinan berusaha/i },
    },
  },
  {
    kind: 'typo',
    case: {
      query: 'kependudkan',
      why: 'a letter left out of an affixed word: the stem is broken, the word is one typo off',
      everyTop3: { in: 'text', matches: /kependudukan/i },
    },
  },
  {
    kind: 'typo',
    case: {
      query: 'pengadaun masyarakat',
      why: 'two letters swapped in an affixed word',
      everyTop3: { in: 'title', matches: /pengaduan masyarakat/i },
    },
  },
  {
    kind: 'place',
    case: {
      query: 'jateng',
      why: 'a province’s short name',
      everyTop3: { in: 'place', matches: /^Jawa Tengah$/m },
    },
  },
  {
    kind: 'place',
    case: {
      query: 'NTT',
      why: 'a province’s initials',
      everyTop3: { in: 'place', matches: /^Nusa Tenggara Timur$/m },
    },
  },
  {
    kind: 'place',
    case: {
      query: 'DIY',
      why: 'Daerah Istimewa Yogyakarta',
      everyTop3: { in: 'place', matches: /^Daerah Istimewa Yogyakarta$/m },
    },
  },
  {
    kind: 'place',
    case: {
      query: 'sumbar',
      why: 'Sumatera Barat, not Sumba Barat',
      everyTop3: { in: 'place', matches: /^Sumatera Barat$/m },
    },
  },
  {
    kind: 'place',
    case: {
      query: 'puskesmas kota padang',
      why: 'Kota Padang first, not Padangsidimpuan',
      everyTop3: { in: 'text', matches: /puskesmas/i },
      first: { in: 'place', matches: /^Kota Padang$/m },
    },
  },
  {
    kind: 'english',
    case: {
      query: 'online queue puskesmas',
      why: 'queue is antrian; puskesmas must not be dropped',
      everyTop3: {
        in: 'title',
        matches: /(antrian|antrean) puskesmas|puskesmas.*(antrian|antrean)/i,
      },
    },
  },
  {
    kind: 'question',
    case: {
      query: 'cara mengurus akta kelahiran secara online',
      why: 'cara and mengurus only hold the question together',
      everyTop3: { in: 'title', matches: /akta kelahiran/i },
    },
  },
  {
    kind: 'english',
    case: {
      query: 'maternal health',
      why: 'kesehatan ibu, ibu hamil',
      everyTop3: { in: 'text', matches: /kesehatan ibu|ibu hamil|persalinan/i },
    },
  },
  {
    kind: 'english',
    case: {
      query: 'birth certificate online',
      why: 'akta kelahiran online',
      everyTop3: { in: 'title', matches: /akta kelahiran/i },
    },
  },
  {
    kind: 'english',
    case: {
      query: 'waste bank',
      why: 'bank sampah',
      everyTop3: { in: 'title', matches: /bank sampah/i },
    },
  },
  {
    kind: 'english',
    case: {
      query: 'flood early warning',
      why: 'peringatan dini banjir',
      everyTop3: { in: 'title', matches: /peringatan dini banjir/i },
    },
  },
  {
    kind: 'spelling',
    case: {
      query: 'antrian',
      why: 'finds antrean too',
      everyTop3: { in: 'title', matches: /antrian|antrean|antre/i },
    },
  },
  {
    kind: 'spelling',
    case: {
      query: 'antrean',
      why: 'finds antrian too',
      everyTop3: { in: 'title', matches: /antrian|antrean|antre/i },
    },
  },
  {
    kind: 'abbreviation',
    case: {
      query: 'pkm',
      why: 'puskesmas, not Pencari Kerja Muda',
      everyTop3: { in: 'title', matches: /puskesmas/i },
    },
  },
  {
    kind: 'abbreviation',
    case: {
      query: 'KB',
      why: 'keluarga berencana, not Kampung Benih Unggul',
      everyTop3: { in: 'text', matches: /keluarga berencana|\bKB\b/i },
    },
  },
];
