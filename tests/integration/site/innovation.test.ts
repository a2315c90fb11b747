import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { innovationSchema, type Innovation } from '../../../src/lib/schema/innovation.ts';
import type { Config } from '../../../src/infra/config.ts';
import { createSiteSearch, type SiteSearch } from '../../../src/infra/meilisearch/site-engine.ts';
import { findInnovation, loadInnovationPage } from '../../../src/features/innovation/load.ts';
import { findSimilar, similarLimit } from '../../../src/features/innovation/similar.ts';
import { INDEX } from '../../helpers/ingest-into.ts';
import type { TestMeili } from '../../helpers/meili.ts';
import { startSampleEngine } from '../../helpers/sample-engine.ts';

let meili: TestMeili;
let config: Config;
let search: SiteSearch;
/** A rich innovation of the sample: several programmes, awards and SDGs. */
let rich: Innovation;

beforeAll(async () => {
  ({ meili, config } = await startSampleEngine());
  search = createSiteSearch(config);
  const { hits } = await meili.client.index(INDEX).search('', {
    filter: 'programmes = "kipp" AND programmes = "iga" AND awardLevels IS NOT EMPTY',
    sort: ['title:asc'],
    limit: 1,
  });
  rich = await masterDocument(String(hits[0]?.id));
}, 180_000);

afterAll(() => meili.stop());

describe('findInnovation', () => {
  it('gives the public record exactly as the index holds it', async () => {
    expect(rich.awards.length).toBeGreaterThan(0);
    expect(await findInnovation(search, rich.id)).toEqual(rich);
  });

  it('finds nothing for an unknown id', async () => {
    expect(await findInnovation(search, 'tidak-ada-00000000')).toBeUndefined();
  });

  it.each(['BASABA', 'a b', 'x" OR id EXISTS', '../etc', ''])(
    'finds nothing for the malformed id %j',
    async (id) => {
      expect(await findInnovation(search, id)).toBeUndefined();
    },
  );

  it('makes an unknown page not found', async () => {
    expect(await loadInnovationPage(search, 'tidak-ada-00000000')).toBeUndefined();
  });
});

describe('findSimilar', () => {
  it('never lists the innovation itself, and each one shares a sector, an SDG or the cluster', async () => {
    const similar = await findSimilar(search, rich);
    expect(similar.length).toBeGreaterThan(0);
    expect(similar.length).toBeLessThanOrEqual(similarLimit);
    expect(similar.map((card) => card.id)).not.toContain(rich.id);
    for (const card of similar) {
      const other = await masterDocument(card.id);
      const shares =
        other.sectors.some((sector) => rich.sectors.includes(sector)) ||
        other.sdgs.some((sdg) => rich.sdgs.includes(sdg)) ||
        other.cluster === rich.cluster;
      expect(shares, `${card.id} shares nothing with ${rich.id}`).toBe(true);
    }
  });

  it('puts innovations with the same name words first', async () => {
    const [first] = await findSimilar(search, rich);
    const nameWords = (rich.expansion ?? rich.title).toLowerCase().split(/\W+/);
    const firstWords = `${first?.title ?? ''} ${first?.expansion ?? ''}`.toLowerCase();
    expect(nameWords.some((word) => word.length > 3 && firstWords.includes(word))).toBe(true);
  });

  it('tops the list up from the same sector when the text matches little', async () => {
    const lonely: Innovation = {
      ...rich,
      id: 'tidak-ada-00000000',
      title: 'Zyxwvut',
      expansion: undefined,
      acronym: undefined,
      summary: 'Qwertzuiop asdfghjkl.',
    };
    const similar = await findSimilar(search, lonely);
    expect(similar.length).toBe(similarLimit);
    const sectors = await Promise.all(
      similar.map(async (card) => (await masterDocument(card.id)).sectors),
    );
    for (const cardSectors of sectors) {
      expect(cardSectors.some((sector) => rich.sectors.includes(sector))).toBe(true);
    }
  });
});

// --- internal ---

/** The stored document read with the master key (not the site's path), as the public record. */
async function masterDocument(id: string): Promise<Innovation> {
  const document = await meili.client.index(INDEX).getDocument(id);
  return innovationSchema.strip().parse(document);
}
