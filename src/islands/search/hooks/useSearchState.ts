import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { FacetName } from '../../../lib/index/facets.ts';
import { searchActions } from '../../../lib/search/ui/actions.ts';
import {
  readSearchState,
  searchQueryString,
  type SortName,
} from '../../../lib/search/ui/params.ts';
import type { SearchState } from '../../../lib/search/ui/state.ts';

export interface SearchStateApi {
  state: SearchState;
  setQuery: (q: string) => void;
  /** The query box lost focus or was submitted: the next keystroke starts a new history entry. */
  endTyping: () => void;
  toggle: (facet: FacetName, value: string) => void;
  clearFacet: (facet: FacetName) => void;
  clearFilters: () => void;
  setSort: (sort: SortName) => void;
  setPage: (page: number) => void;
  /** Any state, e.g. a popular search. */
  go: (state: SearchState) => void;
}

/**
 * The search state, kept in the URL: every committed change (a filter, a sort, a page) is a new
 * history entry; typing replaces the entry its first keystroke made, so back goes to the view
 * before the typing, not letter by letter. Back and forward read the state from the URL.
 */
export function useSearchState(
  initial: SearchState,
  servedQuery: string,
  /** Told of every change as it is made, before React renders it (to send its request). */
  onCommit?: (next: SearchState) => void,
): SearchStateApi {
  const [state, setState] = useState(initial);
  const latest = useRef(initial);
  const typing = useRef(false);

  const commit = useCallback(
    (next: SearchState, mode: 'push' | 'replace') => {
      onCommit?.(next);
      latest.current = next;
      setState(next);
      const url = `${location.pathname}${searchQueryString(next)}`;
      if (mode === 'push') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    },
    [onCommit],
  );

  useEffect(() => {
    const follow = () => {
      typing.current = false;
      latest.current = readSearchState(new URLSearchParams(location.search));
      setState(latest.current);
    };
    if (location.search === servedQuery) {
      // The page may have been opened with a stale or hand-written link: show its clean form.
      history.replaceState(null, '', `${location.pathname}${searchQueryString(initial)}`);
    } else {
      // Back or forward was pressed before the island woke up: follow the URL it went to.
      follow();
    }
    addEventListener('popstate', follow);
    return () => {
      removeEventListener('popstate', follow);
    };
  }, [initial, servedQuery]);

  return useMemo(() => {
    const apply = (change: (current: SearchState) => SearchState) => {
      typing.current = false;
      commit(change(latest.current), 'push');
    };
    return {
      state,
      setQuery: (q) => {
        commit(searchActions.query(latest.current, q), typing.current ? 'replace' : 'push');
        typing.current = true;
      },
      endTyping: () => {
        typing.current = false;
      },
      toggle: (facet, value) => {
        apply((current) => searchActions.toggle(current, facet, value));
      },
      clearFacet: (facet) => {
        apply((current) => searchActions.clearFacet(current, facet));
      },
      clearFilters: () => {
        apply(searchActions.clearFilters);
      },
      setSort: (sort) => {
        apply((current) => searchActions.sort(current, sort));
      },
      setPage: (page) => {
        apply((current) => searchActions.page(current, page));
      },
      go: (next) => {
        apply(() => next);
      },
    };
  }, [state, commit]);
}
