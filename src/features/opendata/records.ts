import type { MultiSearchQuery } from 'meilisearch';
import { placeAsWrittenFields, publicRecordOfHit } from '../../lib/index/places.ts';
import { publicFields, type Innovation } from '../../lib/schema/innovation.ts';
import { filterOf, matchingStrategy, sortRules } from '../../lib/search/ui/request.ts';
import type { SearchState } from '../../lib/search/ui/state.ts';
import type { SiteSearch } from '../../infra/meilisearch/site-engine.ts';
import { understoodText } from '../search/understood-search.ts';

/** One page of public records matching a search. */
export interface RecordPage {
  total: number;
  page: number;
  pageSize: number;
  totalPages: number;
  data: Innovation[];
}

/**
 * Page `page` of the records matching `state` (its query, filters and order), `pageSize` to a
 * page, with the exact total. Each hit is parsed as the public record, so nothing else can pass
 * even if the index held it. Throws what `SiteSearch.run` throws.
 */
export async function searchRecords(
  search: SiteSearch,
  state: SearchState,
  page: number,
  pageSize: number,
): Promise<RecordPage> {
  return search.run(async ({ index, client, indexUid }) => {
    const ask = (queries: MultiSearchQuery[]) => client.multiSearch({ queries });
    const result = await index.search(await understoodText(ask, indexUid, state.q), {
      matchingStrategy,
      filter: filterOf(state),
      sort: sortRules[state.sort],
      page,
      hitsPerPage: pageSize,
      attributesToRetrieve: [...publicFields, ...placeAsWrittenFields],
    });
    return {
      total: result.totalHits,
      page,
      pageSize,
      totalPages: result.totalPages,
      data: result.hits.map((hit) => publicRecordOfHit(hit)),
    };
  });
}
