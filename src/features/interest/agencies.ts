import type { SiteSearch } from '../../infra/meilisearch/site-engine.ts';

/** Suggestions a registration form shows under the agency field. */
export const SUGGESTION_LIMIT = 8;

/**
 * Agency names of the catalogue that match what was typed (searched on the `agency` field
 * only, the last word as a prefix), each name once whatever its case or spacing: names of
 * public bodies, the same the innovation pages show. Registrants' own typing is never offered
 * to others here.
 */
export async function suggestAgencies(search: SiteSearch, query: string): Promise<string[]> {
  const text = query.trim();
  if (text === '') return [];
  const { hits } = await search.run(({ index }) =>
    index.search(text, {
      attributesToSearchOn: ['agency'],
      attributesToRetrieve: ['agency'],
      limit: 50,
    }),
  );
  const names = new Map<string, string>();
  for (const hit of hits) {
    const name = typeof hit.agency === 'string' ? hit.agency.trim() : '';
    const key = name.toLowerCase().replace(/\s+/g, ' ');
    if (name !== '' && !names.has(key)) names.set(key, name);
    if (names.size === SUGGESTION_LIMIT) break;
  }
  return [...names.values()];
}
