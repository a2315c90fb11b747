import { defaultLocale, locales, type Locale } from './locales.ts';
import { fillPattern } from './route-pattern.ts';
import { words, type BrowseKind, type Word } from './route-words.ts';

export type { BrowseKind } from './route-words.ts';

/**
 * The site's paths (`/cari` ↔ `/en/search`): the one place a link is built. The words of each
 * language are in `route-words.ts`; the language switch translates with `route-translate.ts`.
 */

/** The administrators' download of the registrations. */
const adminExportFile = 'ekspor.csv';

/** A run's report as a file, beside its page: `/admin/pemuatan/<id>/laporan.json`. */
const reportFile = { json: 'laporan.json', csv: 'laporan.csv' } as const;

export const routes = {
  home: (locale: Locale) => (locale === defaultLocale ? '/' : `/${locale}/`),
  search: (locale: Locale, query = '') => `${path(locale, ['search'])}${query}`,
  innovation: (locale: Locale, id: string) => path(locale, ['innovation'], id),
  browse: (locale: Locale) => path(locale, ['browse']),
  browseBy: (locale: Locale, kind: BrowseKind, value?: string | number) =>
    path(locale, ['browse', kind], value === undefined ? undefined : String(value)),
  trends: (locale: Locale, query = '') => `${path(locale, ['trends'])}${query}`,
  /** The open-data page: the API's documentation and the downloads. */
  openData: (locale: Locale) => path(locale, ['openData']),
  dataDictionary: (locale: Locale) => path(locale, ['dataDictionary']),
  /** The registration form of one innovation: `/inovasi/<id>/minat`. */
  register: (locale: Locale, id: string) =>
    `${path(locale, ['innovation'], id)}/${words.interest[locale]}`,
  /** A registrant's private page: `/minat/<token>`. */
  privateEntry: (locale: Locale, token: string) => path(locale, ['interest'], token),
  /** Where a registrant's page posts its evidence of replication: `/minat/<token>/bukti`. */
  privateEvidence: (locale: Locale, token: string) =>
    `${path(locale, ['interest'], token)}/${words.evidence[locale]}`,
  /** A document of a registrant's own entry, opened with its private link. */
  privateDocument: (token: string, id: number) =>
    fillPattern(endpointPatterns.privateDocument, { token, id: String(id) }),
  /** A document, for the innovating agency, administrators, or anyone when it is public. */
  document: (id: number) => fillPattern(endpointPatterns.document, { id: String(id) }),
  /** A confirmed replication's certificate: `/verifikasi/<code>`. */
  certificate: (locale: Locale, code: string) => path(locale, ['verify'], code),
  /** The owner's decision on a claim to its entry (the link mailed to it): `/minat/klaim/<token>`. */
  claim: (locale: Locale, token: string) => path(locale, ['interest', 'claim'], token),
  /** "Send my private link again": an address in, the links of its entries mailed. */
  resendLinks: (locale: Locale) => path(locale, ['resendLinks']),
  /** Signing in with an account: an address in, a one-time link mailed. */
  signIn: (locale: Locale) => path(locale, ['signIn']),
  /** A one-time sign-in link: `/masuk-akun/<token>`. */
  signInLink: (locale: Locale, token: string) => path(locale, ['signIn'], token),
  /** An agency's own area: its innovations and their registrations. */
  agencyArea: (locale: Locale) => path(locale, ['agencyArea']),
  /** One innovation in its agency's area (where it is kept current): `/instansi/inovasi/<id>`. */
  agencyInnovation: (locale: Locale, id: string) => path(locale, ['agencyArea', 'innovation'], id),
  admin: (locale: Locale, query = '') => `${path(locale, ['admin'])}${query}`,
  adminLogin: (locale: Locale) => path(locale, ['admin', 'login']),
  adminLogout: (locale: Locale) => path(locale, ['admin', 'logout']),
  adminExport: (locale: Locale, query = '') =>
    `${path(locale, ['admin'])}/${adminExportFile}${query}`,
  adminRuns: (locale: Locale) => path(locale, ['admin', 'runs']),
  adminRun: (locale: Locale, id: number) => path(locale, ['admin', 'runs'], String(id)),
  /** The outbox: messages queued, sent and failed. */
  adminOutbox: (locale: Locale, query = '') => `${path(locale, ['admin', 'outbox'])}${query}`,
  /** The audit log: every action of an administrator or an agency. */
  adminAudit: (locale: Locale, query = '') => `${path(locale, ['admin', 'audit'])}${query}`,
  /** The accounts: who may sign in, and inviting more. */
  adminAccounts: (locale: Locale) => path(locale, ['admin', 'accounts']),
  /** The review queue of agencies' updates. */
  adminReviews: (locale: Locale) => path(locale, ['admin', 'reviews']),
  /** Joining and splitting innovations, the decisions made, the review list. */
  adminCuration: (locale: Locale, query = '') => `${path(locale, ['admin', 'curation'])}${query}`,
  /** The data-quality dashboard. */
  adminQuality: (locale: Locale) => path(locale, ['admin', 'quality']),
  /** Replication evidence awaiting a decision. */
  adminReplication: (locale: Locale) => path(locale, ['admin', 'replication']),
  /** Starting an ingest job: the upload form and the recent jobs. */
  adminIngestNew: (locale: Locale) => path(locale, ['admin', 'ingest', 'newJob']),
  /** One ingest job: its progress, then its report. */
  adminIngestJob: (locale: Locale, id: number) =>
    path(locale, ['admin', 'ingest', 'jobs'], String(id)),
  /** The InoLAN sources harvested on a schedule. */
  adminHarvests: (locale: Locale) => path(locale, ['admin', 'ingest', 'harvests']),
  /** A job's progress as server-sent events. */
  adminIngestJobEvents: (locale: Locale, id: number) =>
    `${path(locale, ['admin', 'ingest', 'jobs'], String(id))}/${words.progress[locale]}`,
  /** A run's report as a file (`json` as the CLI's --report writes it, `csv` one issue a line). */
  adminRunReport: (locale: Locale, id: number, format: DownloadFormat) =>
    `${path(locale, ['admin', 'runs'], String(id))}/${reportFile[format]}`,
  /** The freshness dashboard: what was verified lately, and the agencies to remind. */
  adminFreshness: (locale: Locale, query = '') => `${path(locale, ['admin', 'freshness'])}${query}`,
};

/**
 * Every page as a route pattern (`[name]` a parameter), in each language: what the site is
 * built from (one entrypoint per key, `src/features/route-entries.ts`) and what the site server
 * matches. Written from the same words as the links above.
 */
export const pagePatterns = {
  home: each((locale) => (locale === defaultLocale ? '/' : `/${locale}`)),
  search: each((locale) => path(locale, ['search'])),
  innovation: each((locale) => pattern(locale, ['innovation'], '[id]')),
  register: each(
    (locale) => `${pattern(locale, ['innovation'], '[id]')}/${words.interest[locale]}`,
  ),
  privateEntry: each((locale) => pattern(locale, ['interest'], '[token]')),
  claim: each((locale) => pattern(locale, ['interest', 'claim'], '[token]')),
  privateEvidence: each(
    (locale) => `${pattern(locale, ['interest'], '[token]')}/${words.evidence[locale]}`,
  ),
  certificate: each((locale) => pattern(locale, ['verify'], '[code]')),
  resendLinks: each((locale) => path(locale, ['resendLinks'])),
  signIn: each((locale) => path(locale, ['signIn'])),
  signInLink: each((locale) => pattern(locale, ['signIn'], '[token]')),
  agencyArea: each((locale) => path(locale, ['agencyArea'])),
  agencyInnovation: each((locale) => pattern(locale, ['agencyArea', 'innovation'], '[id]')),
  browse: each((locale) => path(locale, ['browse'])),
  browseSectors: each((locale) => path(locale, ['browse', 'sector'])),
  browseSector: each((locale) => pattern(locale, ['browse', 'sector'], '[slug]')),
  browseProvinces: each((locale) => path(locale, ['browse', 'province'])),
  browseProvince: each((locale) => pattern(locale, ['browse', 'province'], '[slug]')),
  browseYears: each((locale) => path(locale, ['browse', 'year'])),
  browseYear: each((locale) => pattern(locale, ['browse', 'year'], '[year]')),
  browseProgrammes: each((locale) => path(locale, ['browse', 'programme'])),
  browseProgramme: each((locale) => pattern(locale, ['browse', 'programme'], '[programme]')),
  trends: each((locale) => path(locale, ['trends'])),
  openData: each((locale) => path(locale, ['openData'])),
  dataDictionary: each((locale) => path(locale, ['dataDictionary'])),
  admin: each((locale) => path(locale, ['admin'])),
  adminLogin: each((locale) => path(locale, ['admin', 'login'])),
  adminLogout: each((locale) => path(locale, ['admin', 'logout'])),
  adminExport: each((locale) => `${path(locale, ['admin'])}/${adminExportFile}`),
  adminRuns: each((locale) => path(locale, ['admin', 'runs'])),
  // Before `adminRun`, whose `[id]` would also match `baru` when a path is named for metrics.
  adminIngestNew: each((locale) => path(locale, ['admin', 'ingest', 'newJob'])),
  adminHarvests: each((locale) => path(locale, ['admin', 'ingest', 'harvests'])),
  adminRun: each((locale) => pattern(locale, ['admin', 'runs'], '[id]')),
  adminRunReportJson: each(
    (locale) => `${pattern(locale, ['admin', 'runs'], '[id]')}/${reportFile.json}`,
  ),
  adminRunReportCsv: each(
    (locale) => `${pattern(locale, ['admin', 'runs'], '[id]')}/${reportFile.csv}`,
  ),
  adminIngestJob: each((locale) => pattern(locale, ['admin', 'ingest', 'jobs'], '[id]')),
  adminIngestJobEvents: each(
    (locale) => `${pattern(locale, ['admin', 'ingest', 'jobs'], '[id]')}/${words.progress[locale]}`,
  ),
  adminOutbox: each((locale) => path(locale, ['admin', 'outbox'])),
  adminAudit: each((locale) => path(locale, ['admin', 'audit'])),
  adminAccounts: each((locale) => path(locale, ['admin', 'accounts'])),
  adminReviews: each((locale) => path(locale, ['admin', 'reviews'])),
  adminCuration: each((locale) => path(locale, ['admin', 'curation'])),
  adminQuality: each((locale) => path(locale, ['admin', 'quality'])),
  adminReplication: each((locale) => path(locale, ['admin', 'replication'])),
  adminFreshness: each((locale) => path(locale, ['admin', 'freshness'])),
} as const satisfies Record<string, Record<Locale, string>>;

export type PageKey = keyof typeof pagePatterns;

/** The open-data API's root. */
export const apiBase = '/api/v1';

/** Every route that is not a page, in one language (programs and crawlers read them). */
export const endpointPatterns = {
  notFound: '/404',
  searchApi: '/api/search',
  searchFacetsApi: '/api/search/facets',
  trendsApi: '/api/trends',
  agencies: '/api/instansi',
  activity: '/api/inovasi/[id]/minat',
  ownEntry: '/api/minat/[token]',
  privateDocument: '/minat/[token]/dokumen/[id]',
  document: '/dokumen/[id]',
  apiList: `${apiBase}/innovations`,
  apiRecord: `${apiBase}/innovations/[id]`,
  apiExportCsv: `${apiBase}/innovations.csv`,
  apiExportJson: `${apiBase}/innovations.json`,
  apiFeed: `${apiBase}/innovations.atom`,
  apiCatalog: `${apiBase}/catalog.jsonld`,
  apiFacets: `${apiBase}/facets`,
  apiTrends: `${apiBase}/trends`,
  apiReplications: `${apiBase}/replications`,
  apiReplicationsCsv: `${apiBase}/replications.csv`,
  apiOpenApi: `${apiBase}/openapi.json`,
  snapshotCsv: '/data-terbuka/arsip/[day].csv.gz',
  snapshotJson: '/data-terbuka/arsip/[day].json.gz',
  dictionaryCsv: '/kamus-data.csv',
  dictionaryJson: '/kamus-data.json',
  health: '/healthz',
  ready: '/readyz',
  metrics: '/metrics',
  robots: '/robots.txt',
  sitemap: '/sitemap.xml',
  sitemapPages: '/sitemap-pages.xml',
  sitemapInnovations: '/sitemap-innovations-[n].xml',
} as const;

export type EndpointKey = keyof typeof endpointPatterns;

/** The open-data API's paths, for links and the OpenAPI document. */
export const apiPaths = {
  list: endpointPatterns.apiList,
  record: (id: string) => fillPattern(endpointPatterns.apiRecord, { id }),
  facets: endpointPatterns.apiFacets,
  trends: endpointPatterns.apiTrends,
  replications: endpointPatterns.apiReplications,
  replicationsCsv: endpointPatterns.apiReplicationsCsv,
  openApi: endpointPatterns.apiOpenApi,
  catalog: endpointPatterns.apiCatalog,
  /** The Atom feed of the innovations matching `query` (`?q=air…`, or `''` for all). */
  feed: (query = '') => `${endpointPatterns.apiFeed}${query}`,
} as const;

export type DownloadFormat = 'csv' | 'json';

/** The download of every innovation matching `query` (`?tahun=2019…`, or `''` for all). */
export function exportPath(format: DownloadFormat, query = ''): string {
  const route = format === 'csv' ? endpointPatterns.apiExportCsv : endpointPatterns.apiExportJson;
  return `${route}${query}`;
}

/** A dated snapshot of the published records (`day` as `2026-12-07`), to cite a version. */
export function snapshotPath(format: DownloadFormat, day: string): string {
  const route = format === 'csv' ? endpointPatterns.snapshotCsv : endpointPatterns.snapshotJson;
  return fillPattern(route, { day });
}

/** The data dictionary as files (the page is `routes.dataDictionary`). */
export const dictionaryFiles: Record<DownloadFormat, string> = {
  csv: endpointPatterns.dictionaryCsv,
  json: endpointPatterns.dictionaryJson,
};

// --- internal ---

function each(make: (locale: Locale) => string): Record<Locale, string> {
  return Object.fromEntries(locales.map((locale) => [locale, make(locale)])) as Record<
    Locale,
    string
  >;
}

/** A path whose last segment is a parameter, `[id]`, kept as written. */
function pattern(locale: Locale, keys: readonly Word[], parameter: string): string {
  return `${path(locale, keys)}/${parameter}`;
}

function path(locale: Locale, keys: readonly Word[], last?: string): string {
  const prefix = locale === defaultLocale ? '' : `/${locale}`;
  const parts: string[] = keys.map((key) => words[key][locale]);
  if (last !== undefined) parts.push(encodeURIComponent(last));
  return `${prefix}/${parts.join('/')}`;
}
