import type { Innovation } from '../../../src/lib/schema/innovation.ts';
import { loadRegionIndex } from '../../../src/infra/reference/regions.ts';
import { createSiteSearch } from '../../../src/infra/meilisearch/site-engine.ts';
import { searchInnovations } from '../../../src/features/search/page.ts';
import { emptySearchState } from '../../../src/lib/search/ui/state.ts';
import type { SearchView } from '../../../src/lib/search/ui/view.ts';
import { INDEX } from '../../helpers/ingest-into.ts';
import { startSampleEngine } from '../../helpers/sample-engine.ts';

/** The sample, published as `npm run ingest` does, searched two ways. */
export interface RelevanceEngine {
  /** Every published record, by id: what a judgement reads. */
  readonly records: ReadonlyMap<string, Innovation>;
  /** The portal's search (`searchInnovations`, the page's and the API's), first page. */
  ours(query: string): Promise<{ view: SearchView; hits: Innovation[] }>;
  /** Raw Meilisearch on the same index: the query as typed, default parameters, 20 hits. */
  raw(query: string): Promise<Innovation[]>;
  stop(): Promise<void>;
}

export async function startRelevanceEngine(): Promise<RelevanceEngine> {
  const { meili, config } = await startSampleEngine();
  const search = createSiteSearch(config);
  const regions = loadRegionIndex();
  const index = meili.client.index<Innovation>(INDEX);
  const { results } = await index.getDocuments({ limit: 100_000 });
  const records = new Map(results.map((record) => [record.id, record]));
  const recordOf = (id: string): Innovation => {
    const record = records.get(id);
    if (record === undefined) throw new Error(`no record ${id}`);
    return record;
  };
  return {
    records,
    async ours(query) {
      const view = await searchInnovations(search, { ...emptySearchState, q: query }, regions);
      return { view, hits: view.hits.map((hit) => recordOf(hit.id)) };
    },
    async raw(query) {
      const { hits } = await index.search(query, { limit: 20, attributesToRetrieve: ['id'] });
      return hits.map((hit) => recordOf(hit.id));
    },
    stop: () => meili.stop(),
  };
}
