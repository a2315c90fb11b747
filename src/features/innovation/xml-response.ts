import { cacheHeader } from '../../http/cache.ts';
import { failures, type HttpFailure } from '../../http/failure.ts';
import { orEngineDown } from '../../infra/meilisearch/outcome.ts';

/**
 * An XML document built from the index, cached like a listing (an ingest shows within minutes);
 * a short plain-text note with the failure's status when the engine is down or there is no such
 * document.
 */
export async function xmlResponse(build: () => Promise<string | undefined>): Promise<Response> {
  const outcome = await orEngineDown(build);
  if (!outcome.ok)
    return plainFailure(failures.unavailable, 'Search engine unavailable, try again shortly.');
  if (outcome.value === undefined) return plainFailure(failures.notFound, 'Not found');
  return new Response(outcome.value, {
    headers: { 'Content-Type': 'application/xml; charset=utf-8', ...cacheHeader('listing') },
  });
}

/** A failure for a crawler: its status and headers, one line of text. */
export function plainFailure(failure: HttpFailure, text: string): Response {
  return new Response(`${text}\n`, {
    status: failure.status,
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      ...cacheHeader('none'),
      ...failure.headers,
    },
  });
}
