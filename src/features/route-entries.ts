import type { EndpointKey, PageKey } from '../i18n/routes.ts';

/**
 * The file that answers each route of the route table (`src/i18n/routes.ts`): a page's one
 * entrypoint serves it in every language (the language comes from the path), so no page is
 * written twice. Paths are relative to the project root, as Astro's `injectRoute` takes them.
 */
export const pageEntries: Record<PageKey, string> = {
  home: feature('home/routes/Home.astro'),
  search: feature('search/routes/Search.astro'),
  innovation: feature('innovation/routes/Innovation.astro'),
  register: feature('interest/routes/Register.astro'),
  privateEntry: feature('interest/routes/PrivateEntry.astro'),
  claim: feature('interest/routes/Claim.astro'),
  privateEvidence: feature('replication/routes/PrivateEvidence.astro'),
  certificate: feature('replication/routes/Certificate.astro'),
  resendLinks: feature('interest/routes/ResendLinks.astro'),
  signIn: feature('accounts/routes/SignIn.astro'),
  signInLink: feature('accounts/routes/SignInLink.astro'),
  agencyArea: feature('accounts/routes/AgencyArea.astro'),
  agencyInnovation: feature('agency/routes/AgencyInnovation.astro'),
  browse: feature('browse/routes/Browse.astro'),
  browseSectors: feature('browse/routes/Sectors.astro'),
  browseSector: feature('browse/routes/Sector.astro'),
  browseProvinces: feature('browse/routes/Provinces.astro'),
  browseProvince: feature('browse/routes/Province.astro'),
  browseYears: feature('browse/routes/Years.astro'),
  browseYear: feature('browse/routes/Year.astro'),
  browseProgrammes: feature('browse/routes/Programmes.astro'),
  browseProgramme: feature('browse/routes/Programme.astro'),
  trends: feature('trends/routes/Trends.astro'),
  openData: feature('opendata/routes/OpenData.astro'),
  dataDictionary: feature('opendata/routes/Dictionary.astro'),
  admin: feature('admin/routes/Registrations.astro'),
  adminLogin: feature('admin/routes/Login.astro'),
  adminLogout: feature('admin/routes/logout.ts'),
  adminExport: feature('admin/routes/export.ts'),
  adminRuns: feature('admin/routes/Runs.astro'),
  adminRun: feature('admin/routes/Run.astro'),
  adminOutbox: feature('admin/routes/Outbox.astro'),
  adminAudit: feature('admin/routes/Audit.astro'),
  adminAccounts: feature('accounts/routes/Accounts.astro'),
  adminReviews: feature('agency/routes/Reviews.astro'),
  adminCuration: feature('admin/routes/Curation.astro'),
  adminQuality: feature('admin/routes/Quality.astro'),
  adminReplication: feature('replication/routes/AdminReplication.astro'),
  adminIngestNew: feature('admin/routes/IngestNew.astro'),
  adminIngestJob: feature('admin/routes/IngestJob.astro'),
  adminHarvests: feature('admin/routes/Harvests.astro'),
  adminIngestJobEvents: feature('admin/routes/job-events.ts'),
  adminRunReportJson: feature('admin/routes/run-report-json.ts'),
  adminRunReportCsv: feature('admin/routes/run-report-csv.ts'),
  adminFreshness: feature('admin/routes/Freshness.astro'),
};

export const endpointEntries: Record<EndpointKey, string> = {
  notFound: feature('home/routes/NotFound.astro'),
  searchApi: feature('search/routes/search-api.ts'),
  searchFacetsApi: feature('search/routes/search-facets-api.ts'),
  trendsApi: feature('search/routes/trends-api.ts'),
  agencies: feature('interest/routes/agencies-api.ts'),
  activity: feature('interest/routes/activity-api.ts'),
  ownEntry: feature('interest/routes/own-entry-api.ts'),
  privateDocument: feature('replication/routes/private-document.ts'),
  document: feature('replication/routes/document.ts'),
  apiList: feature('opendata/routes/api-list.ts'),
  apiRecord: feature('opendata/routes/api-record.ts'),
  apiExportCsv: feature('opendata/routes/api-export-csv.ts'),
  apiExportJson: feature('opendata/routes/api-export-json.ts'),
  apiFeed: feature('opendata/routes/api-feed.ts'),
  apiCatalog: feature('opendata/routes/api-catalog.ts'),
  snapshotCsv: feature('opendata/routes/snapshot-csv.ts'),
  snapshotJson: feature('opendata/routes/snapshot-json.ts'),
  apiFacets: feature('opendata/routes/api-facets.ts'),
  apiTrends: feature('opendata/routes/api-trends.ts'),
  apiReplications: feature('opendata/routes/api-replications.ts'),
  apiReplicationsCsv: feature('opendata/routes/api-replications-csv.ts'),
  apiOpenApi: feature('opendata/routes/api-openapi.ts'),
  dictionaryCsv: feature('opendata/routes/dictionary-csv.ts'),
  dictionaryJson: feature('opendata/routes/dictionary-json.ts'),
  health: feature('health/routes/healthz.ts'),
  ready: feature('health/routes/readyz.ts'),
  metrics: feature('health/routes/metrics.ts'),
  robots: feature('sitemap/routes/robots.ts'),
  sitemap: feature('sitemap/routes/sitemap-index.ts'),
  sitemapPages: feature('sitemap/routes/sitemap-pages.ts'),
  sitemapInnovations: feature('sitemap/routes/sitemap-innovations.ts'),
};

// --- internal ---

function feature(path: string): string {
  return `./src/features/${path}`;
}
