import type { FacetName } from '../../lib/index/facets.ts';
import { emptySearchState, type SearchState } from '../../lib/search/ui/state.ts';
import { pageAnswer, type PageResponse } from '../../http/page.ts';
import type { SiteSearch } from '../../infra/meilisearch/site-engine.ts';
import type { Portal } from '../../portal/types.ts';
import { findInnovation } from '../innovation/load.ts';
import { orEngineDown, type Outcome } from '../../infra/meilisearch/outcome.ts';
import { computeTrends } from '../trends/compute.ts';
import { catalogFacts } from './catalog-facts.ts';
import { dcatCatalog } from './catalog.ts';
import { facetCounts } from './facets.ts';
import { searchRecords } from './records.ts';

/** The searches the open-data page shows its examples for. */
export const showcase = {
  list: '?tahun=2019&sektor=kesehatan&per_halaman=2',
  facets: '?tahun=2019&sektor=kesehatan',
  trends: '?sektor=kesehatan',
} as const;

/** A value each facet takes in the sample, for the parameters' table (a test asks for each). */
export const facetExamples: Record<FacetName, string> = {
  programmes: 'kipp',
  years: '2019',
  cluster: 'kota',
  province: 'Jawa Timur',
  regency: 'Kota Surabaya',
  sectors: 'kesehatan',
  sdgs: '3',
  awardLevels: 'top-99',
  status: 'berlanjut',
  stage: 'uji-coba',
  digital: 'true',
};

/** Real answers of the API, shortened to read on a page, as indented JSON. */
export interface ShowcaseAnswers {
  list: string;
  record: { id: string; json: string } | undefined;
  facets: string;
  trends: string;
  /** The dataset's DCAT metadata (`dcatCatalog`), for the page's JSON-LD. */
  catalog: object;
}

export interface OpenDataPageData {
  answers: Outcome<ShowcaseAnswers>;
  readsPerMinute: number;
  downloadsPerMinute: number;
}

/**
 * What the open-data page shows: live answers of the API for its example searches (computed by
 * the functions the endpoints call, not over HTTP), and the rate limits in force.
 */
export async function loadOpenDataPage(
  portal: Pick<Portal, 'search' | 'limits'>,
  origin: string,
): Promise<OpenDataPageData> {
  return {
    answers: await orEngineDown(() => showcaseAnswers(portal.search, origin)),
    readsPerMinute: portal.limits.perMinute('read'),
    downloadsPerMinute: portal.limits.perMinute('export'),
  };
}

/**
 * The page's cache: the search page's while its examples are live; not stored without them
 * (the engine was down), though the page still documents the API, so it answers 200.
 */
export function respondOpenDataPage(response: PageResponse, data: OpenDataPageData): void {
  pageAnswer(response, data.answers.ok ? 'search' : 'none');
}

/**
 * A value shortened for reading: texts cut to 60 characters, lists to their first `items`.
 * The result is still JSON of the same shape.
 */
export function shorten(value: unknown, items = 2): unknown {
  if (typeof value === 'string') return value.length > 60 ? `${value.slice(0, 59)}…` : value;
  if (Array.isArray(value)) return value.slice(0, items).map((item) => shorten(item, items));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, shorten(item, items)]),
  );
}

// --- internal ---

const healthIn2019: SearchState = {
  ...emptySearchState,
  filters: { ...emptySearchState.filters, years: ['2019'], sectors: ['kesehatan'] },
};

async function showcaseAnswers(search: SiteSearch, origin: string): Promise<ShowcaseAnswers> {
  const [list, facets, trends, facts] = await Promise.all([
    searchRecords(search, healthIn2019, 1, 2),
    facetCounts(search, healthIn2019),
    computeTrends(search, { ...emptySearchState, filters: { ...healthIn2019.filters, years: [] } }),
    catalogFacts(search, origin),
  ]);
  const first = list.data[0];
  const record = first === undefined ? undefined : await findInnovation(search, first.id);
  return {
    list: show(list),
    record: record === undefined ? undefined : { id: record.id, json: show(record) },
    facets: show(facets),
    trends: show(trends.charts),
    catalog: dcatCatalog(facts),
  };
}

function show(value: unknown): string {
  return JSON.stringify(shorten(value), null, 2);
}
