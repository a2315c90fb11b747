import type { Innovation } from '../../lib/schema/innovation.ts';
import { stemQuery } from '../../lib/search/query.ts';
import { cardFields, type CardData } from '../../lib/search/card.ts';
import type { SiteEngine, SiteSearch } from '../../infra/meilisearch/site-engine.ts';

/** How many similar innovations a page shows, and below how many text matches it tops up. */
export const similarLimit = 6;
const enoughByText = 3;

/**
 * Innovations like this one: related by sector, SDG or agency cluster, ranked by how much of
 * its name and summary they share. Meilisearch has no similarity search without embedders, so
 * the innovation's own words become the query and `matchingStrategy: 'last'` drops them from
 * the end until something matches: the name's words weigh most. When the text finds too few,
 * innovations of the same sector fill the list.
 */
export async function findSimilar(search: SiteSearch, innovation: Innovation): Promise<CardData[]> {
  return search.run(async ({ index }) => {
    const byText = await searchCards(index, similarityQuery(innovation), [
      notItself(innovation),
      relatedFilter(innovation),
    ]);
    if (byText.length >= enoughByText) return byText;
    const sameSector = await searchCards(index, '', [
      notItself(innovation),
      sectorFilter(innovation),
    ]);
    const seen = new Set(byText.map((card) => card.id));
    return [...byText, ...sameSector.filter((card) => !seen.has(card.id))].slice(0, similarLimit);
  });
}

/**
 * The query for innovations like this one, at most ten words (Meilisearch reads no more): the
 * stems of its name (the expansion rather than an acronym no other innovation shares), then
 * the summary's most frequent stems that are not in the title nor the agency's or region's
 * names (every summary names its innovation and agency; sharing those is not being similar).
 */
export function similarityQuery(innovation: Innovation): string {
  const nameStems = stems(innovation.expansion ?? innovation.title);
  const known = new Set(
    stems(
      [
        innovation.title,
        innovation.acronym,
        innovation.agency,
        innovation.unit,
        innovation.regency,
        innovation.province,
      ].join(' '),
    ),
  );
  const counts = new Map<string, number>();
  for (const stem of stems(innovation.summary)) {
    if (known.has(stem) || !telling(stem)) continue;
    counts.set(stem, (counts.get(stem) ?? 0) + 1);
  }
  const summaryStems = [...counts.entries()]
    .sort(([a, countA], [b, countB]) => countB - countA || b.length - a.length)
    .map(([stem]) => stem);
  return [...new Set(nameStems)].concat(summaryStems).slice(0, maxQueryWords).join(' ');
}

/** Same sector, same SDG or same cluster: what "related" means for the list. */
export function relatedFilter(innovation: Innovation): string {
  const related = [
    innovation.sectors.length > 0 ? `sectors IN [${innovation.sectors.map(quote).join(', ')}]` : '',
    innovation.sdgs.length > 0 ? `sdgs IN [${innovation.sdgs.join(', ')}]` : '',
    `cluster = ${quote(innovation.cluster)}`,
  ].filter((part) => part !== '');
  return related.join(' OR ');
}

// --- internal ---

const maxQueryWords = 10;

/** Words every summary uses (`inovasi`), and short ones, say nothing about the subject. */
const generic = new Set(['inovasi', 'layan', 'masyarakat', 'daerah']);

function telling(stem: string): boolean {
  return stem.length >= 4 && !generic.has(stem);
}

function stems(text: string): string[] {
  return stemQuery(text)
    .split(' ')
    .filter((stem) => stem !== '' && !/^\d+$/.test(stem));
}

function notItself(innovation: Innovation): string {
  return `id != ${quote(innovation.id)}`;
}

/** The same sector, or with no sector the same cluster. */
function sectorFilter(innovation: Innovation): string {
  return innovation.sectors.length > 0
    ? `sectors IN [${innovation.sectors.map(quote).join(', ')}]`
    : `cluster = ${quote(innovation.cluster)}`;
}

// Values here are enum members, slugs and ids (no quotes in them); JSON quoting keeps it so.
function quote(value: string): string {
  return JSON.stringify(value);
}

async function searchCards(
  index: SiteEngine['index'],
  query: string,
  filter: string[],
): Promise<CardData[]> {
  const { hits } = await index.search<CardData>(query, {
    filter,
    limit: similarLimit,
    attributesToRetrieve: [...cardFields],
    matchingStrategy: 'last',
  });
  return hits;
}
