import { useEffect, useRef, useState } from 'react';
import { endpointPatterns } from '../../../i18n/routes.ts';
import type { FacetName } from '../../../lib/index/facets.ts';
import {
  facetParams,
  facetRequestParam,
  searchQueryString,
} from '../../../lib/search/ui/params.ts';
import type {
  FacetValuesView,
  FacetValueView,
  FacetView,
  SearchView,
} from '../../../lib/search/ui/view.ts';

export interface FacetValues {
  /** A facet's values: every one once fetched for the view shown, else the ones it sent. */
  valuesOf: (facet: FacetView) => readonly FacetValueView[];
  /** True while the values of an opened facet are on their way. */
  loading: (facet: FacetName) => boolean;
  /** A person opened the facet (its narrowing box, its "show all"): fetch what was not sent. */
  open: (facet: FacetName) => void;
}

/** Lists kept for the page's life (a few facets over a few searches), bounded. */
const keptLists = 20;

/**
 * The values a long facet's answer left out (it sends its top ones), fetched from
 * `/api/search/facets` once the facet is opened, for the search the view answers (so the counts
 * are the view's), and again for each later view while it stays open. Lists already fetched are
 * kept, so going back to a search costs no request.
 */
export function useFacetValues(
  view: SearchView | null,
  openAtFirst: FacetName | undefined,
): FacetValues {
  const [opened, setOpened] = useState<ReadonlySet<FacetName>>(
    () => new Set(openAtFirst === undefined ? [] : [openAtFirst]),
  );
  const [lists, setLists] = useState<ReadonlyMap<string, FacetValueView[]>>(new Map());
  const asked = useRef(new Set<string>());
  const query = view === null ? '' : searchQueryString(view.state);

  useEffect(() => {
    if (view === null) return;
    for (const facet of view.facets) {
      const key = keyOf(query, facet.name);
      if (facet.hidden === 0 || !opened.has(facet.name) || asked.current.has(key)) continue;
      asked.current.add(key);
      fetchValues(query, facet.name).then(
        (values) => {
          setLists((current) => remembered(current, key, values));
        },
        () => {
          // Not fetched: the facet keeps its top values, and opening it again retries.
          asked.current.delete(key);
        },
      );
    }
  }, [view, query, opened]);

  return {
    valuesOf: (facet) =>
      facet.hidden === 0 ? facet.values : (lists.get(keyOf(query, facet.name)) ?? facet.values),
    loading: (facet) =>
      opened.has(facet) &&
      view?.facets.find((one) => one.name === facet)?.hidden !== 0 &&
      !lists.has(keyOf(query, facet)),
    open: (facet) => {
      if (!opened.has(facet)) setOpened(new Set([...opened, facet]));
    },
  };
}

// --- internal ---

function keyOf(query: string, facet: FacetName): string {
  return `${facet} ${query}`;
}

function remembered(
  lists: ReadonlyMap<string, FacetValueView[]>,
  key: string,
  values: FacetValueView[],
): ReadonlyMap<string, FacetValueView[]> {
  const next = new Map(lists);
  next.set(key, values);
  const oldest = next.keys().next();
  if (next.size > keptLists && oldest.done !== true) next.delete(oldest.value);
  return next;
}

async function fetchValues(query: string, facet: FacetName): Promise<FacetValueView[]> {
  const params = new URLSearchParams(query);
  params.set(facetRequestParam, facetParams[facet]);
  const response = await fetch(`${endpointPatterns.searchFacetsApi}?${params.toString()}`, {
    headers: { Accept: 'application/json' },
  });
  if (!response.ok) throw new Error(`the facet values answered ${response.status}`);
  // The server built and checked this answer; the browser carries no schema library.
  return ((await response.json()) as FacetValuesView).values;
}
