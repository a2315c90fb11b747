import { readFile } from 'node:fs/promises';
import { Meilisearch } from 'meilisearch';
import { describe, expect, inject, it } from 'vitest';
import { innovationSchema } from '../../src/lib/schema/innovation.ts';
import { toSearchDocument } from '../../src/lib/index/document.ts';
import { searchViewSchema } from '../../src/lib/search/ui/view.ts';
import { fixture } from '../helpers/fixtures.ts';

/**
 * No build stands between an ingest and the site: a record that reaches the live index is on
 * its page, in search and in the sitemap at the next request, and gone once it leaves.
 */
describe('a change to the index', () => {
  it('shows on the site at once, without a rebuild', async () => {
    const client = new Meilisearch({ host: inject('meiliUrl'), apiKey: inject('masterKey') });
    const index = client.index('innovations');
    const base = innovationSchema.parse(
      JSON.parse(await readFile(fixture('site/markup-innovation.json'), 'utf8')),
    );
    const fresh = { ...base, id: 'segar-baru-1', title: 'SEGARBARU (Sistem Pelayanan Segar)' };
    const portal = inject('portalUrl');
    const page = () => fetch(`${portal}/inovasi/${fresh.id}`);
    expect((await page()).status).toBe(404);
    await index.addDocuments([toSearchDocument(fresh)]).waitTask();
    try {
      const response = await page();
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('SEGARBARU (Sistem Pelayanan Segar)');
      const answer: unknown = await (await fetch(`${portal}/api/search?q=segarbaru`)).json();
      const search = searchViewSchema.parse(answer);
      expect(search.hits.map((hit) => hit.id)).toContain(fresh.id);
      const sitemap = await (await fetch(`${portal}/sitemap-innovations-0.xml`)).text();
      expect(sitemap).toContain(`/inovasi/${fresh.id}`);
    } finally {
      await index.deleteDocument(fresh.id).waitTask();
    }
    expect((await page()).status).toBe(404);
  });
});
