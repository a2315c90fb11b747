import type { MultiSearchQuery, MultiSearchResponse } from 'meilisearch';
import type { RegionIndex } from '../../lib/regions/index.ts';
import { toSearchView } from '../../lib/search/ui/map.ts';
import { restFollowUp, placeFirstPage } from '../../lib/search/ui/place-first.ts';
import { words } from '../../lib/language/stem.ts';
import {
  buildSearchPlan,
  filterOf,
  matchingStrategy,
  type EngineQuery,
  type SearchPlan,
} from '../../lib/search/ui/request.ts';
import type { QueryPlace } from '../../lib/search/understand/place.ts';
import type { SearchState } from '../../lib/search/ui/state.ts';
import type { SearchView, UnderstoodView } from '../../lib/search/ui/view.ts';
import { indexedStems, stemProbes, termsQuery } from '../../lib/search/understand/forms.ts';
import {
  countOf,
  mostFound,
  relaxationQueries,
  strictCount,
  wordToDrop,
} from '../../lib/search/understand/relax.ts';
import {
  understandQuery,
  type QueryTerm,
  type UnderstoodQuery,
} from '../../lib/search/understand/understand.ts';

/** One multi-search of the engine (the search-only client's, in the portal). */
export type AskEngine = (queries: MultiSearchQuery[]) => Promise<MultiSearchResponse>;

/**
 * A search as a person means it (`src/lib/search/understand/`): the query read (place,
 * English, short forms, question words), each stem checked against the index (one small
 * multi-search when a word was stemmed), the search itself (one multi-search; a second only
 * for a later page of a place with few records), and, when nothing holds every word, the
 * query relaxed one word at a time (one multi-search per word left out).
 *
 * Stems are nearly always in the index, so the search with every stem is sent in the same
 * multi-search as their check, and sent again only when a stem was not there (a typo): one
 * round trip for most queries instead of two.
 */
export async function understoodSearch(
  ask: AskEngine,
  indexUid: string,
  state: SearchState,
  regions: RegionIndex | undefined,
): Promise<SearchView> {
  const understood = understandQuery(state.q, regions);
  let terms = understood.terms;
  const everyStem = new Set(terms.map(({ stem }) => stem));
  const hopeful = termsQuery(terms, everyStem);
  const { indexed, answer: first } = await searchChecking(
    ask,
    indexUid,
    state,
    understood,
    hopeful,
  );
  const q = termsQuery(terms, indexed);
  let answer = q === hopeful ? first : await searchTerms(ask, indexUid, state, understood, q);
  const dropped: string[] = [];
  let offer: Offer | undefined;
  while (answer.strictTotal === 0 && terms.length > 1) {
    const sent = terms.map((term) => termsQuery([term], indexed));
    const base = { indexUid, filter: filterOf(state) };
    const counts = await ask(relaxationQueries(sent, base));
    const drop = wordToDrop(sent.length, counts);
    offer ??= offerOf(state.q, terms, drop, mostFound(sent.length, counts));
    dropped.push(terms[drop]?.word ?? '');
    terms = terms.filter((_, at) => at !== drop);
    answer = await searchTerms(ask, indexUid, state, understood, termsQuery(terms, indexed));
  }
  const described = describe(understood, terms, dropped);
  return { ...answer.view, understood: { ...described, ...(offer && { offer }) } };
}

/**
 * The `q` the search page sends for a text, without a place or relaxation: what the open-data
 * downloads of a result set send, so that they hold the page's records.
 */
export async function understoodText(
  ask: AskEngine,
  indexUid: string,
  text: string,
): Promise<string> {
  const understood = understandQuery(text);
  return termsQuery(understood.terms, await stemsIndexed(ask, indexUid, understood));
}

/**
 * What the search of a state sends as its text (the query understood, stems checked, a place
 * alone searched by its name), without relaxing it: what a facet's values are counted under
 * when they are fetched on their own (`/api/search/facets`).
 */
export async function understoodQuery(
  ask: AskEngine,
  indexUid: string,
  state: SearchState,
  regions: RegionIndex | undefined,
): Promise<EngineQuery> {
  const understood = understandQuery(state.q, regions);
  const q = termsQuery(understood.terms, await stemsIndexed(ask, indexUid, understood));
  return textOf(q, understood.place);
}

// --- internal ---

/** The stems the index holds, asked only when a word was stemmed at all. */
async function stemsIndexed(
  ask: AskEngine,
  indexUid: string,
  understood: UnderstoodQuery,
): Promise<Set<string>> {
  const probes = stemProbes(understood, indexUid);
  if (probes.queries.length === 0) return new Set();
  return indexedStems(probes, await ask(probes.queries));
}

type Offer = NonNullable<UnderstoodView['offer']>;

/** The removal finding the most records, when it is not the word dropped: the typed query without it. */
function offerOf(
  typed: string,
  terms: readonly QueryTerm[],
  dropped: number,
  most: { at: number; total: number } | undefined,
): Offer | undefined {
  const word = most === undefined || most.at === dropped ? undefined : terms[most.at]?.word;
  if (most === undefined || word === undefined) return undefined;
  const q = typed
    .split(/\s+/)
    .filter((part) => !words(part).includes(word))
    .join(' ');
  return { word, total: most.total, q };
}

/** A view, and how many records hold every word sent (0: the query is worth relaxing). */
interface Answer {
  view: SearchView;
  strictTotal: number;
}

async function searchTerms(
  ask: AskEngine,
  indexUid: string,
  state: SearchState,
  understood: UnderstoodQuery,
  q: string,
): Promise<Answer> {
  const sent = termsSearch(indexUid, state, understood, q);
  const { results } = await ask(sent.queries);
  return answerOf(ask, state, understood, sent, results);
}

/** The search of `q` and the check of the stems, in one multi-search. */
async function searchChecking(
  ask: AskEngine,
  indexUid: string,
  state: SearchState,
  understood: UnderstoodQuery,
  q: string,
): Promise<{ indexed: Set<string>; answer: Answer }> {
  const sent = termsSearch(indexUid, state, understood, q);
  const probes = stemProbes(understood, indexUid);
  const { results } = await ask([...sent.queries, ...probes.queries]);
  const searched = results.slice(0, sent.queries.length);
  const indexed =
    probes.queries.length === 0
      ? new Set<string>()
      : indexedStems(probes, { results: results.slice(sent.queries.length) });
  return { indexed, answer: await answerOf(ask, state, understood, sent, searched) };
}

/** The page's multi-search for `q`, and the count of records holding every word. */
interface TermsSearch {
  plan: SearchPlan;
  queries: MultiSearchQuery[];
  strict: boolean;
}

function termsSearch(
  indexUid: string,
  state: SearchState,
  understood: UnderstoodQuery,
  q: string,
): TermsSearch {
  const plan = buildSearchPlan(state, indexUid, {
    ...textOf(q, understood.place),
    ...(understood.place && { place: understood.place }),
  });
  const [main] = plan.queries;
  const strict = q === '' || main === undefined ? [] : [strictCount(main)];
  return { plan, queries: [...plan.queries, ...strict], strict: strict.length > 0 };
}

async function answerOf(
  ask: AskEngine,
  state: SearchState,
  understood: UnderstoodQuery,
  { plan, strict }: TermsSearch,
  results: MultiSearchResponse['results'],
): Promise<Answer> {
  const strictTotal = strict ? countOf(results.at(-1)) : 1;
  const response = { results: results.slice(0, plan.queries.length) };
  const highlight = understood.terms.map((term) => term.word).join(' ');
  return { view: await placedView(ask, state, plan, response, highlight), strictTotal };
}

/**
 * What is sent for the words searched. A query that only names a place (`pemkab sleman`,
 * `jateng`) searches the place's official name, every word required: its records hold it (in
 * their regency or province), and so do the others that mention it, which follow them.
 */
function textOf(q: string, place: QueryPlace | undefined): EngineQuery {
  if (q !== '' || place === undefined) return { q, matchingStrategy };
  return { q: words(place.name).join(' '), matchingStrategy: 'all' };
}

async function placedView(
  ask: AskEngine,
  state: SearchState,
  plan: SearchPlan,
  response: MultiSearchResponse,
  highlight: string,
): Promise<SearchView> {
  if (plan.placeFirst === undefined) return toSearchView(state, plan, response, { highlight });
  const first = response.results[plan.placeFirst.first];
  const shares = placeFirstPage(state.page, first?.totalHits ?? 0, first?.hits.length ?? 0);
  const followUp = restFollowUp({ ...plan, placeFirst: plan.placeFirst }, shares);
  if (followUp === undefined) return toSearchView(state, plan, response, { highlight });
  const [restHits] = (await ask([followUp])).results;
  return toSearchView(state, plan, response, { highlight, restHits });
}

function describe(
  understood: UnderstoodQuery,
  terms: readonly QueryTerm[],
  dropped: readonly string[],
): UnderstoodView {
  const { place } = understood;
  return {
    ...(place && { place: { facet: place.facet, name: place.name, words: [...place.words] } }),
    translated: [...understood.translated],
    senses: [...understood.senses],
    glue: [...understood.glue],
    dropped: [...dropped],
    searched: terms.map((term) => term.word).join(' '),
  };
}
