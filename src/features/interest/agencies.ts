import type { SiteSearch } from '../../infra/meilisearch/site-engine.ts';
import { agenciesOf, namedAgency } from '../../lib/agency/name.ts';
import { wordsOf } from '../../lib/agency/words.ts';

/** Suggestions a registration form shows under the agency field. */
export const SUGGESTION_LIMIT = 8;

/**
 * Agencies and service units of the catalogue that match what was typed, each in its one
 * form and once however the records spell it (`Dinkes Kab. Sleman` finds `Dinas Kesehatan
 * Kabupaten Sleman`, the unit of the innovations that `Pemerintah Kabupaten Sleman` lists,
 * beside that government). What was typed is written out the same way before it is searched
 * on the documents' `agencies` (those names, made at ingest); a name is offered when every typed word starts one of its
 * words (all names found, when a typo leaves none). Only names of public bodies from the
 * records, never a registrant's own typing.
 */
export async function suggestAgencies(search: SiteSearch, query: string): Promise<string[]> {
  const text = query.trim();
  if (text === '') return [];
  const typed = namedAgency(text).name;
  const { hits } = await search.run(({ index }) =>
    index.search(typed, {
      attributesToSearchOn: ['agencies'],
      attributesToRetrieve: ['agency', 'unit'],
      limit: 50,
    }),
  );
  const names = new Map<string, string>();
  for (const hit of hits) {
    if (typeof hit.agency !== 'string') continue;
    const unit = typeof hit.unit === 'string' ? hit.unit : undefined;
    for (const { name, key } of agenciesOf({ agency: hit.agency, unit })) {
      if (!names.has(key)) names.set(key, name);
    }
  }
  const all = [...names.values()];
  const matching = all.filter((name) => startsEveryWord(typed, name));
  return (matching.length > 0 ? matching : all).slice(0, SUGGESTION_LIMIT);
}

// --- internal ---

/** Whether every word typed starts a word of the name (`Pemerintah Kota Pad` and `… Padang`). */
function startsEveryWord(typed: string, name: string): boolean {
  const words = wordsOf(name).map((word) => word.key);
  return wordsOf(typed).every((typedWord) => words.some((word) => word.startsWith(typedWord.key)));
}
