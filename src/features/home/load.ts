import { awardLevelSchema } from '../../lib/schema/enums.ts';
import { facetCounts, listPage, officialProvince, officialRegency } from '../browse/query.ts';
import type { CardData } from '../../lib/search/card.ts';
import type { SiteSearch } from '../../infra/meilisearch/site-engine.ts';

/** The home page's headline figures. */
export interface HomeCounters {
  innovations: number;
  provinces: number;
  regencies: number;
  programmes: number;
  firstYear?: number;
  lastYear?: number;
}

/** How many awarded innovations the home page shows. */
export const newestTopCount = 6;

/**
 * The home page's live data: headline counters from one facet search, and the newest Top
 * innovations. "Top" is every award level the programmes give (KIPP's Top 99 … Top 9 and
 * Outstanding Achievement, IGA's award); "newest" is the most recent year an innovation
 * appears (`latestYear`), which is when a recent award was given; within a year the index's
 * ranking rules decide, so the most replicated come first.
 */
export function loadHome(
  search: SiteSearch,
): Promise<{ counters: HomeCounters; newestTop: CardData[] }> {
  return search.run(async ({ index }) => {
    const [facets, provinces, regencies, top] = await Promise.all([
      facetCounts(index, ['programmes', 'years']),
      facetCounts(index, ['province'], officialProvince),
      facetCounts(index, ['regency'], officialRegency),
      listPage(index, awardedFilter, 1, { size: newestTopCount, sort: ['latestYear:desc'] }),
    ]);
    const { counts } = facets;
    const years = Object.keys(counts.years).map(Number);
    const counters: HomeCounters = {
      innovations: facets.total,
      provinces: Object.keys(provinces.counts.province).length,
      regencies: Object.keys(regencies.counts.regency).length,
      programmes: Object.keys(counts.programmes).length,
      ...(years.length > 0 ? { firstYear: Math.min(...years), lastYear: Math.max(...years) } : {}),
    };
    return { counters, newestTop: top?.hits ?? [] };
  });
}

// --- internal ---

const awardedFilter = `awardLevels IN [${awardLevelSchema.options.map((level) => `"${level}"`).join(', ')}]`;
