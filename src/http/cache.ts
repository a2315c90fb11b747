/**
 * Every cache policy the portal answers with, named once. Live data (a search, a page built
 * from the index) is cached briefly and served stale while a fresh copy is fetched: the same
 * URL gives the same answer until an ingest. Failures and private answers are never stored.
 */
export const cachePolicies = {
  /** Failures, private pages, the administration, the interest API. */
  none: 'no-store',
  /** Pages built from the index (home, browse, an innovation). */
  livePage: 'public, max-age=60, stale-while-revalidate=600',
  /** A search's answer, page or JSON (the search and trends pages, their routes, the API). */
  search: 'public, max-age=30, stale-while-revalidate=300',
  /** A search's answer whose URLs name the request's Host (no SITE_URL): no shared cache. */
  searchPerHost: 'private, max-age=30',
  /** Sitemaps and feeds: they change with an ingest, and crawlers come rarely. */
  listing: 'public, max-age=300, stale-while-revalidate=3600',
  /** Files that change only with a release (robots.txt, the pages' sitemap, the OpenAPI text). */
  release: 'public, max-age=3600',
  /** A release file whose URLs name the request's Host (no SITE_URL): no shared cache. */
  releasePerHost: 'private, max-age=3600',
} as const;

export type CachePolicy = keyof typeof cachePolicies;

export function cacheHeader(policy: CachePolicy): { 'Cache-Control': string } {
  return { 'Cache-Control': cachePolicies[policy] };
}
