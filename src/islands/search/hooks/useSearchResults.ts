import { endpointPatterns } from '../../../i18n/routes.ts';
import { useLayoutEffect, useRef, useState } from 'react';
import type { SearchView } from '../../../lib/search/ui/view.ts';

export interface FetchedView<View> {
  /** The latest view that arrived (kept while the next one loads). */
  view: View | null;
  loading: boolean;
  /** The engine or the network failed for the latest request. */
  failed: boolean;
  retry: () => void;
}

export type SearchResults = FetchedView<SearchView>;

export function useSearchResults(queryString: string, initial: SearchView | null): SearchResults {
  return useFetchedView(endpointPatterns.searchApi, queryString, initial);
}

/** Answers an island keeps for the page's life: enough for typing back and forth, bounded. */
const cachedAnswers = 50;

/**
 * The view of a query string from an island's endpoint (`/api/search`, `/api/trends`), fetched on every change without a
 * debounce: each new request aborts the one before, and an answer that is not the latest is
 * dropped, so an older answer never replaces a newer one. The page already rendered the
 * results of the URL it was opened with, so the first render fetches nothing; a query string
 * answered before on this page (a deleted letter, a filter ticked off again, back) is shown
 * from the island's own cache without a request.
 */
export function useFetchedView<View>(
  endpoint: string,
  queryString: string,
  initial: View | null,
): FetchedView<View> {
  const [view, setView] = useState(initial);
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(initial === null);
  const [attempt, setAttempt] = useState(0);
  const latest = useRef(0);
  const rendered = useRef(initial === null ? undefined : queryString);
  const answers = useRef(new Map<string, View>());
  if (initial !== null && answers.current.size === 0) answers.current.set(queryString, initial);

  // A layout effect sends the request right after the keystroke's render, not a frame later.
  useLayoutEffect(() => {
    if (rendered.current === queryString) return;
    rendered.current = undefined;
    const request = ++latest.current;
    const known = answers.current.get(queryString);
    if (known !== undefined) {
      setView(known);
      setFailed(false);
      setLoading(false);
      return;
    }
    const controller = new AbortController();
    setLoading(true);
    fetchView<View>(`${endpoint}${queryString}`, controller.signal).then(
      (next) => {
        remember(answers.current, queryString, next);
        if (request !== latest.current) return;
        setView(next);
        setFailed(false);
        setLoading(false);
      },
      () => {
        if (controller.signal.aborted || request !== latest.current) return;
        setFailed(true);
        setLoading(false);
      },
    );
    return () => {
      controller.abort();
    };
  }, [endpoint, queryString, attempt]);

  return {
    view,
    loading,
    failed,
    retry: () => {
      setAttempt((count) => count + 1);
    },
  };
}

// --- internal ---

/** Keeps an answer, forgetting the oldest once the cache is full (a Map keeps insertion order). */
function remember<View>(answers: Map<string, View>, queryString: string, view: View): void {
  answers.delete(queryString);
  answers.set(queryString, view);
  const oldest = answers.keys().next();
  if (answers.size > cachedAnswers && oldest.done !== true) answers.delete(oldest.value);
}

async function fetchView<View>(url: string, signal: AbortSignal): Promise<View> {
  const response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  // The server built and checked this view model; the browser carries no schema library.
  return (await response.json()) as View;
}
