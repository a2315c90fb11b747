import { readFile } from 'node:fs/promises';
import pRetry, { AbortError } from 'p-retry';
import { describe } from './file-stream.ts';
import { isObject } from './ndjson.ts';
import { InputError, type ReadEvent, type ReadProgress } from './types.ts';

/** One page of a paged JSON API: `{"data": [...], "meta": {"page", "per_page", "total"}}`. */
interface Page {
  items: unknown[];
  page?: number;
  total?: number;
}

/**
 * Reads a saved API page file. The page number is the one its `meta` gives, else `fallbackPage`.
 * Pages are small by construction (per_page items), so one page is parsed whole.
 */
export async function* readPageFile(
  path: string,
  fallbackPage: number,
  progress: ReadProgress,
): AsyncGenerator<ReadEvent> {
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
  yield* pageEvents(parsed.items, parsed.page ?? fallbackPage);
}

export interface FetchOptions {
  retries?: number;
  minTimeout?: number;
  fetch?: typeof globalThis.fetch;
}

/**
 * Fetches `url?page=1`, `url?page=2`, ... until a page returns no items. Each fetch is retried
 * with back-off; a page that still fails, or is not JSON, is reported and ends the paging.
 */
export async function* readPagedUrl(
  url: string,
  progress: ReadProgress,
  options: FetchOptions = {},
): AsyncGenerator<ReadEvent> {
  for (let page = 1; ; page += 1) {
    const result = await fetchPage(pageUrl(url, page), options);
    if (typeof result === 'string') {
      yield { kind: 'broken', broken: { row: 0, page, reason: result } };
      return;
    }
    if (result.items.length === 0) return;
    if (page === 1 && result.total !== undefined) progress.setTotal(result.total);
    yield* pageEvents(result.items, page);
    progress.advance(result.items.length);
  }
}

export function pageUrl(base: string, page: number): string {
  const url = new URL(base);
  url.searchParams.set('page', String(page));
  return url.toString();
}

async function fetchPage(url: string, options: FetchOptions): Promise<Page | string> {
  const doFetch = options.fetch ?? globalThis.fetch;
  try {
    const text = await pRetry(
      async () => {
        const response = await doFetch(url, { headers: { accept: 'application/json' } });
        if (response.status >= 500 || response.status === 429) {
          throw new Error(`HTTP ${response.status}`);
        }
        if (!response.ok) throw new AbortError(`HTTP ${response.status}`);
        return response.text();
      },
      { retries: options.retries ?? 4, minTimeout: options.minTimeout ?? 500, factor: 2 },
    );
    return parsePage(text);
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

function* pageEvents(items: readonly unknown[], page: number): Generator<ReadEvent> {
  for (const [index, value] of items.entries()) {
    const row = index + 1;
    if (isObject(value)) yield { kind: 'item', item: { row, page, fields: value } };
    else yield { kind: 'broken', broken: { row, page, reason: 'the item is not a JSON object' } };
  }
}
