import { readFile } from 'node:fs/promises';
import { describe, readableFileSize } from './file-stream.ts';
import {
  DEFAULT_FETCH_LIMITS,
  type FetchLimits,
  type FetchOptions,
  fetchPageText,
} from './fetch-page.ts';
import { DEFAULT_READ_LIMITS } from './limits.ts';
import { isObject, jsonItemEvent } from './json-item.ts';
import { InputError, type ReadEvent, type ReadProgress } from './types.ts';

/** One page of a paged JSON API: `{"data": [...], "meta": {"page", "per_page", "total"}}`. */
interface Page {
  items: unknown[];
  /** The page as fetched, to tell a page that repeats the one before. */
  body?: string;
  page?: number;
  total?: number;
}

/**
 * Reads a saved API page file. The page number is the one its `meta` gives, else `fallbackPage`.
 * Pages are small by construction (per_page items), so one page is parsed whole; a file bigger
 * than a fetched page may be (`maxPageBytes`) is rejected unread.
 */
export async function* readPageFile(
  path: string,
  fallbackPage: number,
  progress: ReadProgress,
  maxDepth = DEFAULT_READ_LIMITS.maxDepth,
  maxPageBytes = DEFAULT_FETCH_LIMITS.maxPageBytes,
): AsyncGenerator<ReadEvent> {
  if ((await readableFileSize(path)) > maxPageBytes) {
    const reason = `the page is larger than ${String(maxPageBytes)} bytes`;
    yield { kind: 'broken', broken: { row: 0, page: fallbackPage, reason } };
    return;
  }
  const text = await readFile(path, 'utf8').catch((error: unknown) => {
    throw new InputError(`${path}: cannot be read (${describe(error)})`);
  });
  progress.setTotal(1);
  const parsed = parsePage(text.replace(/^\uFEFF/, ''));
  progress.advance(1);
  if (typeof parsed === 'string') {
    yield { kind: 'broken', broken: { row: 0, page: fallbackPage, reason: parsed } };
    return;
  }
  yield* pageEvents(parsed.items, parsed.page ?? fallbackPage, maxDepth);
}

/**
 * Fetches `url?page=1`, `url?page=2`, ... until a page returns no items, within `limits` (see
 * `FetchLimits`): each fetch is retried with back-off; a page that still fails or is not JSON,
 * a page that repeats the one before (a server that ignores `?page`), the page after the cap
 * (not fetched), or the end of the URL's time is reported with its page number and ends the
 * paging.
 */
export async function* readPagedUrl(
  url: string,
  progress: ReadProgress,
  options: FetchOptions = {},
  maxDepth = DEFAULT_READ_LIMITS.maxDepth,
): AsyncGenerator<ReadEvent> {
  const limits = { ...DEFAULT_FETCH_LIMITS, ...options.limits };
  const protocol = new URL(url).protocol;
  if (protocol !== 'http:' && protocol !== 'https:') {
    yield {
      kind: 'broken',
      broken: { row: 0, page: 1, reason: 'only http and https are fetched' },
    };
    return;
  }
  const runSignal = AbortSignal.timeout(limits.runTimeoutMs);
  let previous: string | undefined;
  for (let page = 1; ; page += 1) {
    const result =
      page > limits.maxPages
        ? `the cap of ${String(limits.maxPages)} pages is reached: paging stopped`
        : await fetchPage(pageUrl(url, page), options, limits, runSignal);
    const body = typeof result === 'string' ? undefined : result.body;
    const stop =
      body !== undefined && body === previous
        ? `the page repeats page ${String(page - 1)} (the server ignores ?page): paging stopped`
        : result;
    if (typeof stop === 'string') {
      yield { kind: 'broken', broken: { row: 0, page, reason: stop } };
      return;
    }
    if (stop.items.length === 0) return;
    if (page === 1 && stop.total !== undefined) progress.setTotal(stop.total);
    yield* pageEvents(stop.items, page, maxDepth);
    progress.advance(stop.items.length);
    previous = body;
  }
}

export function pageUrl(base: string, page: number): string {
  const url = new URL(base);
  url.searchParams.set('page', String(page));
  return url.toString();
}

async function fetchPage(
  url: string,
  options: FetchOptions,
  limits: FetchLimits,
  runSignal: AbortSignal,
): Promise<Page | string> {
  try {
    const body = await fetchPageText(url, options, limits, runSignal);
    const parsed = parsePage(body);
    return typeof parsed === 'string' ? parsed : { ...parsed, body };
  } catch (error) {
    return `the page could not be fetched (${describe(error)})`;
  }
}

function parsePage(text: string): Page | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'the page is not valid JSON';
  }
  if (Array.isArray(value)) return { items: value };
  if (isObject(value) && Array.isArray(value.data)) {
    const meta = isObject(value.meta) ? value.meta : {};
    return {
      items: value.data,
      ...(typeof meta.page === 'number' && { page: meta.page }),
      ...(typeof meta.total === 'number' && { total: meta.total }),
    };
  }
  return 'the page has no "data" array';
}

function* pageEvents(
  items: readonly unknown[],
  page: number,
  maxDepth: number,
): Generator<ReadEvent> {
  for (const [index, value] of items.entries()) {
    yield jsonItemEvent(value, { row: index + 1, page }, maxDepth, 'the item is not a JSON object');
  }
}
