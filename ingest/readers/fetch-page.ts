import pRetry, { AbortError } from 'p-retry';
import type { Config } from '../../src/infra/config.ts';
import { describe } from './file-stream.ts';

/** What one paged URL may cost: a server that misbehaves ends its run within these. */
export interface FetchLimits {
  /** Milliseconds one request (headers and body) may take before it is aborted. */
  requestTimeoutMs: number;
  /** Milliseconds all pages of one URL may take, retries and back-off included. */
  runTimeoutMs: number;
  /** Bytes one page may have; a bigger page is aborted as it streams in, and not retried. */
  maxPageBytes: number;
  /** Pages read from one URL before paging stops with a failure. */
  maxPages: number;
  /** Origins besides the URL's own that a redirect may lead to (`https://cdn.example`). */
  redirectOrigins: readonly string[];
}

export function fetchLimitsOf(config: Config): FetchLimits {
  return {
    requestTimeoutMs: config.INOLAN_REQUEST_TIMEOUT_S * 1000,
    runTimeoutMs: config.INOLAN_RUN_TIMEOUT_S * 1000,
    maxPageBytes: config.INOLAN_MAX_PAGE_BYTES,
    maxPages: config.INOLAN_MAX_PAGES,
    redirectOrigins: config.INOLAN_REDIRECT_ORIGINS,
  };
}

export interface FetchOptions {
  retries?: number;
  minTimeout?: number;
  limits?: Partial<FetchLimits>;
}

/** The configuration's defaults, for a caller that names no limits. */
export const DEFAULT_FETCH_LIMITS: FetchLimits = {
  requestTimeoutMs: 30_000,
  runTimeoutMs: 30 * 60_000,
  maxPageBytes: 20_000_000,
  maxPages: 1000,
  redirectOrigins: [],
};

const MAX_REDIRECTS = 5;

/**
 * Fetches one page's text with retries and back-off (for 5xx, 429 and network failures). A
 * client error, a redirect away from the allowed origins, a page over the size cap or the
 * end of the run's time is not retried. Throws with the reason; the caller reports it.
 */
export function fetchPageText(
  url: string,
  options: FetchOptions,
  limits: FetchLimits,
  runSignal: AbortSignal,
): Promise<string> {
  return pRetry(
    // p-retry makes no attempt once `runSignal` has fired.
    async () => {
      const signal = AbortSignal.any([runSignal, AbortSignal.timeout(limits.requestTimeoutMs)]);
      try {
        const response = await fetchFollowing(url, limits, signal);
        if (response.status >= 500 || response.status === 429) {
          await response.body?.cancel();
          throw new Error(`HTTP ${String(response.status)}`);
        }
        if (!response.ok) {
          await response.body?.cancel();
          throw new AbortError(`HTTP ${String(response.status)}`);
        }
        return await boundedText(response, limits.maxPageBytes);
      } catch (error) {
        if (runSignal.aborted) throw new AbortError(timedOut(limits));
        if (signal.aborted) {
          throw new Error(`no answer within ${String(limits.requestTimeoutMs / 1000)} s`);
        }
        throw error;
      }
    },
    {
      retries: options.retries ?? 4,
      minTimeout: options.minTimeout ?? 500,
      factor: 2,
      signal: runSignal,
    },
  ).catch((error: unknown) => {
    throw new Error(runSignal.aborted ? timedOut(limits) : describe(error));
  });
}

function timedOut(limits: FetchLimits): string {
  return `the URL's pages took longer than ${String(limits.runTimeoutMs / 1000)} s`;
}

/** Follows redirects by hand, each only to the URL's origin or an allowed one, over http(s). */
async function fetchFollowing(
  url: string,
  limits: FetchLimits,
  signal: AbortSignal,
): Promise<Response> {
  const allowed = new Set([new URL(url).origin, ...limits.redirectOrigins]);
  let target = url;
  for (let hop = 0; ; hop += 1) {
    const response = await fetch(target, {
      headers: { accept: 'application/json' },
      redirect: 'manual',
      signal,
    });
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || location === null) return response;
    await response.body?.cancel();
    const next = new URL(location, target);
    if (next.protocol !== 'http:' && next.protocol !== 'https:') {
      throw new AbortError(`redirected to ${next.protocol} (only http and https are fetched)`);
    }
    if (!allowed.has(next.origin)) {
      throw new AbortError(`redirected to another origin (${next.origin}), which is not allowed`);
    }
    if (hop >= MAX_REDIRECTS) throw new AbortError(`more than ${String(MAX_REDIRECTS)} redirects`);
    target = next.toString();
  }
}

/** The body as text, read as it streams and abandoned once it passes `maxBytes`. */
async function boundedText(response: Response, maxBytes: number): Promise<string> {
  const tooBig = `the page is larger than ${String(maxBytes)} bytes`;
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new AbortError(tooBig);
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    size += read.value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new AbortError(tooBig);
    }
    chunks.push(read.value);
  }
  return Buffer.concat(chunks).toString('utf8');
}
