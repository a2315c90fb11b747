import { defaultLocale, locales, type Locale } from '../../i18n/locales.ts';
import { fillPattern } from '../../i18n/route-pattern.ts';
import { endpointPatterns, routes } from '../../i18n/routes.ts';
import { escapeXml } from '../../lib/text/xml.ts';
import type { SiteSearch } from '../../infra/meilisearch/site-engine.ts';
import { absoluteUrl } from '../innovation/urls.ts';

/** At most this many innovations per sitemap file (the protocol allows 50,000 URLs). */
export const sitemapChunkSize = 10_000;

/** One innovation as a sitemap lists it. */
export interface SitemapEntry {
  id: string;
  updatedAt: string;
}

/** How many innovation sitemaps there are: one per started chunk of the index. */
export async function innovationChunkCount(search: SiteSearch): Promise<number> {
  const total = await search.run(async ({ index }) => {
    // Page-based search counts exactly (offset/limit only estimates).
    const response = await index.search('', { hitsPerPage: 0, page: 1 });
    return response.totalHits;
  });
  return Math.ceil(total / sitemapChunkSize);
}

/**
 * The innovations of chunk `n` (0-based). Ordered by title, which an ingest rarely changes,
 * so that consecutive chunks fetched a moment apart seldom shift; `updatedAt` would reorder
 * everything an ingest touched.
 */
export async function innovationChunk(search: SiteSearch, n: number): Promise<SitemapEntry[]> {
  return search.run(async ({ index }) => {
    const { hits } = await index.search<SitemapEntry>('', {
      offset: n * sitemapChunkSize,
      limit: sitemapChunkSize,
      sort: ['title:asc'],
      attributesToRetrieve: ['id', 'updatedAt'],
    });
    return hits.map(({ id, updatedAt }) => ({ id, updatedAt }));
  });
}

/** The sitemap index: the static pages' sitemap, then one per innovation chunk. */
export function sitemapIndexXml(origin: string, chunks: number): string {
  const files = [endpointPatterns.sitemapPages as string].concat(
    Array.from({ length: chunks }, (_, n) =>
      fillPattern(endpointPatterns.sitemapInnovations, { n: String(n) }),
    ),
  );
  const entries = files.map(
    (file) => `<sitemap><loc>${escapeXml(absoluteUrl(origin, file))}</loc></sitemap>`,
  );
  return `${xmlDeclaration}\n<sitemapindex xmlns="${sitemapNs}">\n${entries.join('\n')}\n</sitemapindex>\n`;
}

/** The entry pages every language has: home, search, browse, trends, open data, the dictionary. */
export function pagesSitemapXml(origin: string): string {
  const pages: ((locale: Locale) => string)[] = [
    routes.home,
    (locale) => routes.search(locale),
    routes.browse,
    (locale) => routes.trends(locale),
    routes.openData,
    routes.dataDictionary,
  ];
  return urlsetXml(pages.flatMap((page) => locales.map((locale) => url(origin, page, locale))));
}

/** Every innovation of a chunk, in each language, with the others as alternates. */
export function innovationsSitemapXml(origin: string, entries: readonly SitemapEntry[]): string {
  return urlsetXml(
    entries.flatMap((entry) =>
      locales.map((locale) =>
        url(origin, (other) => routes.innovation(other, entry.id), locale, entry.updatedAt),
      ),
    ),
  );
}

// --- internal ---

const xmlDeclaration = '<?xml version="1.0" encoding="UTF-8"?>';
const sitemapNs = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const xhtmlNs = 'http://www.w3.org/1999/xhtml';

function urlsetXml(urls: readonly string[]): string {
  return `${xmlDeclaration}\n<urlset xmlns="${sitemapNs}" xmlns:xhtml="${xhtmlNs}">\n${urls.join('\n')}\n</urlset>\n`;
}

/** One `<url>` of a page in `locale`, with `xhtml:link` alternates for every language. */
function url(
  origin: string,
  page: (locale: Locale) => string,
  locale: Locale,
  lastmod?: string,
): string {
  const loc = `<loc>${escapeXml(absoluteUrl(origin, page(locale)))}</loc>`;
  const modified = lastmod === undefined ? '' : `<lastmod>${escapeXml(lastmod)}</lastmod>`;
  const alternates = [...locales, 'x-default' as const].map((other) => {
    const href = absoluteUrl(origin, page(other === 'x-default' ? defaultLocale : other));
    return `<xhtml:link rel="alternate" hreflang="${other}" href="${escapeXml(href)}"/>`;
  });
  return `<url>${loc}${modified}${alternates.join('')}</url>`;
}
