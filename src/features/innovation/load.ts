import { publicRecordOfHit } from '../../lib/index/places.ts';
import { innovationSchema, type Innovation } from '../../lib/schema/innovation.ts';
import type { CardData } from '../../lib/search/card.ts';
import type { SiteSearch } from '../../infra/meilisearch/site-engine.ts';
import { findSimilar } from './similar.ts';

/** What an innovation page shows: the public record and innovations like it. */
export interface InnovationPageData {
  innovation: Innovation;
  similar: CardData[];
}

/** Ids as the public record writes them; anything else cannot name an innovation. */
export const innovationIdSchema = innovationSchema.shape.id;

/**
 * One innovation by id, as the index holds it, or `undefined` when the id is malformed or
 * unknown. A malformed id never reaches the engine (nor a filter string).
 */
export async function findInnovation(
  search: SiteSearch,
  id: string,
): Promise<Innovation | undefined> {
  const parsed = innovationIdSchema.safeParse(id);
  if (!parsed.success) return undefined;
  return search.run(async ({ index }) => {
    const { hits } = await index.search('', { filter: `id = "${parsed.data}"`, limit: 1 });
    // The index may carry internal fields beside the public ones; the page gets only those.
    return hits[0] === undefined ? undefined : publicRecordOfHit(hits[0]);
  });
}

/** Everything an innovation page needs, or `undefined` for a page that does not exist. */
export async function loadInnovationPage(
  search: SiteSearch,
  id: string,
): Promise<InnovationPageData | undefined> {
  const innovation = await findInnovation(search, id);
  if (innovation === undefined) return undefined;
  return { innovation, similar: await findSimilar(search, innovation) };
}
