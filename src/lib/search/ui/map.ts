import type { MultiSearchResponse } from 'meilisearch';
import { z } from 'zod';
import { verifiedLongAgo } from '../../agency/verified.ts';
import { innovationSchema } from '../../schema/innovation.ts';
import { placesOfHit } from '../../index/places.ts';
import type { FacetName } from '../../index/facets.ts';
import { highlightStems, type Segment } from '../highlight.ts';
import { facetOrder, topFacetValues, wholeFacet } from './params.ts';
import type { SearchPlan } from './request.ts';
import type { SearchState } from './state.ts';
import { placeFirstPage } from './place-first.ts';
import type {
  FacetValueView,
  FacetView,
  HitView,
  Marked,
  SearchView,
  UnderstoodView,
} from './view.ts';

/**
 * The view model of a multi-search built by `buildSearchPlan`: the main query's hits and
 * counts, each filtered facet's counts from its own query, selected values kept in their lists.
 * Engine answers are parsed here, at the boundary.
 */
export function toSearchView(
  state: SearchState,
  plan: SearchPlan,
  response: MultiSearchResponse,
  options: ViewOptions = {},
): SearchView {
  const [main, ...counts] = response.results.map((result) => resultSchema.parse(result));
  if (main === undefined) throw new Error('the multi-search answered no main query');
  const highlight = options.highlight ?? state.q;
  const distribution: Partial<Record<string, Record<string, number>>> = {
    ...main.facetDistribution,
  };
  const relaxed = plan.facets.map((facet, index) => {
    const result = counts[index];
    if (result === undefined) throw new Error(`no count query answered for ${facet}`);
    distribution[facet] = result.facetDistribution?.[facet] ?? {};
    return { facet, total: result.totalHits };
  });
  return {
    state,
    total: main.totalHits,
    totalPages: main.totalPages,
    hits: pageHits(state, plan, [main, ...counts], options.restHits).map((hit) =>
      toHitView(hit, highlight),
    ),
    facets: facetOrder.map((facet) =>
      toFacetView(facet, distribution[facet] ?? {}, state.filters[facet]),
    ),
    relaxed,
    ...(options.understood && { understood: options.understood }),
    unrecognisedPlaces: distribution['placeUnrecognised']?.['true'] ?? 0,
  };
}

export interface ViewOptions {
  /** Everyone else's hits of a later place-first page (`restFollowUp`'s answer). */
  restHits?: unknown;
  /** The words to mark in hits, when they are not the query as typed (a translation). */
  highlight?: string;
  understood?: UnderstoodView;
}

/**
 * The list a facet shows: its values with their counts, plus any selected value the engine no
 * longer counts (0), so it can still be unticked. Years newest first, the rest by count.
 */
export function toFacetView(
  name: FacetName,
  counts: Readonly<Record<string, number>>,
  selected: readonly string[],
): FacetView {
  const all = { ...Object.fromEntries(selected.map((value) => [value, 0])), ...counts };
  const values: FacetValueView[] = Object.entries(all).map(([value, count]) => ({
    value,
    count,
    selected: selected.includes(value),
  }));
  return { name, values: values.sort(name === 'years' ? newestFirst : mostFirst), hidden: 0 };
}

/**
 * A view whose long facets keep their top values and the selected ones, wherever they rank
 * (the search page and its island fetch the rest on demand); `complete` is left whole. The
 * trends page keeps every value.
 */
export function withTopFacetValues(view: SearchView, complete?: FacetName): SearchView {
  return {
    ...view,
    facets: view.facets.map((facet) => (facet.name === complete ? facet : trimmed(facet))),
  };
}

/**
 * Segments with the words that match the query marked, neighbours of the same kind joined so
 * a title is a handful of pieces, not one per word.
 */
export function marked(text: string, query: string): Marked {
  const joined: Segment[] = [];
  for (const segment of highlightStems(text, query)) {
    const last = joined.at(-1);
    if (last?.match === segment.match) joined[joined.length - 1] = joinTwo(last, segment);
    else joined.push({ text: segment.text, match: segment.match });
  }
  return joined;
}

// --- internal ---

function trimmed(view: FacetView): FacetView {
  if (view.values.length <= wholeFacet) return view;
  const values = view.values.filter((entry, at) => at < topFacetValues || entry.selected);
  return { ...view, values, hidden: view.hidden + view.values.length - values.length };
}

const hitSchema = innovationSchema
  .pick({
    id: true,
    title: true,
    agency: true,
    regency: true,
    province: true,
    year: true,
    years: true,
    programmes: true,
    status: true,
    statusUpdatedAt: true,
    interestCount: true,
    replicationCount: true,
    summary: true,
  })
  .extend({
    regencyAsWritten: z.string().optional(),
    provinceAsWritten: z.string().optional(),
    _formatted: z.object({ summary: z.string().optional() }).loose().optional(),
  })
  .loose();

type EngineHit = z.output<typeof hitSchema>;

const restSchema = z.object({ hits: z.array(hitSchema) });

const resultSchema = z.object({
  hits: z.array(hitSchema),
  totalHits: z.int(),
  totalPages: z.int(),
  facetDistribution: z.record(z.string(), z.record(z.string(), z.number())).optional(),
});

/** The hits of this page: the main query's, or the place's followed by everyone else's. */
function pageHits(
  state: SearchState,
  plan: SearchPlan,
  results: readonly z.output<typeof resultSchema>[],
  restHits: unknown,
): EngineHit[] {
  const [main] = results;
  if (plan.placeFirst === undefined) return main?.hits ?? [];
  const first = results[plan.placeFirst.first];
  const rest = results[plan.placeFirst.rest];
  if (first === undefined || rest === undefined) throw new Error('no place-first answer');
  const shares = placeFirstPage(state.page, first.totalHits, first.hits.length);
  const others =
    restHits !== undefined
      ? restSchema.parse(restHits).hits
      : shares.restOffset === 0
        ? rest.hits
        : [];
  return [...first.hits, ...others.slice(0, shares.fromRest)];
}

function toHitView(hit: EngineHit, query: string): HitView {
  const years = [hit.year, ...hit.years];
  const { regency, province } = placesOfHit(hit);
  const place = regency ?? province;
  const lastYear = Math.max(...years);
  return {
    id: hit.id,
    title: marked(hit.title, query),
    agency: marked(hit.agency, query),
    ...(place === undefined ? {} : { place }),
    firstYear: Math.min(...years),
    lastYear,
    programmes: hit.programmes,
    status: hit.status,
    stale: verifiedLongAgo(hit.statusUpdatedAt, new Date()),
    interestCount: hit.interestCount,
    replicationCount: hit.replicationCount,
    snippet: marked(hit._formatted?.summary ?? hit.summary, query),
  };
}

function joinTwo(a: Segment, b: Segment): Segment {
  return { text: a.text + b.text, match: a.match };
}

function newestFirst(a: FacetValueView, b: FacetValueView): number {
  return Number(b.value) - Number(a.value);
}

function mostFirst(a: FacetValueView, b: FacetValueView): number {
  return b.count - a.count || a.value.localeCompare(b.value);
}
