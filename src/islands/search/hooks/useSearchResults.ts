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

/** Answers an island keeps for the page's life: enough for typing back and forth, bounded. */
const cachedAnswers = 50;

/**
 * An island's endpoint (`/api/search`, `/api/trends`) with the answers of the page's life: a
 * query string is fetched once, its answer kept (at most 50), and a request that a newer one
 * replaces is aborted. Stable for the island's life.
 */
export interface ViewFetcher<View> {
  /**
   * Sends a query string's request now, unless its answer is known or on its way: called when
   * the state changes, so the request leaves before React renders the change.
   */
  prefetch: (queryString: string) => void;
  /** The answer of a query string: known, or the request on its way (sent if none is). */
  get: (queryString: string) => View | Promise<View>;
}

export function useViewFetcher<View>(
  endpoint: string,
  initialQuery: string,
  initial: View | null,
): ViewFetcher<View> {
  const [fetcher] = useState(() => createFetcher(endpoint, initialQuery, initial));
  return fetcher;
}

export function useSearchResults(
  fetcher: ViewFetcher<SearchView>,
  queryString: string,
  initial: SearchView | null,
): SearchResults {
  return useFetchedView(fetcher, queryString, initial);
}

/**
 * The view of a query string, following it on every change without a debounce: an answer
 * that is not the latest is dropped, so an older answer never replaces a newer one. The page
 * already rendered the results of the URL it was opened with, so the first render fetches
 * nothing; a query string answered before on this page (a deleted letter, a filter ticked off
 * again, back) is shown from the fetcher's answers without a request.
 */
export function useFetchedView<View>(
  fetcher: ViewFetcher<View>,
  queryString: string,
  initial: View | null,
): FetchedView<View> {
  const [view, setView] = useState(initial);
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(initial === null);
  const [attempt, setAttempt] = useState(0);
  const latest = useRef(0);
  const rendered = useRef(initial === null ? undefined : queryString);

  // A layout effect asks right after the change's render, not a frame later (the request
  // itself has usually left already, from `prefetch`).
  useLayoutEffect(() => {
    if (rendered.current === queryString) return;
    rendered.current = undefined;
    const request = ++latest.current;
    const answer = fetcher.get(queryString);
    if (!(answer instanceof Promise)) {
      setView(answer);
      setFailed(false);
      setLoading(false);
      return;
    }
    setLoading(true);
    answer.then(
      (next) => {
        if (request !== latest.current) return;
        setView(next);
        setFailed(false);
        setLoading(false);
      },
      () => {
        if (request !== latest.current) return;
        setFailed(true);
        setLoading(false);
      },
    );
  }, [fetcher, queryString, attempt]);

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

function createFetcher<View>(
  endpoint: string,
  initialQuery: string,
  initial: View | null,
): ViewFetcher<View> {
  const answers = new Map<string, View>();
  if (initial !== null) answers.set(initialQuery, initial);
  const pending = new Map<string, { promise: Promise<View>; controller: AbortController }>();
  const send = (queryString: string): Promise<View> => {
    // Each request aborts the one before: only the latest state's answer is wanted.
    for (const [other, { controller }] of pending) {
      controller.abort();
      pending.delete(other);
    }
    const controller = new AbortController();
    const promise = fetchView<View>(`${endpoint}${queryString}`, controller.signal).then((next) => {
      remember(answers, queryString, next);
      return next;
    });
    pending.set(queryString, { promise, controller });
    const forget = () => {
      if (pending.get(queryString)?.controller === controller) pending.delete(queryString);
    };
    promise.then(forget, forget);
    return promise;
  };
  return {
    prefetch: (queryString) => {
      if (!answers.has(queryString) && !pending.has(queryString)) send(queryString).catch(ignore);
    },
    get: (queryString) =>
      answers.get(queryString) ?? pending.get(queryString)?.promise ?? send(queryString),
  };
}

/** A prefetch that failed or was aborted is asked again by whoever still wants it. */
function ignore(): void {
  return undefined;
}

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
