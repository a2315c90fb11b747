import { cacheHeader, type CachePolicy } from './cache.ts';
import { failures, type HttpFailure } from './failure.ts';

/** What a page sets on its answer: `Astro.response`. */
export interface PageResponse {
  status?: number | undefined;
  readonly headers: Headers;
}

/**
 * A page that renders a failure in its own layout (a form's errors, "search is unavailable"):
 * the failure's status and headers (Retry-After), never stored by a cache.
 */
export function failPage(
  response: PageResponse,
  failure: HttpFailure,
  headers: Readonly<Record<string, string>> = {},
): void {
  response.status = failure.status;
  setHeaders(response, { ...cacheHeader('none'), ...failure.headers, ...headers });
}

/** A page that renders its content: its cache policy and headers. */
export function pageAnswer(
  response: PageResponse,
  policy: CachePolicy,
  headers: Readonly<Record<string, string>> = {},
): void {
  setHeaders(response, { ...cacheHeader(policy), ...headers });
}

/** The site's 404 page: Astro renders `404.astro` for a bodiless 404. */
export function notFoundPage(): Response {
  return new Response(null, { status: failures.notFound.status });
}

// --- internal ---

function setHeaders(response: PageResponse, headers: Readonly<Record<string, string>>): void {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
}
