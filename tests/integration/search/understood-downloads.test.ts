import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSiteSearch, type SiteSearch } from '../../../src/infra/meilisearch/site-engine.ts';
import { searchRecords } from '../../../src/features/opendata/records.ts';
import { searchInnovations } from '../../../src/features/search/page.ts';
import { emptySearchState } from '../../../src/lib/search/ui/state.ts';
import { startSampleEngine } from '../../helpers/sample-engine.ts';
import type { TestMeili } from '../../helpers/meili.ts';

let meili: TestMeili;
let search: SiteSearch;

beforeAll(async () => {
  const started = await startSampleEngine();
  meili = started.meili;
  search = createSiteSearch(started.config);
}, 300_000);

afterAll(() => meili.stop());

describe('the download of a result set holds the page’s records', () => {
  for (const q of ['birth certificate online', 'cara mengurus akta kelahiran', 'kependudkan']) {
    it(q, async () => {
      const state = { ...emptySearchState, q };
      const [view, records] = await Promise.all([
        searchInnovations(search, state),
        searchRecords(search, state, 1, 20),
      ]);
      expect(records.total).toBe(view.total);
      expect(records.data.map((record) => record.id)).toEqual(view.hits.map((hit) => hit.id));
    });
  }
});
