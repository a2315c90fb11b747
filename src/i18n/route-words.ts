import type { Locale } from './locales.ts';

/**
 * The words of the site's paths in each language (`cari` ↔ `search`): what `routes.ts` builds
 * links from and what the language switch translates a path with.
 */
export const words = {
  search: { id: 'cari', en: 'search' },
  innovation: { id: 'inovasi', en: 'innovation' },
  browse: { id: 'jelajah', en: 'browse' },
  sector: { id: 'sektor', en: 'sector' },
  province: { id: 'provinsi', en: 'province' },
  year: { id: 'tahun', en: 'year' },
  programme: { id: 'program', en: 'programme' },
  trends: { id: 'tren', en: 'trends' },
  openData: { id: 'data-terbuka', en: 'open-data' },
  dataDictionary: { id: 'kamus-data', en: 'data-dictionary' },
  interest: { id: 'minat', en: 'interest' },
  claim: { id: 'klaim', en: 'claim' },
  resendLinks: { id: 'kirim-ulang-tautan', en: 'resend-link' },
  signIn: { id: 'masuk-akun', en: 'sign-in' },
  agencyArea: { id: 'instansi', en: 'agency' },
  evidence: { id: 'bukti', en: 'evidence' },
  verify: { id: 'verifikasi', en: 'verify' },
  admin: { id: 'admin', en: 'admin' },
  // The administration's own pages keep their Indonesian words in both languages.
  login: { id: 'masuk', en: 'masuk' },
  logout: { id: 'keluar', en: 'keluar' },
  runs: { id: 'pemuatan', en: 'pemuatan' },
  outbox: { id: 'surat', en: 'surat' },
  audit: { id: 'jejak', en: 'jejak' },
  accounts: { id: 'akun', en: 'akun' },
  reviews: { id: 'pemutakhiran', en: 'pemutakhiran' },
  curation: { id: 'kurasi', en: 'kurasi' },
  quality: { id: 'kualitas-data', en: 'kualitas-data' },
  replication: { id: 'replikasi', en: 'replikasi' },
  // The admin area's ingest jobs: `/admin/pemuatan/baru` ↔ `/en/admin/ingest/new`.
  ingest: { id: 'pemuatan', en: 'ingest' },
  newJob: { id: 'baru', en: 'new' },
  jobs: { id: 'tugas', en: 'jobs' },
  progress: { id: 'progres', en: 'progress' },
  harvests: { id: 'panen', en: 'harvests' },
  freshness: { id: 'kesegaran', en: 'kesegaran' },
} as const satisfies Record<string, Record<Locale, string>>;

export type Word = keyof typeof words;

/** Words that may follow `browse` (`/jelajah/sektor/...`). */
export const browseKinds = [
  'sector',
  'province',
  'year',
  'programme',
] as const satisfies readonly Word[];

export type BrowseKind = (typeof browseKinds)[number];
